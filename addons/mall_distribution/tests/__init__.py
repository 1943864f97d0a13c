from . import test_distribution, test_distribution_api
