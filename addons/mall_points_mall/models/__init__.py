from . import fastapi_endpoint, mall_catalog, product_product, product_template, sale_order
