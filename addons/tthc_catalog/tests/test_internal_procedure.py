# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.exceptions import AccessError, UserError, ValidationError

from .common import TthcCase


class TestInternalProcedure(TthcCase):

    def test_versions_and_name(self):
        first = self._internal_procedure()
        second = self._internal_procedure()
        other_agency = self._internal_procedure(agency=self.agency_b)
        self.assertEqual((first.version, second.version, other_agency.version), (1, 2, 1))
        self.assertEqual(first.name, '9.000001 - Department A - v1')
        self.assertEqual(first.total_days, 1.5)

    def test_step_durations(self):
        with self.assertRaises(ValidationError):
            self._internal_procedure(steps=((-0.5, False),))
        with self.assertRaises(ValidationError):
            self._internal_procedure(steps=((1, False), (0, False)))
        fine = self._internal_procedure(steps=((0.5, False), (2.5, False), (0, True)))
        self.assertEqual(fine.total_days, 3.0)

    def test_total_within_legal_time(self):
        self._internal_procedure(steps=((9.5, False), (0.5, False)))  # exactly 10
        with self.assertRaises(ValidationError):
            self._internal_procedure(steps=((9.5, False), (1, False)))
        draft = self._internal_procedure()
        with self.assertRaises(ValidationError):
            draft.write({'step_ids': [(0, 0, {'name': 'Long', 'responsible': 'Unit',
                                              'duration_days': 9})]})

    def test_submit_needs_a_step(self):
        empty = self._internal_procedure(steps=())
        with self.assertRaises(ValidationError):
            empty.action_submit()

    def test_lifecycle_and_supersession(self):
        first = self._internal_procedure()
        first.action_submit()
        self.assertEqual(first.state, 'submitted')
        self.assertEqual(first.submitted_by_id, self.env.user)
        with self.assertRaises(UserError):
            first.action_approve()  # no decision yet
        self._decide(first)
        first.action_approve()
        self.assertEqual(first.state, 'approved')
        self.assertEqual(self.procedure.approved_internal_procedure_id, first)
        self.assertTrue(self.procedure.has_approved_internal_procedure)

        second = first.copy({'version': 0})
        self.assertEqual((second.state, second.version), ('draft', 2))
        second.action_submit()
        self._decide(second, number='2/QD-UBND', date='2026-06-01')
        second.action_approve()
        self.assertEqual(first.state, 'superseded')
        self.assertEqual(first.superseded_by_id, second)
        self.assertEqual(first.date_superseded, '2026-06-01')
        self.assertEqual(self.procedure.approved_internal_procedure_id, second)
        self.assertIn('state', first.message_ids.mapped('tracking_value_ids.field'))

    def test_wrong_transitions(self):
        draft = self._internal_procedure()
        with self.assertRaises(UserError):
            draft.action_approve()
        with self.assertRaises(UserError):
            draft.action_mark_workflow_configured()
        draft.action_cancel()
        with self.assertRaises(UserError):
            draft.action_submit()
        draft.action_reset_to_draft()
        self.assertEqual(draft.state, 'draft')

    def test_approved_version_is_read_only(self):
        approved = self._approved()
        with self.assertRaises(UserError):
            approved.write({'agency_id': self.agency_b.id})
        with self.assertRaises(UserError):
            approved.write({'decision_number': 'changed'})
        with self.assertRaises(UserError):
            approved.step_ids[0].write({'duration_days': 0.5})
        with self.assertRaises(UserError):
            approved.step_ids[0].unlink()
        with self.assertRaises(UserError):
            self.env['tthc.internal.procedure.step'].create({
                'internal_procedure_id': approved.id, 'name': 'Extra', 'responsible': 'Unit',
                'duration_days': 1})
        approved.write({'note': 'Notes stay editable'})
        self.assertEqual(approved.note, 'Notes stay editable')

    def test_state_only_through_actions(self):
        draft = self._internal_procedure()
        with self.assertRaises(UserError):
            draft.write({'state': 'approved'})
        with self.assertRaises(UserError):
            self.env['tthc.internal.procedure'].create({
                'procedure_id': self.procedure.id, 'agency_id': self.agency_a.id,
                'state': 'approved'})

    def test_submitted_accepts_only_the_decision(self):
        submitted = self._internal_procedure()
        submitted.action_submit()
        self._decide(submitted)
        self.assertEqual(submitted.decision_number, '1/QD-UBND')
        with self.assertRaises(UserError):
            submitted.write({'agency_id': self.agency_b.id})

    def test_workflow_setup_recorded(self):
        approved = self._approved()
        waiting = self.env['tthc.internal.procedure'].search(
            [('state', '=', 'approved'), ('workflow_configured', '=', False)])
        self.assertIn(approved, waiting)
        approved.sudo(self.controller).action_mark_workflow_configured()
        self.assertTrue(approved.workflow_configured)
        self.assertEqual(approved.workflow_configured_by_id, self.controller)
        self.assertTrue(approved.workflow_configured_at)

    def test_applies_to_agencies_below(self):
        approved = self._approved()
        self.assertEqual(self.procedure.approved_internal_procedure(self.commune_a), approved)
        self.assertFalse(self.procedure.approved_internal_procedure(self.agency_b))
        closer = self._approved(agency=self.commune_a)
        self.assertEqual(self.procedure.approved_internal_procedure(self.commune_a), closer)
        self.assertEqual(self.procedure.approved_internal_procedure(self.agency_a), approved)

    def test_approved_not_deleted_but_archived(self):
        approved = self._approved()
        with self.assertRaises((UserError, AccessError)):
            approved.sudo(self.controller).unlink()
        approved.sudo(self.controller).write({'active': False})
        self.assertFalse(approved.active)
        approved.sudo(self.admin).unlink()
        self.assertFalse(approved.exists())

    def _approved(self, agency=None):
        record = self._internal_procedure(agency=agency)
        record.action_submit()
        self._decide(record)
        record.action_approve()
        return record
