from . import tthc_holiday_generate
from . import tthc_catalog_import
