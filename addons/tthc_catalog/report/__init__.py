from . import xlsx_safe
from . import tthc_catalog_xlsx
from . import tthc_coverage_report
