# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields

from .common import DossierCase


class TestAgencyOverview(DossierCase):
    """The dossiers' columns of the provincial view: this year's on-time rate (resolved early
    or on time ÷ resolved) and the open dossiers past their return date."""

    @classmethod
    def setUpClass(cls):
        super(TestAgencyOverview, cls).setUpClass()
        internal_b = cls._internal_procedure(agency=cls.agency_b, steps=((1, False), (0, True)))
        internal_b.action_submit()
        cls._decide(internal_b, number='2/QD-UBND')
        internal_b.action_approve()
        cls.year = fields.Date.from_string(fields.Date.today()).year

    def resolve(self, received_at, finished_at, **values):
        dossier = self.receive(received_at, **values)
        with self.at(finished_at):
            while dossier.state in ('received', 'processing'):
                dossier.action_next_step()
        return dossier

    def test_on_time_rate_of_the_year_and_overdue_dossiers(self):
        def this_year(moment):
            return '%d-%s' % (self.year, moment)

        early = [self.resolve(this_year('03-02 02:00:00'), this_year('03-03 02:00:00'))
                 for _index in range(2)]
        late = self.resolve(this_year('03-02 02:00:00'), this_year('06-01 02:00:00'))
        self.assertEqual([d.timing for d in early + [late]], ['early', 'early', 'late'])
        # resolved last year: not in this year's rate
        self.resolve('%d-12-01 02:00:00' % (self.year - 1), '%d-12-02 02:00:00' % (self.year - 1))
        # still open, due on Sat 26/04/2025
        self.receive('2025-04-21 02:00:00')
        self.resolve(this_year('03-02 02:00:00'), this_year('06-01 02:00:00'),
                     user=self.officer_b, agency_id=self.agency_b.id)

        Overview = self.env['tthc.agency.overview'].sudo(self.controller)
        row = Overview.search([('agency_id', '=', self.agency_a.id)])
        self.assertEqual((row.resolved_count, row.in_time_count, row.on_time_rate,
                          row.open_dossier_count, row.overdue_dossier_count),
                         (3, 2, 66.66, 1, 1))
        self.assertEqual(Overview.search([('agency_id', '=', self.agency_b.id)]).on_time_rate,
                         0.0)
        # the province's rate: 2 of 4, not the average of 66.66 % and 0 %
        [group] = Overview.read_group([('parent_id', '=', self.province.id)],
                                      ['parent_id', 'on_time_rate', 'overdue_dossier_count'],
                                      ['parent_id'])
        self.assertEqual((group['on_time_rate'], group['overdue_dossier_count']), (50.0, 1))

        # a leader of A sees A's figures, not B's
        rows = self.env['tthc.agency.overview'].sudo(self.leader_a).search([])
        self.assertEqual(rows.mapped('agency_id'), self.agency_a | self.commune_a)
