# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from . import tthc_focal_assignment
from . import tthc_training_topic
from . import tthc_training_class
from . import tthc_training_session
from . import tthc_training_attendee
from . import tthc_focal_statistics
from . import hr_employee
from . import res_config_settings
from . import tthc_agency_overview
