from . import mall_attribution_reassign
