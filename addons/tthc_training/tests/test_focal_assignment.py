# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.exceptions import AccessError, ValidationError

from odoo.tests.common import TransactionCase

from .common import TrainingCase


class TestFocalAssignment(TrainingCase):

    def test_one_main_officer_at_a_time(self):
        first = self._assign(self.employee_x, self.agency_a, '2024-01-01')
        with self.assertRaises(ValidationError), self.cr.savepoint():
            self._assign(self.employee_y, self.agency_a, '2025-01-01')
        # an open assignment also blocks a period before it that runs into it
        with self.assertRaises(ValidationError), self.cr.savepoint():
            self._assign(self.employee_y, self.agency_a, '2023-06-01', '2024-01-01')
        first.write({'date_to': '2024-12-31', 'end_reason': 'transfer'})
        # date_to is the last day in office: the successor starts the day after
        with self.assertRaises(ValidationError), self.cr.savepoint():
            self._assign(self.employee_y, self.agency_a, '2024-12-31')
        self._assign(self.employee_y, self.agency_a, '2025-01-01')
        # deputies and other agencies are not limited
        self._assign(self.employee_b, self.agency_a, '2025-01-01', role='deputy')
        self._assign(self.employee_b, self.agency_b, '2025-01-01')

    def test_reopening_an_ended_assignment_is_refused_when_overlapping(self):
        first = self._assign(self.employee_x, self.agency_a, '2024-01-01', '2024-12-31')
        self._assign(self.employee_y, self.agency_a, '2025-01-01')
        with self.assertRaises(ValidationError), self.cr.savepoint():
            first.write({'date_to': False})

    def test_archived_assignment_does_not_block(self):
        mistake = self._assign(self.employee_x, self.agency_a, '2024-01-01')
        mistake.active = False
        self._assign(self.employee_y, self.agency_a, '2024-01-01')

    def test_end_before_start(self):
        with self.assertRaises(ValidationError), self.cr.savepoint():
            self._assign(self.employee_x, self.agency_a, '2024-01-01', '2023-12-31')

    def test_end_notifies_hr_and_control_office_and_flags_the_successor(self):
        first = self._assign(self.employee_x, self.agency_a, self._day(-400), user=self.manager)
        first.sudo(self.manager).write({'date_to': self._day(-10), 'end_reason': 'transfer'})
        message = first.message_ids.filtered(lambda m: m.partner_ids)
        self.assertEqual(len(message), 1)
        self.assertIn('Employee X', message.body)
        self.assertIn(self.agency_a.name, message.body)
        self.assertIn(self.manager.partner_id, message.partner_ids)
        self.assertIn(self.controller.partner_id, message.partner_ids)
        self.assertNotIn(self.leader_a.partner_id, message.partner_ids)
        self.assertIn(self.manager, first.activity_ids.mapped('user_id'))
        # a later change of the end date is no new departure
        first.sudo(self.manager).write({'date_to': self._day(-11)})
        self.assertEqual(len(first.message_ids.filtered(lambda m: m.partner_ids)), 1)
        successor = self._assign(self.employee_y, self.agency_a, self._day(-9),
                                 user=self.manager)
        self.assertTrue(successor.training_needed)
        self.assertIn(successor, self.env['tthc.focal.assignment'].search(
            [('training_needed', '=', True)]))

    def test_successor_flag_cleared_by_training(self):
        successor = self._assign(self.employee_y, self.agency_a, self._day(-100))
        self.assertTrue(self.employee_y.tthc_training_needed)
        self._passed(self.employee_y, self.agency_a, self._day(-5))
        self.employee_y.invalidate_cache()
        self.assertFalse(self.employee_y.tthc_training_needed)
        self.assertEqual(successor.last_training_date, self._day(-5))

    def test_tracking_of_the_end_date(self):
        assignment = self._assign(self.employee_x, self.agency_a, '2024-01-01')
        assignment.write({'date_to': '2024-06-30', 'end_reason': 'retirement'})
        tracked = assignment.message_ids.mapped('tracking_value_ids.field')
        self.assertIn('date_to', tracked)
        self.assertIn('end_reason', tracked)

    def test_history_is_archived_not_deleted(self):
        assignment = self._assign(self.employee_x, self.agency_a, '2024-01-01',
                                  user=self.manager)
        with self.assertRaises(AccessError):
            assignment.sudo(self.manager).unlink()
        assignment.sudo(self.manager).write({'active': False})
        assignment.sudo(self.admin).unlink()


class TestFocalAssignmentName(TransactionCase):

    def test_display_name_in_the_readers_language(self):
        assignment = self.env.ref('tthc_training.focal_nnptnt_duc').with_context(lang='en_US')
        self.assertTrue(assignment.display_name.endswith('(Main)'))
        self.assertFalse(assignment.with_context(lang='vi_VN').display_name.endswith('(Main)'))
