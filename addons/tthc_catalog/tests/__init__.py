# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from . import test_web_client
from . import test_deadline_engine
from . import test_vn_calendar
from . import test_agency
from . import test_procedure
from . import test_internal_procedure
from . import test_access
from . import test_holiday
from . import test_review
from . import test_coverage
from . import test_rates
from . import test_catalog_import
from . import test_agency_overview
from . import test_template_sandbox
