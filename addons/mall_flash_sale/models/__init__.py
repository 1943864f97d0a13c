from . import mall_flash_sale
from . import mall_flash_order
from . import mall_stock_hold
from . import mall_catalog
from . import sale_order
from . import payment_transaction
from . import fastapi_endpoint
