from . import mall_withdrawal_reject
