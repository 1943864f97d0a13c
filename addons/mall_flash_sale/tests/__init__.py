from . import test_flash_sale
