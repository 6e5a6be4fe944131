# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.tests.common import TransactionCase


class TestMenu(TransactionCase):

    def test_menu_under_the_suite_root_for_officers(self):
        menu = self.env.ref('tthc_training.tthc_training_root_menu')
        root = self.env.ref('tthc_catalog.tthc_root_menu')
        self.assertEqual(menu.parent_id, root)
        # the suite's root is open to all its staff, inspectors and training managers included
        self.assertEqual(root.groups_id, self.env.ref('tthc_catalog.group_tthc_user'))
