from . import test_menu
