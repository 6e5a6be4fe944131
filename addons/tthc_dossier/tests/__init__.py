from . import test_menu
from . import test_dossier_life
from . import test_dossier_access
from . import test_dossier_reports
from . import test_dossier_statistics
from . import test_dossier_followup
from . import test_dossier_lookup
