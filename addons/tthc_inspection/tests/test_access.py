# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Access through real users: the team, the leader of the inspected agency, the leader of
another agency, an unrelated officer, an inspector outside the team, a controller."""
from odoo.exceptions import AccessError

from .common import InspectionCase


class TestAccess(InspectionCase):

    def setUp(self):
        super(TestAccess, self).setUp()
        self._run()
        self.finding_a = self._finding(self.visit_a)
        self.finding_a.action_confirm()
        self.action_a = self._action(self.finding_a, '2099-01-01')
        self.finding_b = self._finding(self.visit_b)
        self.action_b = self._action(self.finding_b, '2099-01-01', owner=self.leader_b)

    def test_team_member_manages_the_campaign(self):
        campaign = self.campaign.sudo(self.inspector_member)
        campaign.write({'note': '<p>Bring the tablets.</p>'})
        visit = self._visit(self.commune_a, '2026-04-02')
        visit.sudo(self.inspector_member).write({'attendance': 'Head of the desk'})
        self.action_a.sudo(self.inspector_member).write({'deadline': '2099-02-01'})

    def test_inspector_creates_campaigns_they_lead(self):
        Campaign = self.env['tthc.inspection.campaign'].sudo(self.inspector_other)
        own = Campaign.create({'name': 'Team 2/2026'})
        self.assertEqual(own.lead_id, self.inspector_other)
        self.assertEqual(Campaign.search([]), own)
        with self.assertRaises(AccessError):
            Campaign.create({'name': 'For someone else', 'lead_id': self.inspector_lead.id})

    def test_inspector_outside_the_team_sees_nothing_of_it(self):
        user = self.inspector_other
        for model in ('tthc.inspection.campaign', 'tthc.inspection.visit',
                      'tthc.inspection.finding', 'tthc.inspection.action',
                      'tthc.inspection.checklist.line'):
            self.assertFalse(self.env[model].sudo(user).search([]), model)
        with self.assertRaises(AccessError):
            self.campaign.sudo(user).write({'name': 'Taken over'})

    def test_inspected_leader_reads_own_and_updates_own_actions(self):
        user = self.leader_a
        self.assertEqual(self.env['tthc.inspection.visit'].sudo(user).search([]), self.visit_a)
        self.assertEqual(self.env['tthc.inspection.finding'].sudo(user).search([]),
                         self.finding_a)
        self.assertEqual(self.env['tthc.inspection.campaign'].sudo(user).search([]),
                         self.campaign)
        self.assertTrue(self.visit_a.sudo(user).checklist_line_ids)
        self.assertEqual(self.visit_a.sudo(user).finding_ids.kind, 'deficiency')
        with self.assertRaises(AccessError):
            self.visit_b.sudo(user).read(['conclusion'])
        with self.assertRaises(AccessError):
            self.finding_a.sudo(user).write({'severity': 'minor'})
        with self.assertRaises(AccessError):
            self.visit_a.sudo(user).write({'rating': 'commended'})
        action = self.action_a.sudo(user)
        action.write({'result_note': 'Two officers appointed to the desk.'})
        with self.assertRaises(AccessError):
            action.write({'deadline': '2099-12-31'})
        action.action_done()
        self.assertEqual(self.finding_a.state, 'closed')
        with self.assertRaises(AccessError):
            self.action_b.sudo(user).write({'result_note': 'not mine'})
        with self.assertRaises(AccessError):
            self.env['tthc.inspection.action'].sudo(user).create({
                'finding_id': self.finding_a.id, 'name': 'Self-assigned',
                'deadline': '2099-01-01', 'owner_id': user.id})

    def test_unrelated_officer_has_no_access(self):
        for model in ('tthc.inspection.campaign', 'tthc.inspection.visit',
                      'tthc.inspection.finding', 'tthc.inspection.action',
                      'tthc.inspection.agency.report'):
            with self.assertRaises(AccessError):
                self.env[model].sudo(self.officer_b).search([])
        with self.assertRaises(AccessError):
            self.visit_b.sudo(self.officer_b).read(['conclusion'])

    def test_controller_reads_all(self):
        user = self.controller
        self.assertEqual(self.env['tthc.inspection.visit'].sudo(user).search(
            [('campaign_id', '=', self.campaign.id)]), self.visit_a | self.visit_b)
        self.assertEqual(len(self.env['tthc.inspection.action'].sudo(user).search(
            [('campaign_id', '=', self.campaign.id)])), 2)
        with self.assertRaises(AccessError):
            self.campaign.sudo(user).write({'name': 'Changed'})
        with self.assertRaises(AccessError):
            self.finding_b.sudo(user).write({'name': 'Changed'})
