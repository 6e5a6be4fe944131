# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Shared setup on top of the catalogue's: a training manager, an employee for each user of
the suite, and helpers to record assignments and trainings at dates relative to today."""
import datetime

from odoo import fields
from odoo.addons.tthc_catalog.tests.common import TthcCase


class TrainingCase(TthcCase):

    @classmethod
    def setUpClass(cls):
        super(TrainingCase, cls).setUpClass()
        cls.manager = cls._user('training_manager', 'tthc_training.group_tthc_training_manager',
                                cls.province)
        Employee = cls.env['hr.employee']
        cls.employee_officer_a = Employee.create({'name': 'Officer A',
                                                  'user_id': cls.officer_a.id})
        cls.employee_leader_a = Employee.create({'name': 'Leader A', 'user_id': cls.leader_a.id})
        cls.employee_x = Employee.create({'name': 'Employee X'})
        cls.employee_y = Employee.create({'name': 'Employee Y'})
        cls.employee_b = Employee.create({'name': 'Officer B'})
        cls.today = fields.Date.from_string(fields.Date.context_today(cls.env.user))

    @classmethod
    def _day(cls, offset):
        """Today plus ``offset`` days, as Odoo 11 stores dates."""
        return fields.Date.to_string(cls.today + datetime.timedelta(days=offset))

    @classmethod
    def _assign(cls, employee, agency, date_from, date_to=False, role='main', user=None):
        env = cls.env(user=user.id) if user else cls.env
        return env['tthc.focal.assignment'].create({
            'employee_id': employee.id, 'agency_id': agency.id, 'role': role,
            'date_from': date_from, 'date_to': date_to,
            'end_reason': date_to and 'transfer'})

    @classmethod
    def _class(cls, day, name='Class'):
        return cls.env['tthc.training.class'].create({
            'name': name, 'year': day[:4],
            'session_ids': [(0, 0, {'name': 'Session 1', 'date': day, 'place': 'Hall'})]})

    @classmethod
    def _passed(cls, employee, agency, day):
        """A class on ``day`` that ``employee`` passed."""
        training = cls._class(day, name='Passed by %s' % employee.name)
        cls.env['tthc.training.attendee'].create({
            'class_id': training.id, 'employee_id': employee.id, 'agency_id': agency.id,
            'result': 'passed'})
        return training
