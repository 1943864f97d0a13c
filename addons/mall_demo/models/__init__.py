from . import mall_coin_line, mall_points_line, mall_share, product_template, res_partner
