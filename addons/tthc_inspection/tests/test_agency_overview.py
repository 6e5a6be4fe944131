# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from .common import InspectionCase


class TestAgencyOverview(InspectionCase):
    """The provincial view counts the corrective actions each agency still owes."""

    def test_open_and_overdue_corrective_actions(self):
        self._run()
        finding_a = self._finding(self.visit_a)
        self._action(finding_a, '2020-01-31')                              # overdue
        self._action(finding_a, '2099-01-31')                              # open, in time
        self._action(finding_a, '2020-01-31').sudo(self.leader_a).action_done()
        self._action(self._finding(self.visit_b), '2020-01-31', owner=self.leader_b)

        Overview = self.env['tthc.agency.overview']
        row = Overview.sudo(self.controller).search([('agency_id', '=', self.agency_a.id)])
        self.assertEqual((row.open_action_count, row.overdue_action_count), (2, 1))
        [group] = Overview.sudo(self.controller).read_group(
            [('parent_id', '=', self.province.id)],
            ['parent_id', 'open_action_count', 'overdue_action_count'], ['parent_id'])
        self.assertEqual((group['open_action_count'], group['overdue_action_count']), (3, 2))
        # the leader of A sees A's actions only
        [mine] = Overview.sudo(self.leader_a).read_group(
            [], ['open_action_count'], [])
        self.assertEqual(mine['open_action_count'], 2)
