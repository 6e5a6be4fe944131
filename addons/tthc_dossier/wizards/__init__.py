from . import tthc_dossier_event
from . import tthc_dossier_statistics_wizard
from . import tthc_dossier_handover
