from . import test_publish
from . import test_settlement_dropship
from . import test_supplier_portal
from . import test_supplier_statement
