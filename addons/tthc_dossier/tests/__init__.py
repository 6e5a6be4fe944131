from . import test_menu
from . import test_dossier_life
from . import test_dossier_access
from . import test_dossier_reports
from . import test_dossier_statistics
