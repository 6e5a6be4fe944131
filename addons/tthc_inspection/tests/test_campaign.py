# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.exceptions import UserError, ValidationError

from .common import InspectionCase


class TestCampaign(InspectionCase):

    def test_planning_needs_the_decision_and_copies_the_checklists(self):
        campaign = self.campaign.sudo(self.inspector_lead)
        campaign.write({'decision_number': False})
        with self.assertRaises(UserError):
            campaign.action_plan()
        self.assertFalse(self.visit_a.checklist_line_ids)
        campaign.write({'decision_number': '12/QD-UBND'})
        campaign.action_plan()
        self.assertEqual(campaign.state, 'planned')
        criteria = self.template.criterion_ids
        for visit in self.visit_a | self.visit_b:
            self.assertEqual(visit.checklist_line_ids.mapped('criterion_id'), criteria)
        # the copy is frozen: renaming a criterion later leaves the visit's line alone
        line = self.visit_a.checklist_line_ids[0]
        name = line.name
        self.env['tthc.inspection.criterion'].browse(line.criterion_id.id).name = 'Renamed'
        self.assertEqual(line.name, name)

    def test_scope_limits_the_checklist_and_late_visits_get_theirs(self):
        one_stop = self.env.ref('tthc_inspection.criterion_group_one_stop')
        self.campaign.write({'criterion_group_ids': [(6, 0, one_stop.ids)]})
        self._run()
        self.assertEqual(self.visit_a.checklist_line_ids.mapped('group_id'), one_stop)
        late = self._visit(self.commune_a, '2026-04-02')
        self.assertEqual(len(late.checklist_line_ids), len(self.visit_a.checklist_line_ids))

    def test_lifecycle_to_done(self):
        campaign = self._run()
        self.assertEqual(campaign.state, 'in_progress')
        visit = self.visit_a.sudo(self.inspector_member)
        visit.action_start()
        self.assertEqual(visit.state, 'in_progress')
        with self.assertRaises(UserError):
            visit.action_done()
        visit.write({'conclusion': '<p>Well organised desk.</p>', 'rating': 'commended'})
        visit.action_done()
        with self.assertRaises(UserError):
            campaign.action_done()
        self.visit_b.sudo(self.inspector_member).action_cancel()
        campaign.action_done()
        self.assertEqual(campaign.state, 'done')
        with self.assertRaises(UserError):
            campaign.action_cancel()

    def test_starting_a_visit_starts_the_planned_campaign(self):
        self.campaign.sudo(self.inspector_lead).action_plan()
        self.visit_a.sudo(self.inspector_member).action_start()
        self.assertEqual(self.campaign.state, 'in_progress')

    def test_cancel_and_back_to_draft(self):
        campaign = self._run()
        campaign.action_cancel()
        self.assertEqual(campaign.state, 'cancelled')
        self.assertEqual(set(campaign.visit_ids.mapped('state')), {'cancelled'})
        campaign.action_draft()
        self.assertEqual(campaign.state, 'draft')
        self.assertEqual(set(campaign.visit_ids.mapped('state')), {'planned'})
        with self.assertRaises(UserError):
            campaign.action_start()

    def test_period_must_be_ordered(self):
        with self.assertRaises(ValidationError):
            self.campaign.write({'date_end': '2026-01-01'})

    def test_team_follows_the_campaign(self):
        partners = self.campaign.message_follower_ids.mapped('partner_id')
        self.assertIn(self.inspector_lead.partner_id, partners)
        self.assertIn(self.inspector_member.partner_id, partners)
