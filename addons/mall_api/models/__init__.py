from . import fastapi_endpoint
from . import mall_catalog
from . import product_category
from . import product_product
from . import product_template
from . import product_template_attribute_value
from . import res_partner
