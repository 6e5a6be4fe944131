# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from . import test_menu
from . import test_dossier_life
from . import test_dossier_access
from . import test_dossier_reports
from . import test_dossier_statistics
from . import test_dossier_followup
from . import test_dossier_lookup
from . import test_desk_dashboard
from . import test_step_report
from . import test_agency_overview
