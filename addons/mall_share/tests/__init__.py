from . import test_share_api, test_share_rewards, test_share_ranking
