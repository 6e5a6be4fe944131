# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The engines without Odoo: ``odoo``, ``odoo.addons`` and the addons are made bare packages
(their ``__init__`` not executed), so that importing ``odoo.addons.tthc_catalog.engine.deadline``
or ``odoo.addons.tthc_catalog.tests.test_rates`` loads those files alone (they import nothing
else of Odoo)."""
import os
import sys
import types

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ADDONS = os.path.join(ROOT, 'addons')


def _package(name, path):
    module = types.ModuleType(name)
    module.__path__ = [path]
    sys.modules[name] = module
    return module


if 'odoo' not in sys.modules:
    _package('odoo', os.path.join(ROOT, 'no-odoo'))
    _package('odoo.addons', ADDONS)
    for addon in ('tthc_catalog', 'tthc_training'):
        _package('odoo.addons.%s' % addon, os.path.join(ADDONS, addon))
        _package('odoo.addons.%s.tests' % addon, os.path.join(ADDONS, addon, 'tests'))
