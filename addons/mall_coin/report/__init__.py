from . import mall_coin_report
