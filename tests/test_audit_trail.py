# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Every decision is traceable: a change of state, step, return date or assignment of a
dossier, the approval of an internal procedure, the end of a focal officer's assignment and
the stage of an inspection finding each leave a message in the chatter naming who made it and
when, with the old and the new value. Done by real users, not the superuser."""
from odoo.addons.tthc_dossier.tests.common import DossierCase


class TestAuditTrail(DossierCase):

    def _changes(self, record, field):
        """[(author, date, old value, new value)] of the tracked changes of ``field``."""
        changes = []
        for message in record.sudo().message_ids.sorted('id'):
            for value in message.tracking_value_ids.filtered(lambda v: v.field == field):
                old, new = value.get_old_display_value()[0], value.get_new_display_value()[0]
                changes.append((message.author_id, message.date, old, new))
        return changes

    def assertTracked(self, record, field, user, old, new):
        changes = self._changes(record, field)
        self.assertIn((user.partner_id, old, new), [(a, o, n) for a, _d, o, n in changes],
                      '%s of %s' % (field, record.display_name))
        self.assertTrue(all(date for _a, date, _o, _n in changes))

    def test_dossier_state_step_due_date_and_assignment(self):
        self.procedure.supplement_restarts_clock = True
        dossier = self.receive('2025-12-01 02:00:00', user=self.officer_a)
        first_due = dossier.due_at
        steps = self.internal.step_ids
        as_officer = dossier.sudo(self.officer_a)
        with self.at('2025-12-01 03:00:00'):
            as_officer.action_next_step()
        self.assertTracked(dossier, 'state', self.officer_a, 'Received', 'Processing')
        self.assertTracked(dossier, 'step_id', self.officer_a, steps[0].name, steps[1].name)
        with self.at('2025-12-02 03:00:00'):
            as_officer.action_request_supplement('Thiếu bản đồ địa chính')
        with self.at('2025-12-04 03:00:00'):
            as_officer.action_supplement_received()
        self.assertNotEqual(dossier.due_at, first_due)
        due = [(author, old, new) for author, _d, old, new in self._changes(dossier, 'due_at')]
        self.assertEqual(due[-1][0], self.officer_a.partner_id)
        self.assertNotEqual(due[-1][1], due[-1][2])
        # the leader hands the dossier to another officer
        colleague = self._user('colleague_a', 'group_tthc_officer', self.agency_a)
        dossier.sudo(self.leader_a).write({'user_id': colleague.id})
        self.assertTracked(dossier, 'user_id', self.leader_a, self.officer_a.name,
                           colleague.name)

    def test_approval_of_an_internal_procedure(self):
        draft = self._internal_procedure(user=self.leader_a)
        draft.sudo(self.leader_a).action_submit()
        self.assertTracked(draft, 'state', self.leader_a, 'Draft', 'Submitted')
        self._decide(draft.sudo(self.controller), number='9/QD-UBND')
        draft.sudo(self.controller).action_approve()
        self.assertTracked(draft, 'state', self.controller, 'Submitted', 'Approved')
        self.assertTracked(draft, 'decision_number', self.controller, False, '9/QD-UBND')
        # the version it replaces records its supersession too
        self.assertTracked(self.internal, 'state', self.controller, 'Approved', 'Superseded')

    def test_end_of_a_focal_assignment(self):
        manager = self._user('hr_manager', 'tthc_training.group_tthc_training_manager',
                             self.agency_a)
        employee = self.env['hr.employee'].create({'name': 'Hoàng Thị Lan'})
        assignment = self.env['tthc.focal.assignment'].sudo(manager).create({
            'agency_id': self.agency_a.id, 'employee_id': employee.id,
            'date_from': '2023-03-01'})
        assignment.sudo(manager).write({'date_to': '2025-11-28', 'end_reason': 'transfer'})
        (author, date, old, new), = self._changes(assignment, 'date_to')
        self.assertEqual((author, old), (manager.partner_id, False))
        self.assertTrue(date and new)
        self.assertTrue(self._changes(assignment, 'end_reason'))

    def test_stage_of_an_inspection_finding(self):
        finding = self.env['tthc.inspection.finding'].search([('state', '=', 'draft')], limit=1)
        if not finding:
            finding = self.env['tthc.inspection.finding'].search([], limit=1)
            finding.action_reset()
        campaign = finding.visit_id.campaign_id
        inspector = campaign.lead_id
        old = finding.stage_id.name
        finding.sudo(inspector).action_confirm()
        self.assertTracked(finding, 'stage_id', inspector, old, finding.stage_id.name)
