from . import test_points_mall
