# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The engines' unit tests, run without Odoo or a database (see odoo_stubs.py), stopping at
the first failure: the test command of ``make mutation`` (scripts/mutation.sh). Exit code 0
when every test passes. ``-v`` lists the tests."""
import importlib
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import odoo_stubs  # noqa: E402,F401  (before any import of odoo.addons)

MODULES = [
    'odoo.addons.tthc_catalog.tests.test_deadline_engine',
    'odoo.addons.tthc_catalog.tests.test_rates',
    'odoo.addons.tthc_training.tests.test_turnover_engine',
    'odoo.addons.tthc_training.tests.test_coverage_engine',
]


def main():
    verbose = '-v' in sys.argv[1:]
    loader = unittest.defaultTestLoader
    suite = unittest.TestSuite(loader.loadTestsFromModule(importlib.import_module(name))
                               for name in MODULES)
    with open(os.devnull, 'w') as devnull:
        result = unittest.TextTestRunner(stream=sys.stderr if verbose else devnull,
                                         verbosity=2 if verbose else 0,
                                         failfast=not verbose).run(suite)
    return 0 if result.wasSuccessful() and result.testsRun else 1


if __name__ == '__main__':
    sys.exit(main())
