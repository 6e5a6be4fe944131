# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from .common import TrainingCase


class TestAgencyOverview(TrainingCase):
    """The provincial view counts the focal officers not trained within the window."""

    def test_untrained_focal_officers(self):
        self._assign(self.employee_x, self.agency_a, self._day(-400))
        self._assign(self.employee_y, self.agency_a, self._day(-100), role='deputy')
        self._assign(self.employee_b, self.agency_b, self._day(-100))
        self._passed(self.employee_x, self.agency_a, self._day(-30))
        self._passed(self.employee_y, self.agency_a, self._day(-500))  # too long ago

        Overview = self.env['tthc.agency.overview']
        row = Overview.sudo(self.controller).search([('agency_id', '=', self.agency_a.id)])
        self.assertEqual((row.focal_officer_count, row.untrained_officer_count), (2, 1))
        [group] = Overview.sudo(self.controller).read_group(
            [('parent_id', '=', self.province.id)],
            ['parent_id', 'focal_officer_count', 'untrained_officer_count'], ['parent_id'])
        self.assertEqual((group['focal_officer_count'], group['untrained_officer_count']), (3, 2))
        [mine] = Overview.sudo(self.leader_a).read_group([], ['untrained_officer_count'], [])
        self.assertEqual(mine['untrained_officer_count'], 1)
