from . import (
    test_after_sale_api,
    test_after_sale_refund,
    test_company_rules,
    test_supplier_portal,
)
