# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from . import test_menu
from . import test_campaign
from . import test_checklist
from . import test_finding
from . import test_access
from . import test_report
from . import test_views
from . import test_demo
from . import test_agency_overview
