from . import test_menu
from . import test_campaign
from . import test_checklist
from . import test_finding
from . import test_access
from . import test_report
from . import test_views
from . import test_demo
