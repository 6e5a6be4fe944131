# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Low findings of the security review (SECURITY.md, section 7), as real users."""
from odoo.exceptions import AccessError

from .common import DossierCase


class TestDossierSecurity(DossierCase):

    def test_statistics_refuse_users_without_dossiers(self):
        self.receive('2025-12-01 02:00:00')
        staff = self._user('staff_a', 'group_tthc_user', self.agency_a)
        for user in (self.employee, staff):
            Statistics = self.env['tthc.dossier.statistics'].sudo(user)
            with self.assertRaises(AccessError):
                Statistics.compute('2025-12-01', '2025-12-31')
            with self.assertRaises(AccessError):
                Statistics.compute('2025-12-01', '2025-12-31', agency_ids=self.agency_a.ids)

    def test_statistics_never_cross_agencies(self):
        self.receive('2025-12-01 02:00:00')
        self.receive('2025-12-01 03:00:00')
        for user, expected in ((self.officer_a, 2), (self.officer_b, 0), (self.leader_b, 0),
                               (self.controller, 2)):
            Statistics = self.env['tthc.dossier.statistics'].sudo(user)
            for agency_ids in (None, self.agency_a.ids, self.province.ids):
                total = Statistics.compute('2025-12-01', '2025-12-31',
                                           agency_ids=agency_ids)['total']
                self.assertEqual(total.get('received', 0), expected, (user.login, agency_ids))
