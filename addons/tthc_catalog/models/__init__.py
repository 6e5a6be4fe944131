# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from . import tthc_agency
from . import res_users
from . import mail_template
from . import tthc_scope
from . import tthc_field_rules
from . import ir_translation
from . import res_partner
from . import tthc_field
from . import tthc_procedure
from . import tthc_procedure_component
from . import tthc_internal_procedure
from . import tthc_internal_procedure_step
from . import tthc_holiday
from . import tthc_working_calendar
from . import res_config_settings
from . import tthc_review
from . import tthc_coverage_report
from . import tthc_agency_overview
