# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from .common import TthcCase


class TestAgencyOverview(TthcCase):
    """The provincial view's coverage column, its rates of groups and its agency scope."""

    @classmethod
    def setUpClass(cls):
        super(TestAgencyOverview, cls).setUpClass()
        # A: two one-stop procedures, one with an approved internal procedure; B: one, none
        internal = cls._internal_procedure()
        internal.action_submit()
        cls._decide(internal)
        internal.action_approve()
        Procedure = cls.env['tthc.procedure']
        Procedure.create({'code': '9.000030', 'name': 'Not covered yet', 'processing_days': 5,
                          'field_id': cls.field.id, 'agency_id': cls.agency_a.id})
        Procedure.create({'code': '9.000031', 'name': 'Not covered at B', 'processing_days': 5,
                          'field_id': cls.field.id, 'agency_id': cls.agency_b.id})

    def overview(self, user):
        return self.env['tthc.agency.overview'].sudo(user)

    def test_coverage_per_agency(self):
        row = self.overview(self.controller).search([('agency_id', '=', self.agency_a.id)])
        self.assertEqual((row.one_stop_count, row.one_stop_covered_count, row.coverage_rate),
                         (2, 1, 50.0))

    def test_the_rate_of_a_group_is_the_rate_of_its_sums(self):
        [group] = self.overview(self.controller).read_group(
            [('parent_id', '=', self.province.id)], ['parent_id', 'coverage_rate'],
            ['parent_id'])
        # 1 covered of 3, truncated; not the average of 50 % and 0 %
        self.assertEqual(group['coverage_rate'], 33.33)
        # a group without one-stop procedure has no rate, shown as an empty cell
        [group] = self.overview(self.controller).read_group(
            [('agency_id', '=', self.commune_a.id)], ['level', 'coverage_rate'], ['level'])
        self.assertIs(group['coverage_rate'], False)

    def test_a_leader_sees_the_agencies_they_work_for_and_those_below(self):
        agencies = self.env['tthc.agency'].search([('id', 'child_of', self.province.id)])
        self.assertEqual(self.overview(self.leader_a).search([]).mapped('agency_id'),
                         self.agency_a | self.commune_a)
        self.assertEqual(self.overview(self.controller).search(
            [('agency_id', 'child_of', self.province.id)]).mapped('agency_id'), agencies)
        self.assertFalse(self.overview(self.officer_a).check_access_rights(
            'read', raise_exception=False))
