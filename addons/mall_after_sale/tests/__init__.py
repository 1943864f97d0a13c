from . import test_after_sale_api, test_after_sale_refund, test_supplier_portal
