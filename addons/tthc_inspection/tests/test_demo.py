# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.tests.common import TransactionCase


class TestDemo(TransactionCase):
    """The demo tells the source article's story."""

    def test_three_teams_fifteen_visits_two_commended(self):
        if not self.env.ref('tthc_inspection.campaign_2019', raise_if_not_found=False):
            self.skipTest("installed without demo data")
        campaigns = self.env['tthc.inspection.campaign'].search([('year', '>=', 2019),
                                                                 ('state', '=', 'done')])
        demo = campaigns.filtered(lambda c: c.lead_id == self.env.ref(
            'tthc_inspection.user_inspector_lead'))
        self.assertEqual(len(demo), 3)
        self.assertEqual(len(demo.mapped('visit_ids')), 15)
        self.assertTrue(all(demo.mapped('visit_ids.checklist_line_ids')))
        commended = self.env.ref('tthc_inspection.campaign_2022')._report_data()['commended']
        self.assertEqual(commended.mapped('agency_id'),
                         self.env.ref('tthc_catalog.agency_congthuong')
                         | self.env.ref('tthc_catalog.agency_nnptnt'))
        overdue = self.env.ref('tthc_inspection.campaign_2022')._report_data()['overdue_actions']
        self.assertEqual(overdue.owner_id, self.env.ref('tthc_catalog.user_leader_tnmt'))
