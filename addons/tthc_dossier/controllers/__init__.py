from . import lookup
from . import health
