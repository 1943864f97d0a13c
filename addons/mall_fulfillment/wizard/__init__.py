from . import mall_ship_file, mall_ship_export, mall_ship_import, mall_ship_import_line
