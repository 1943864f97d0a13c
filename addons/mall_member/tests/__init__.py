from . import (
    test_member_api,
    test_member_level,
    test_member_refund,
    test_points_api,
    test_points_model,
    test_points_refund,
)
