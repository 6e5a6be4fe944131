from . import tthc_inspection_campaign_report
from . import tthc_inspection_campaign_xlsx
