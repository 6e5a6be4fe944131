# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date

from psycopg2 import IntegrityError

from odoo import fields
from odoo.exceptions import ValidationError
from odoo.tools import mute_logger
from odoo.tests.common import TransactionCase


class TestHoliday(TransactionCase):

    def setUp(self):
        super(TestHoliday, self).setUp()
        self.Holiday = self.env['tthc.holiday']
        self.Holiday.search([('year', 'in', (2025, 2030))]).unlink()

    def test_generate_2025(self):
        self.Holiday.generate_year(2025)
        days = {d.date: d.kind for d in self.Holiday.search([('year', '=', 2025)])}
        self.assertEqual(days['2025-01-01'], 'holiday')
        self.assertEqual(days['2025-01-29'], 'holiday')   # Tết, 1st day of the lunar year
        self.assertEqual(days['2025-04-07'], 'holiday')   # Hùng Kings (10/3 lunar)
        self.assertEqual(days['2025-05-02'], 'holiday')   # bridge day off
        self.assertEqual(days['2025-04-26'], 'working_day')  # the Saturday worked for it
        self.assertEqual(days['2025-09-02'], 'holiday')

    def test_regenerate_keeps_adjustments(self):
        self.Holiday.generate_year(2025)
        tet = self.Holiday.search([('date', '=', '2025-01-29')])
        tet.name = 'Adjusted by hand'
        added = self.Holiday.generate_year(2025)
        self.assertFalse(added)
        self.assertEqual(tet.name, 'Adjusted by hand')
        self.Holiday.generate_year(2025, replace=True)
        self.assertNotEqual(self.Holiday.search([('date', '=', '2025-01-29')]).name,
                            'Adjusted by hand')

    def test_wizard(self):
        wizard = self.env['tthc.holiday.generate'].create({'year': 2025})
        action = wizard.action_generate()
        self.assertEqual(action['domain'], [('year', '=', 2025)])
        self.assertTrue(self.Holiday.search_count([('year', '=', 2025)]) >= 11)

    def test_swapped_day_must_be_a_weekend(self):
        with self.assertRaises(ValidationError):
            self.Holiday.create({'date': '2030-01-02', 'name': 'A Wednesday',
                                 'kind': 'working_day'})
        self.Holiday.create({'date': '2030-01-05', 'name': 'A Saturday', 'kind': 'working_day'})

    @mute_logger('odoo.sql_db')
    def test_one_entry_per_date(self):
        self.Holiday.create({'date': '2030-01-01', 'name': 'New Year'})
        with self.assertRaises(IntegrityError):
            self.Holiday.create({'date': '2030-01-01', 'name': 'Again'})

    def test_calendar_seeded_at_installation(self):
        this_year = date.today().year
        self.assertTrue(self.Holiday.search_count([('year', '=', this_year)]))


class TestWorkingCalendarModel(TransactionCase):
    """The ORM side of the deadline engine: calendar from the database, time zone,
    settings. The rules themselves are tested in test_deadline_engine."""

    def setUp(self):
        super(TestWorkingCalendarModel, self).setUp()
        # the engine is cached per registry; a rolled-back test must not leave its calendar
        self.addCleanup(self.env['tthc.working.calendar'].clear_caches)
        self.env['tthc.holiday'].search([('year', '=', 2025)]).unlink()
        self.env['tthc.holiday'].generate_year(2025)
        self.calendar = self.env['tthc.working.calendar']

    def test_deadline_in_utc_across_tet(self):
        # Fri 24/01/2025 09:00 in Hà Nội (02:00 UTC), 3 working days: Tết runs 25/01-02/02,
        # so counting starts Mon 03/02 and ends Wed 05/02 at 17:00 local (10:00 UTC)
        self.assertEqual(self.calendar.deadline('2025-01-24 02:00:00', 3), '2025-02-05 10:00:00')

    def test_cutoff_setting(self):
        # Mon 03/03/2025 15:30 local is after the 15:00 cut-off: as if received on Tuesday
        self.assertEqual(self.calendar.deadline('2025-03-03 08:30:00', 1), '2025-03-05 10:00:00')
        self.env['ir.config_parameter'].sudo().set_param('tthc_catalog.cutoff', '16.0')
        self.assertEqual(self.calendar.deadline('2025-03-03 08:30:00', 1), '2025-03-04 10:00:00')

    def test_settings_round_trip(self):
        settings = self.env['res.config.settings'].create({'tthc_cutoff': 14.5})
        settings.execute()
        self.assertEqual(self.calendar._setting('cutoff'), 14.5)
        self.assertEqual(self.env['res.config.settings'].create({}).tthc_cutoff, 14.5)

    def test_classify(self):
        due = '2025-03-05 10:00:00'
        self.assertEqual(self.calendar.classify('2025-03-04 09:00:00', due), 'early')
        self.assertEqual(self.calendar.classify('2025-03-05 09:59:00', due), 'on_time')
        self.assertEqual(self.calendar.classify('2025-03-05 10:01:00', due), 'late')

    def test_engine_follows_calendar_and_settings(self):
        engine = self.calendar.engine()
        self.assertIs(self.calendar.engine(), engine)   # built once
        self.env['tthc.holiday'].create({'date': '2025-03-04', 'name': 'Extra day off'})
        changed = self.calendar.engine()
        self.assertIsNot(changed, engine)
        self.assertFalse(changed.is_working_day(fields.Date.from_string('2025-03-04')))
        self.env['ir.config_parameter'].sudo().set_param('tthc_catalog.cutoff', '16.0')
        self.assertEqual(self.calendar.engine().cutoff.hour, 16)
