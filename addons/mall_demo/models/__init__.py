from . import mall_coin_line, mall_points_line, product_template, res_partner
