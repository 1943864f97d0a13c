from . import mall_points_line, product_template
