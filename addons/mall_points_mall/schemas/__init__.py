from .points_mall import (
    PointsMallOrderCreate,
    PointsMallProduct,
    PointsMallProductDetail,
    PointsMallProductList,
    PointsMallVariant,
)

__all__ = [
    "PointsMallOrderCreate",
    "PointsMallProduct",
    "PointsMallProductDetail",
    "PointsMallProductList",
    "PointsMallVariant",
]
