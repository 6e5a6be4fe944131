# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields
from odoo.exceptions import UserError, ValidationError

from .common import InspectionCase


class TestFinding(InspectionCase):

    def setUp(self):
        super(TestFinding, self).setUp()
        self._run()
        self.deficiency = self._finding(self.visit_a)
        self.today = fields.Date.context_today(self.deficiency)

    def test_stages_map_onto_the_technical_state(self):
        self.assertEqual(self.deficiency.stage_id,
                         self.env.ref('tthc_inspection.finding_stage_logged'))
        self.assertEqual(self.deficiency.state, 'draft')
        # a team's own column over the same state: the code still sees 'open'
        follow_up = self.env['tthc.inspection.finding.stage'].create(
            {'name': 'Waiting for the unit', 'sequence': 25, 'state': 'open'})
        self.deficiency.sudo(self.inspector_member).action_confirm()
        self.assertEqual(self.deficiency.state, 'open')
        self.deficiency.write({'stage_id': follow_up.id})
        self.assertEqual(self.deficiency.state, 'open')

    def test_deficiency_closes_when_its_last_action_is_done(self):
        finding = self.deficiency.sudo(self.inspector_member)
        finding.action_confirm()
        first = self._action(finding, '2026-05-01')
        second = self._action(finding, '2099-05-01')
        self.assertIn(self.leader_a.partner_id, first.message_follower_ids.mapped('partner_id'))
        with self.assertRaises(ValidationError):
            finding.action_close()
        # the inspected unit's leader reports the actions done
        first.sudo(self.leader_a).action_done()
        self.assertEqual(first.date_done, self.today)
        self.assertFalse(first.closed_on_time)
        self.assertEqual(finding.state, 'open')
        second.sudo(self.leader_a).action_done()
        self.assertTrue(second.closed_on_time)
        self.assertEqual(finding.state, 'closed')
        # found not done after all: the deficiency opens again
        second.action_reopen()
        self.assertEqual((second.state, second.date_done, finding.state),
                         ('open', False, 'open'))

    def test_good_practices_get_no_action(self):
        good = self._finding(self.visit_a, kind='good_practice')
        with self.assertRaises(ValidationError):
            self._action(good, '2099-01-01')
        self._action(self.deficiency, '2099-01-01')
        with self.assertRaises(ValidationError):
            self.deficiency.write({'kind': 'good_practice'})
        good.sudo(self.inspector_member).action_close()
        self.assertEqual(good.state, 'closed')

    def test_cron_reminds_overdue_actions_once_and_skips_closed_ones(self):
        self.deficiency.action_confirm()
        overdue = self._action(self.deficiency, '2020-01-31')
        closed = self._action(self.deficiency, '2020-01-31')
        closed.action_done()
        future = self._action(self.deficiency, '2099-01-31')
        Action = self.env['tthc.inspection.action']
        self.assertEqual(Action.search([('is_overdue', '=', True),
                                        ('finding_id', '=', self.deficiency.id)]), overdue)
        self.assertIn(future, Action.search([('is_overdue', '=', False)]))
        Action._cron_remind_overdue()
        Action._cron_remind_overdue()
        self.assertEqual(len(overdue.activity_ids), 1)
        self.assertEqual(overdue.activity_ids.user_id, self.leader_a)
        self.assertIn('31/01/2020', overdue.activity_ids.summary)
        self.assertFalse(closed.activity_ids or future.activity_ids)

    def test_logging_from_the_visit_opens_a_small_form(self):
        action = self.visit_a.action_log_finding()
        self.assertEqual(action['target'], 'new')
        self.assertEqual(action['context'], {'default_visit_id': self.visit_a.id})

    def test_findings_are_cancelled_not_deleted(self):
        with self.assertRaises(UserError):
            self.deficiency.sudo(self.inspector_lead).unlink()
        self.deficiency.sudo(self.inspector_lead).action_cancel()
        self.assertEqual(self.deficiency.state, 'cancelled')
        self.deficiency.sudo(self.admin).unlink()
        self.assertFalse(self.deficiency.exists())
