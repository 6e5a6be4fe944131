# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from . import test_menu
from . import test_turnover_engine
from . import test_coverage_engine
from . import test_focal_assignment
from . import test_training_class
from . import test_statistics
from . import test_access
from . import test_views
from . import test_agency_overview
