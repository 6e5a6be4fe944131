from . import tthc_training_xlsx
