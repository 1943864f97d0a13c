from . import mall_supplier_statement
