from . import test_identity_api, test_identity_model
