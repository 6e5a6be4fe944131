# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The suite as a whole, on the database `make test` built: the four addons installed
together, no module left half-installed (Odoo skips such a database in its cron loop)."""
from odoo.tests.common import TransactionCase

SUITE = ('tthc_catalog', 'tthc_dossier', 'tthc_inspection', 'tthc_training')


class TestInstallation(TransactionCase):

    def test_suite_installed(self):
        modules = self.env['ir.module.module'].search([('name', 'in', SUITE)])
        self.assertEqual(sorted(modules.mapped('name')), sorted(SUITE))
        self.assertEqual(set(modules.mapped('state')), {'installed'})

    def test_no_module_pending(self):
        pending = self.env['ir.module.module'].search(
            [('state', 'in', ('to install', 'to upgrade', 'to remove'))])
        self.assertFalse(pending.mapped('name'))

    def test_demo_data_loaded(self):
        self.assertTrue(self.env['ir.module.module'].search([('name', '=', 'tthc_catalog')]).demo)
