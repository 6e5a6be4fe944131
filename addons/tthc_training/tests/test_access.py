# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.exceptions import AccessError

from .common import TrainingCase


class TestAccess(TrainingCase):
    """Real users of each group; never sudo() without a user."""

    @classmethod
    def setUpClass(cls):
        super(TestAccess, cls).setUpClass()
        cls.own = cls._assign(cls.employee_officer_a, cls.agency_a, '2024-01-01', role='deputy')
        cls.other_a = cls._assign(cls.employee_x, cls.agency_a, '2024-01-01')
        cls.commune = cls._assign(cls.employee_y, cls.commune_a, '2024-01-01')
        cls.in_b = cls._assign(cls.employee_b, cls.agency_b, '2024-01-01')
        cls.training = cls._class(cls._day(10))
        cls.training.action_invite_focal_officers()
        cls.attendees = cls.training.attendee_ids.filtered(
            lambda a: a.agency_id in cls.agency_a | cls.agency_b | cls.commune_a)
        cls.training_b = cls._passed(cls.employee_b, cls.agency_b, cls._day(-30))
        cls.mine = cls.own | cls.other_a | cls.commune | cls.in_b

    def _visible(self, user, records):
        return records.sudo(user).search([('id', 'in', records.ids)])

    def test_officer_reads_own_record_only(self):
        self.assertEqual(self._visible(self.officer_a, self.mine), self.own)
        attendees = self._visible(self.officer_a, self.attendees)
        self.assertEqual(attendees.mapped('employee_id'), self.employee_officer_a)
        with self.assertRaises(AccessError):
            self.own.sudo(self.officer_a).write({'note': 'changed'})
        with self.assertRaises(AccessError):
            self._assign(self.employee_officer_a, self.agency_b, '2024-01-01', role='deputy',
                         user=self.officer_a)

    def test_leader_reads_own_agencies(self):
        self.assertEqual(self._visible(self.leader_a, self.mine),
                         self.own | self.other_a | self.commune)
        self.assertEqual(self._visible(self.leader_b, self.mine), self.in_b)
        self.assertEqual(self._visible(self.leader_b, self.attendees).mapped('agency_id'),
                         self.agency_b)
        with self.assertRaises(AccessError):
            self.other_a.sudo(self.leader_a).write({'note': 'changed'})

    def test_classes_seen_by_the_agencies_taking_part(self):
        classes = self.training | self.training_b
        self.assertEqual(self._visible(self.leader_a, classes), self.training)
        self.assertEqual(self._visible(self.leader_b, classes), classes)
        self.assertEqual(self._visible(self.leader_a, classes.mapped('session_ids')),
                         self.training.session_ids)
        self.assertEqual(self._visible(self.controller, classes), classes)

    def test_statistics_by_agency(self):
        Statistics = self.env['tthc.focal.statistics']
        rows = Statistics.search([('agency_id', 'in', (self.agency_a | self.agency_b).ids)])
        self.assertEqual(self._visible(self.leader_a, rows).mapped('agency_id'), self.agency_a)
        self.assertEqual(self._visible(self.controller, rows), rows)
        self.assertEqual(self._visible(self.manager, rows), rows)
        with self.assertRaises(AccessError):
            Statistics.sudo(self.officer_a).search([])

    def test_controller_reads_all_changes_nothing(self):
        self.assertEqual(self._visible(self.controller, self.mine), self.mine)
        with self.assertRaises(AccessError):
            self.in_b.sudo(self.controller).write({'note': 'changed'})

    def test_training_manager_manages_everything(self):
        self.assertEqual(self._visible(self.manager, self.mine), self.mine)
        self.in_b.sudo(self.manager).write({'date_to': self._day(-1), 'end_reason': 'other'})
        assignment = self._assign(self.employee_leader_a, self.agency_b, self._day(0),
                                  user=self.manager)
        self.assertEqual(assignment.create_uid, self.manager)
        training = self.env['tthc.training.class'].sudo(self.manager).create(
            {'name': 'Managed', 'year': '2026'})
        training.write({'session_ids': [(0, 0, {'name': 'S', 'date': self._day(5)})]})
        training.action_invite_focal_officers()
        self.assertTrue(training.attendee_ids)
        self.employee_leader_a.sudo(self.manager).read(['tthc_training_attendee_ids'])
