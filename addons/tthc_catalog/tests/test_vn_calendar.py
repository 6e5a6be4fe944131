# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The Vietnamese calendar as the ``holidays`` package computes it (no database).

Where the package differs in form from the Government's announcement, the test states the
package's version and checks that the working days come out the same."""
import unittest
from datetime import date, datetime, timedelta

from ..engine.deadline import WorkingCalendar
from ..engine.vn_calendar import vietnam_year


def kinds(year):
    return {day: kind for day, _name, kind in vietnam_year(year)}


def calendar(*years):
    days = [row for year in years for row in vietnam_year(year)]
    return WorkingCalendar([day for day, _name, kind in days if kind == 'holiday'],
                           [day for day, _name, kind in days if kind == 'working_day'])


class TestVietnamYear(unittest.TestCase):

    def test_sorted_rows(self):
        rows = vietnam_year(2025)
        self.assertEqual(rows, sorted(rows))
        self.assertEqual({kind for _day, _name, kind in rows}, {'holiday', 'working_day'})
        self.assertTrue(all(day.year == 2025 for day, _name, _kind in rows))

    def test_2025(self):
        days = kinds(2025)
        # exactly the package's list: Tết is announced as Sat 25/01 to Sun 02/02, the package
        # lists the weekdays Mon 27/01-Fri 31/01 and the 4th day of Tết, Sat 01/02
        self.assertEqual(days, {
            date(2025, 1, 1): 'holiday',
            date(2025, 1, 27): 'holiday', date(2025, 1, 28): 'holiday',
            date(2025, 1, 29): 'holiday', date(2025, 1, 30): 'holiday',
            date(2025, 1, 31): 'holiday', date(2025, 2, 1): 'holiday',
            date(2025, 4, 7): 'holiday',                                # Hùng Kings
            date(2025, 4, 26): 'working_day',                           # Saturday worked...
            date(2025, 4, 30): 'holiday', date(2025, 5, 1): 'holiday',
            date(2025, 5, 2): 'holiday',                                # ...for this Friday
            date(2025, 9, 1): 'holiday', date(2025, 9, 2): 'holiday',  # National Day
        })
        self.assertNotIn(date(2025, 11, 24), days)  # Vietnam Cultural Day starts in 2026

    def test_tet_2025_as_announced(self):
        cal = calendar(2025)
        self.assertTrue(cal.is_working_day(date(2025, 1, 24)))
        for offset in range(9):  # Sat 25/01 to Sun 02/02
            self.assertFalse(cal.is_working_day(date(2025, 1, 25) + timedelta(offset)))
        self.assertTrue(cal.is_working_day(date(2025, 2, 3)))

    def test_2026(self):
        days = kinds(2026)
        # Hùng Kings' day on Sun 26/04, observed Mon 27/04
        self.assertEqual(days[date(2026, 4, 26)], 'holiday')
        self.assertEqual(days[date(2026, 4, 27)], 'holiday')
        # National Day: bridge day Mon 31/08 worked on Sat 22/08, then Tue 01/09, Wed 02/09
        self.assertEqual(days[date(2026, 8, 31)], 'holiday')
        self.assertEqual(days[date(2026, 8, 22)], 'working_day')
        self.assertEqual(days[date(2026, 9, 1)], 'holiday')
        self.assertEqual(days[date(2026, 9, 2)], 'holiday')
        self.assertEqual(days[date(2026, 11, 24)], 'holiday')  # Vietnam Cultural Day

    def test_2024_swap(self):
        days = kinds(2024)
        self.assertEqual(days[date(2024, 4, 29)], 'holiday')      # Monday off...
        self.assertEqual(days[date(2024, 5, 4)], 'working_day')   # ...worked on Sat 04/05

    def test_swap_across_years(self):
        # Mon 31/12/2018 off, worked on Sat 05/01/2019: each year lists its own day
        self.assertEqual(kinds(2018)[date(2018, 12, 31)], 'holiday')
        self.assertNotIn(date(2019, 1, 5), kinds(2018))
        self.assertEqual(kinds(2019)[date(2019, 1, 5)], 'working_day')

    def test_names(self):
        english = {day: name for day, name, _kind in vietnam_year(2025)}
        self.assertEqual(english[date(2025, 1, 29)], "Lunar New Year")
        self.assertEqual(english[date(2025, 4, 26)], "Swapped working day")
        vietnamese = {day: name for day, name, _kind in vietnam_year(2025, language='vi')}
        self.assertEqual(vietnamese[date(2025, 1, 29)], "Tết Nguyên Đán")
        self.assertEqual(vietnamese[date(2025, 9, 2)], "Quốc khánh")
        self.assertEqual(vietnamese[date(2025, 4, 26)], "Ngày làm việc bù")

    def test_invalid(self):
        for year in (1900, 2101):
            with self.assertRaisesRegex(ValueError, str(year)):
                vietnam_year(year)
        with self.assertRaisesRegex(ValueError, 'language'):
            vietnam_year(2025, language='fr')

    def test_deadline_on_the_computed_calendar(self):
        cal = calendar(2025, 2026)
        # Fri 24/01/2025 09:00, 3 days: Mon 03/02 (1), Tue 04/02 (2), Wed 05/02 (3)
        self.assertEqual(cal.deadline(datetime(2025, 1, 24, 9), 3), datetime(2025, 2, 5, 17))
        # Thu 24/04/2025 10:00, 5 days: Fri 25 (1), Sat 26 (2), Mon 28 (3), Tue 29 (4), Mon 05/05
        self.assertEqual(cal.deadline(datetime(2025, 4, 24, 10), 5), datetime(2025, 5, 5, 17))
        # Fri 24/04/2026 10:00, 3 days: Tue 28 (1), Wed 29 (2), Mon 04/05 (3)
        self.assertEqual(cal.deadline(datetime(2026, 4, 24, 10), 3), datetime(2026, 5, 4, 17))
