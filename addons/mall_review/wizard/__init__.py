from . import mall_review_hide
