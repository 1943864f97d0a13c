from . import mall_ship_import, mall_ship_import_line
