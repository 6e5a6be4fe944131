from . import tthc_dossier
from . import tthc_dossier_step
from . import tthc_dossier_pause
from . import tthc_dossier_component
from . import tthc_dossier_statistics
from . import tthc_lookup_attempt
