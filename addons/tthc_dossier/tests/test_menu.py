# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.tests.common import TransactionCase


class TestMenu(TransactionCase):

    def test_menu_under_the_suite_root_for_officers(self):
        menu = self.env.ref('tthc_dossier.tthc_dossier_root_menu')
        root = self.env.ref('tthc_catalog.tthc_root_menu')
        self.assertEqual(menu.parent_id, root)
        # the catalogue is open to all staff of the suite, the dossiers to officers (and, when
        # tthc_inspection is installed, to inspectors, who read them)
        self.assertEqual(root.groups_id, self.env.ref('tthc_catalog.group_tthc_user'))
        self.assertIn(self.env.ref('tthc_catalog.group_tthc_officer'), menu.groups_id)
        self.assertNotIn(self.env.ref('tthc_catalog.group_tthc_user'), menu.groups_id)
