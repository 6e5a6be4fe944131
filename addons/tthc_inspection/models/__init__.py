# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from . import tthc_inspection_criterion_group
from . import tthc_inspection_template
from . import tthc_inspection_criterion
from . import tthc_inspection_campaign
from . import tthc_inspection_visit
from . import tthc_inspection_checklist_line
from . import tthc_inspection_finding_stage
from . import tthc_inspection_finding
from . import tthc_inspection_action
from . import tthc_inspection_agency_report
from . import tthc_agency_overview
