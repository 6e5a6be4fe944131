# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Access by real users of each group, across two agencies (never through sudo() alone:
``sudo(user)`` in Odoo 11 runs as that user, with their rights)."""
from odoo.exceptions import AccessError, UserError

from .common import TthcCase


class TestAccess(TthcCase):

    def test_officer_reads_the_catalogue_only(self):
        procedure = self.procedure.sudo(self.officer_a)
        self.assertEqual(procedure.name, 'Test procedure')
        self.assertTrue(self.env['tthc.field'].sudo(self.officer_a).search([]))
        with self.assertRaises(AccessError):
            procedure.write({'name': 'Changed'})
        with self.assertRaises(AccessError):
            self._internal_procedure(user=self.officer_a)
        with self.assertRaises(AccessError):
            self.env['tthc.holiday'].sudo(self.officer_a).create(
                {'date': '2030-01-01', 'name': 'New Year', 'kind': 'holiday'})

    def test_employee_outside_the_suite_sees_no_procedure(self):
        with self.assertRaises(AccessError):
            self.env['tthc.procedure'].sudo(self.employee).search([])
        # agencies and the calendar are shared with the rest of the administration (HR)
        self.assertTrue(self.env['tthc.agency'].sudo(self.employee).search([]))

    def test_leader_drafts_for_own_agencies_only(self):
        own = self._internal_procedure(user=self.leader_a)
        below = self._internal_procedure(agency=self.commune_a, user=self.leader_a)
        self.assertTrue(own and below)
        with self.assertRaises(AccessError):
            self._internal_procedure(agency=self.agency_b, user=self.leader_a)
        other = self._internal_procedure(agency=self.agency_b, user=self.leader_b)
        # reading is open: approved internal procedures are public
        self.assertEqual(other.sudo(self.leader_a).name, other.name)
        with self.assertRaises(AccessError):
            other.sudo(self.leader_a).write({'note': 'not mine'})
        with self.assertRaises(AccessError):
            other.step_ids.sudo(self.leader_a).write({'name': 'not mine'})

    def test_leader_submits_controller_approves(self):
        draft = self._internal_procedure(user=self.leader_a)
        draft.action_submit()
        self.assertEqual(draft.submitted_by_id, self.leader_a)
        self._decide(draft)
        with self.assertRaises(UserError):
            draft.action_approve()
        draft.sudo(self.controller).action_approve()
        self.assertEqual(draft.state, 'approved')
        self.assertEqual(draft.approved_by_id, self.controller)

    def test_controller_keeps_the_catalogue(self):
        procedure = self.procedure.sudo(self.controller)
        procedure.write({'processing_days': 15})
        self.assertEqual(self.procedure.processing_days, 15)
        copy = procedure.copy({'code': '9.000003'})
        with self.assertRaises(AccessError):
            copy.unlink()
        copy.write({'active': False})
        self._internal_procedure(agency=self.agency_b, user=self.controller)
        self.env['tthc.holiday'].sudo(self.controller).create(
            {'date': '2030-01-01', 'name': 'New Year', 'kind': 'holiday'})

    def test_admin_deletes(self):
        copy = self.procedure.copy({'code': '9.000004'})
        copy.sudo(self.admin).unlink()
        self.assertFalse(copy.exists())
