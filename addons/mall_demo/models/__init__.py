from . import mall_coin_line, mall_points_line, mall_points_mall, product_template
