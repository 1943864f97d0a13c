from . import mall_points_adjust
