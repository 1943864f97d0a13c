from . import mall_campaign
from . import mall_campaign_gift
from . import mall_attribution_log
from . import res_partner
from . import wecom_external_contact
from . import fastapi_endpoint
from . import mall_share
