from . import mall_member_level, res_partner
