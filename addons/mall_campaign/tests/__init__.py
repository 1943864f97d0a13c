from . import test_campaign
from . import test_campaign_share
