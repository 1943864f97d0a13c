from . import mall_campaign_push
