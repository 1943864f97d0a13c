from . import mall_points_line, mall_share, product_template
