from . import tthc_dossier_event
