from . import product_template
from . import purchase_order_line
from . import res_partner
from . import sale_order
from . import sale_order_line
from . import stock_picking
