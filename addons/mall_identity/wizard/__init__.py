from . import mall_identity_reveal
