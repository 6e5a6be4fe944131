# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from . import tthc_dossier
from . import tthc_dossier_followup
from . import tthc_dossier_step
from . import tthc_dossier_pause
from . import tthc_dossier_component
from . import tthc_dossier_statistics
from . import tthc_lookup_attempt
from . import tthc_agency
from . import tthc_dossier_step_report
from . import tthc_agency_overview
