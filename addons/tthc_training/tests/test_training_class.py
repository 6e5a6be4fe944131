# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.exceptions import UserError, ValidationError

from .common import TrainingCase


class TestTrainingClass(TrainingCase):

    @classmethod
    def setUpClass(cls):
        super(TestTrainingClass, cls).setUpClass()
        # X: main officer of A, trained 30 days ago; Y: deputy of A, never trained;
        # B: main officer of B, trained 400 days ago (outside the 12-month window);
        # Leader A: left the post last month
        cls._assign(cls.employee_x, cls.agency_a, '2020-01-01')
        cls._assign(cls.employee_y, cls.agency_a, '2022-01-01', role='deputy')
        cls._assign(cls.employee_b, cls.agency_b, '2021-01-01')
        cls._assign(cls.employee_leader_a, cls.agency_a, '2021-01-01', cls._day(-30),
                    role='deputy')
        cls._passed(cls.employee_x, cls.agency_a, cls._day(-30))
        cls._passed(cls.employee_b, cls.agency_b, cls._day(-400))

    def test_default_invitation_list(self):
        training = self._class(self._day(10))
        training.action_invite_focal_officers()
        invited = training.attendee_ids.mapped('employee_id')
        self.assertIn(self.employee_y, invited)
        self.assertIn(self.employee_b, invited)
        self.assertNotIn(self.employee_x, invited, "trained this cycle")
        self.assertNotIn(self.employee_leader_a, invited, "no longer a focal officer")
        self.assertEqual(training.attendee_ids.filtered(
            lambda a: a.employee_id == self.employee_b).agency_id, self.agency_b)
        # inviting again adds nobody twice
        count = training.attendee_count
        training.action_invite_focal_officers()
        self.assertEqual(training.attendee_count, count)

    def test_invitation_window_follows_the_setting(self):
        self.env['ir.config_parameter'].set_param('tthc_training.coverage_months', '24')
        training = self._class(self._day(10))
        training.action_invite_focal_officers()
        self.assertNotIn(self.employee_b, training.attendee_ids.mapped('employee_id'))

    def test_dates_attendance_and_closing(self):
        training = self._class(self._day(10))
        training.write({'session_ids': [(0, 0, {'name': 'Session 2', 'date': self._day(11)})]})
        self.assertEqual((training.date_start, training.date_end),
                         (self._day(10), self._day(11)))
        training.action_invite_focal_officers()
        attendee = training.attendee_ids.filtered(lambda a: a.employee_id == self.employee_y)
        training.session_ids[0].present_attendee_ids = attendee
        self.assertEqual(attendee.attended_count, 1)
        training.action_open()
        with self.assertRaises(UserError):
            training.action_done()
        training.attendee_ids.write({'result': 'absent'})
        attendee.write({'result': 'passed', 'certificate_number': 'CN-1'})
        self.assertEqual(attendee.training_date, self._day(11))
        training.action_done()
        self.assertEqual(training.state, 'done')
        self.assertEqual(training.passed_count, 1)

    def test_certificate_only_when_passed(self):
        training = self._class(self._day(10))
        with self.assertRaises(ValidationError), self.cr.savepoint():
            self.env['tthc.training.attendee'].create({
                'class_id': training.id, 'employee_id': self.employee_y.id,
                'agency_id': self.agency_a.id, 'result': 'failed',
                'certificate_number': 'CN-2'})

    def test_result_stays_in_the_training_record(self):
        training = self._class(self._day(10))
        training.action_invite_focal_officers()
        withdrawn = training.attendee_ids.filtered(lambda a: a.employee_id == self.employee_b)
        kept = training.attendee_ids.filtered(lambda a: a.employee_id == self.employee_y)
        kept.result = 'passed'
        withdrawn.sudo(self.manager).unlink()
        with self.assertRaises(UserError):
            kept.sudo(self.manager).unlink()
