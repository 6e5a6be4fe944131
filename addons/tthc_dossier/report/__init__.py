from . import tthc_dossier_xlsx
