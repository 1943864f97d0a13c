from . import test_review_api, test_review_model
