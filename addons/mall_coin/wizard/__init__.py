from . import mall_coin_adjust
