from . import test_points_api, test_points_model, test_points_refund
