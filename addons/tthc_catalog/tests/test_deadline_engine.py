# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The deadline rules, on a calendar written by hand (no database, no ``holidays`` package).

Every expected moment is counted by hand in the comment next to it."""
import unittest
from datetime import date, datetime, time
from decimal import Decimal
from fractions import Fraction

from ..engine.deadline import WorkingCalendar

# The days off of civil servants in 2025-2026 as announced, and the Saturdays worked for them.
DAYS_OFF = [
    date(2025, 1, 1),                                         # New Year, Wednesday
    date(2025, 1, 27), date(2025, 1, 28), date(2025, 1, 29),  # Tết: Sat 25/01 to Sun 02/02
    date(2025, 1, 30), date(2025, 1, 31),
    date(2025, 4, 7),                                         # Hùng Kings, Monday
    date(2025, 4, 30), date(2025, 5, 1),                      # Wednesday, Thursday
    date(2025, 5, 2),                                         # bridge day, for Sat 26/04
    date(2025, 9, 1), date(2025, 9, 2),                       # National Day, Mon and Tue
    date(2026, 4, 26),                                        # Hùng Kings on a Sunday...
    date(2026, 4, 27),                                        # ... observed on Monday
    date(2026, 4, 30), date(2026, 5, 1),                      # Thursday, Friday
]
SWAPPED_SATURDAYS = [date(2025, 4, 26)]


def at(year, month, day, hour=17, minute=0, second=0):
    return datetime(year, month, day, hour, minute, second)


class TestDays(unittest.TestCase):

    def setUp(self):
        super().setUp()
        self.calendar = WorkingCalendar(DAYS_OFF, SWAPPED_SATURDAYS)

    def test_default_day_is_eight_hours(self):
        # 07:30-11:30 and 13:00-17:00
        self.assertEqual(WorkingCalendar().hours_per_day, 8.0)

    def test_is_working_day(self):
        self.assertTrue(self.calendar.is_working_day(date(2025, 3, 3)))    # Monday
        self.assertFalse(self.calendar.is_working_day(date(2025, 3, 8)))   # Saturday
        self.assertFalse(self.calendar.is_working_day(date(2025, 3, 9)))   # Sunday
        self.assertFalse(self.calendar.is_working_day(date(2025, 5, 2)))   # bridge day off
        self.assertTrue(self.calendar.is_working_day(date(2025, 4, 26)))   # swapped Saturday

    def test_next_working_day(self):
        # Fri 25/04/2025 -> the swapped Saturday 26/04
        self.assertEqual(self.calendar.next_working_day(date(2025, 4, 25)), date(2025, 4, 26))
        # Tue 29/04/2025 -> 30/04, 01/05, 02/05 off, weekend -> Mon 05/05
        self.assertEqual(self.calendar.next_working_day(date(2025, 4, 29)), date(2025, 5, 5))
        # Fri 24/01/2025 -> Tết until Sun 02/02 -> Mon 03/02
        self.assertEqual(self.calendar.next_working_day(date(2025, 1, 24)), date(2025, 2, 3))

    def test_holiday_on_a_weekend_changes_nothing(self):
        # Hùng Kings' day on Sun 26/04/2026: listing it alone leaves Mon 27/04 worked
        sunday_only = WorkingCalendar([date(2026, 4, 26)])
        self.assertTrue(sunday_only.is_working_day(date(2026, 4, 27)))
        # Fri 24/04/2026 10:00, 1 day: counted on Mon 27/04, as with no holiday at all
        self.assertEqual(sunday_only.deadline(at(2026, 4, 24, 10), 1), at(2026, 4, 27))
        self.assertEqual(WorkingCalendar().deadline(at(2026, 4, 24, 10), 1), at(2026, 4, 27))


class TestDeadline(unittest.TestCase):

    def setUp(self):
        super().setUp()
        self.calendar = WorkingCalendar(DAYS_OFF, SWAPPED_SATURDAYS)

    def test_receipt_day_not_counted_holiday_skipped(self):
        # Mon 09:00, 4 days, Wednesday off: Tue (1), Thu (2), Fri (3), next Mon (4)
        calendar = WorkingCalendar([date(2025, 3, 5)])
        self.assertEqual(calendar.deadline(at(2025, 3, 3, 9), 4), at(2025, 3, 10))

    def test_friday_afternoon_before_cutoff(self):
        # Fri 07/03/2025 14:30, 2 days: Mon 10/03 (1), Tue 11/03 (2)
        self.assertEqual(self.calendar.deadline(at(2025, 3, 7, 14, 30), 2), at(2025, 3, 11))

    def test_after_cutoff(self):
        # Fri 07/03/2025 15:30, 2 days: deemed received Mon 10/03; Tue 11 (1), Wed 12 (2)
        self.assertEqual(self.calendar.deadline(at(2025, 3, 7, 15, 30), 2), at(2025, 3, 12))
        # one second after the cut-off is after it; 15:00 sharp is not
        self.assertEqual(self.calendar.deadline(at(2025, 3, 3, 15, 0, 1), 1), at(2025, 3, 5))
        self.assertEqual(self.calendar.deadline(at(2025, 3, 3, 15), 1), at(2025, 3, 4))

    def test_without_cutoff(self):
        calendar = WorkingCalendar(cutoff=None)
        # Mon 03/03/2025 16:45 and even 20:00 are still received on Monday: due Tue 04/03
        self.assertEqual(calendar.deadline(at(2025, 3, 3, 16, 45), 1), at(2025, 3, 4))
        self.assertEqual(calendar.deadline(at(2025, 3, 3, 20), 1), at(2025, 3, 4))

    def test_before_opening(self):
        # Mon 03/03/2025 06:00 is received on Monday: 1 day -> Tue 04/03
        self.assertEqual(self.calendar.deadline(at(2025, 3, 3, 6), 1), at(2025, 3, 4))

    def test_receipt_on_a_day_off(self):
        # Sat 08/03/2025: deemed received Mon 10/03, 1 day -> Tue 11/03
        self.assertEqual(self.calendar.deadline(at(2025, 3, 8, 10), 1), at(2025, 3, 11))
        # Sun 09/03/2025 at night, same
        self.assertEqual(self.calendar.deadline(at(2025, 3, 9, 22), 1), at(2025, 3, 11))
        # Wed 30/04/2025: off until Sun 04/05, deemed received Mon 05/05 -> Tue 06/05
        self.assertEqual(self.calendar.deadline(at(2025, 4, 30, 9), 1), at(2025, 5, 6))

    def test_swapped_saturday(self):
        # Fri 25/04/2025 09:00, 2 days: Sat 26/04 worked (1), Mon 28/04 (2)
        self.assertEqual(self.calendar.deadline(at(2025, 4, 25, 9), 2), at(2025, 4, 28))
        # received on the swapped Saturday itself: 1 day -> Mon 28/04
        self.assertEqual(self.calendar.deadline(at(2025, 4, 26, 10), 1), at(2025, 4, 28))
        # and after its cut-off: deemed Mon 28/04 -> Tue 29/04
        self.assertEqual(self.calendar.deadline(at(2025, 4, 26, 16), 1), at(2025, 4, 29))

    def test_tet_2025(self):
        # Fri 24/01/2025 09:00, 3 days: Tết from Sat 25/01 to Sun 02/02, so Mon 03/02 (1),
        # Tue 04/02 (2), Wed 05/02 (3)
        self.assertEqual(self.calendar.deadline(at(2025, 1, 24, 9), 3), at(2025, 2, 5))
        # Thu 23/01/2025 10:00, 3 days: Fri 24/01 (1), Mon 03/02 (2), Tue 04/02 (3)
        self.assertEqual(self.calendar.deadline(at(2025, 1, 23, 10), 3), at(2025, 2, 4))

    def test_reunification_and_labour_day_2025(self):
        # Thu 24/04/2025 10:00, 5 days: Fri 25 (1), Sat 26 worked (2), Mon 28 (3), Tue 29 (4),
        # Wed 30/04 to Sun 04/05 off, Mon 05/05 (5)
        self.assertEqual(self.calendar.deadline(at(2025, 4, 24, 10), 5), at(2025, 5, 5))

    def test_national_day_2025(self):
        # Fri 29/08/2025 10:00, 2 days: weekend, Mon 01/09 and Tue 02/09 off, Wed 03/09 (1),
        # Thu 04/09 (2)
        self.assertEqual(self.calendar.deadline(at(2025, 8, 29, 10), 2), at(2025, 9, 4))

    def test_hung_kings_2026_observed_monday(self):
        # Fri 24/04/2026 10:00, 3 days: Mon 27/04 off (Sunday holiday observed), Tue 28 (1),
        # Wed 29 (2), Thu 30/04 and Fri 01/05 off, Mon 04/05 (3)
        self.assertEqual(self.calendar.deadline(at(2026, 4, 24, 10), 3), at(2026, 5, 4))

    def test_long_duration_across_tet(self):
        # Thu 02/01/2025 10:00, 30 days: Fri 03/01 (1), 06-10/01 (2-6), 13-17/01 (7-11),
        # 20-24/01 (12-16), Tết, 03-07/02 (17-21), 10-14/02 (22-26), 17-20/02 (27-30)
        self.assertEqual(self.calendar.deadline(at(2025, 1, 2, 10), 30), at(2025, 2, 20))

    def test_outside_the_listed_years(self):
        # Mon 07/01/2030 09:00, 10 days, no holiday known: Tue 08 to Mon 21/01
        self.assertEqual(self.calendar.deadline(at(2030, 1, 7, 9), 10), at(2030, 1, 21))

    def test_fractions_of_a_day(self):
        # a day is 8 working hours: Mon 03/03/2025 09:00, counting from Tue 04/03 07:30
        received = at(2025, 3, 3, 9)
        self.assertEqual(self.calendar.deadline(received, 0.5), at(2025, 3, 4, 11, 30))  # 4 h
        self.assertEqual(self.calendar.deadline(received, 0.25), at(2025, 3, 4, 9, 30))  # 2 h
        # 6 h: the 4 morning hours, then 13:00-15:00
        self.assertEqual(self.calendar.deadline(received, 0.75), at(2025, 3, 4, 15))
        # Tue (1), Wed (2), 4 h on Thu 06/03
        self.assertEqual(self.calendar.deadline(received, 2.5), at(2025, 3, 6, 11, 30))
        self.assertEqual(self.calendar.deadline(received, Decimal('2.5')), at(2025, 3, 6, 11, 30))
        self.assertEqual(self.calendar.deadline(received, Fraction(5, 2)), at(2025, 3, 6, 11, 30))
        # 1/3 day = 2 h 40 min
        self.assertEqual(self.calendar.deadline(received, Fraction(1, 3)), at(2025, 3, 4, 10, 10))

    def test_zero_days(self):
        # the result is due at the close of the (deemed) day of receipt
        self.assertEqual(self.calendar.deadline(at(2025, 3, 3, 9), 0), at(2025, 3, 3))
        # Mon 16:00 after the cut-off: deemed Tue 04/03
        self.assertEqual(self.calendar.deadline(at(2025, 3, 3, 16), 0), at(2025, 3, 4))
        # Sat 08/03: deemed Mon 10/03
        self.assertEqual(self.calendar.deadline(at(2025, 3, 8, 10), 0), at(2025, 3, 10))

    def test_other_working_hours(self):
        calendar = WorkingCalendar(intervals=((time(8), time(12)), (time(13, 30), time(17, 30))))
        self.assertEqual(calendar.hours_per_day, 8.0)
        # Mon 03/03/2025 09:00: 0.5 day ends with the morning, 1 day with the afternoon, Tue
        self.assertEqual(calendar.deadline(at(2025, 3, 3, 9), 0.5), at(2025, 3, 4, 12))
        self.assertEqual(calendar.deadline(at(2025, 3, 3, 9), 1), at(2025, 3, 4, 17, 30))
        # a single 6-hour interval: half a day is 3 hours
        short = WorkingCalendar(intervals=((time(8), time(14)),))
        self.assertEqual(short.deadline(at(2025, 3, 3, 9), 0.5), at(2025, 3, 4, 11))


class TestPauses(unittest.TestCase):
    """Mon 03/03/2025 09:00, 3 days: due Thu 06/03/2025 17:00 without pauses."""

    def setUp(self):
        super().setUp()
        self.calendar = WorkingCalendar(DAYS_OFF, SWAPPED_SATURDAYS)
        self.received = at(2025, 3, 3, 9)

    def due(self, pauses, days=3):
        return self.calendar.deadline(self.received, days, pauses)

    def test_one_pause(self):
        # Tue 13:00 to Wed 13:00: Tue 13-17 + Wed 07:30-11:30 = 8 h -> Fri 07/03 17:00
        self.assertEqual(self.due([(at(2025, 3, 4, 13), at(2025, 3, 5, 13))]), at(2025, 3, 7))

    def test_overlapping_pauses_count_once(self):
        # Tue 13:00-Wed 13:00 and Wed 08:00-15:00: together Tue 13:00-Wed 15:00 = 4 + 4 + 2 h
        # -> Thu 17:00 + 10 h = Fri 07/03 (8 h) then Mon 10/03 07:30 + 2 h
        pauses = [(at(2025, 3, 5, 8), at(2025, 3, 5, 15)),
                  (at(2025, 3, 4, 13), at(2025, 3, 5, 13))]
        self.assertEqual(self.due(pauses), at(2025, 3, 10, 9, 30))
        # a pause inside another one adds nothing
        pauses = [(at(2025, 3, 4, 13), at(2025, 3, 5, 13)),
                  (at(2025, 3, 4, 14), at(2025, 3, 4, 15))]
        self.assertEqual(self.due(pauses), at(2025, 3, 7))

    def test_open_pause(self):
        self.assertIsNone(self.due([(at(2025, 3, 4, 9), at(2025, 3, 4, 10)),
                                    (at(2025, 3, 4, 13), None)]))

    def test_pause_over_a_weekend(self):
        # 5 days: due Mon 10/03 17:00. Pause Fri 07/03 16:00 to Mon 10/03 08:30: 1 h on Friday,
        # none on the weekend, 1 h on Monday -> 2 h more: Tue 11/03 09:30
        pauses = [(at(2025, 3, 7, 16), at(2025, 3, 10, 8, 30))]
        self.assertEqual(self.due(pauses, days=5), at(2025, 3, 11, 9, 30))
        # a pause on the weekend only: nothing
        pauses = [(at(2025, 3, 8, 8), at(2025, 3, 9, 18))]
        self.assertEqual(self.due(pauses, days=5), at(2025, 3, 10))

    def test_pause_before_counting_starts(self):
        # on the day of receipt, which is not counted: nothing
        self.assertEqual(self.due([(at(2025, 3, 3, 10), at(2025, 3, 3, 16))]), at(2025, 3, 6))
        # from Monday into Tuesday 09:30: only Tue 07:30-09:30 counts -> Fri 07/03 09:30
        self.assertEqual(self.due([(at(2025, 3, 3, 10), at(2025, 3, 4, 9, 30))]),
                         at(2025, 3, 7, 9, 30))

    def test_pause_after_the_due_moment(self):
        # the clock ran out on Thu 17:00: a pause from Fri 08:00 changes nothing
        self.assertEqual(self.due([(at(2025, 3, 7, 8), at(2025, 3, 7, 10))]), at(2025, 3, 6))

    def test_empty_pause(self):
        self.assertEqual(self.due([(at(2025, 3, 4, 9), at(2025, 3, 4, 9))]), at(2025, 3, 6))


class TestWorkingHours(unittest.TestCase):

    def setUp(self):
        super().setUp()
        self.calendar = WorkingCalendar(DAYS_OFF, SWAPPED_SATURDAYS)

    def test_add_working_hours(self):
        add = self.calendar.add_working_hours
        # no next-day rule: Mon 03/03/2025 09:00 + 8 h = 2.5 h + 4 h on Monday, 1.5 h Tuesday
        self.assertEqual(add(at(2025, 3, 3, 9), 8), at(2025, 3, 4, 9))
        # Mon 16:00 + 1 h ends at the close; + 1.5 h goes on Tuesday at 08:00
        self.assertEqual(add(at(2025, 3, 3, 16), 1), at(2025, 3, 3, 17))
        self.assertEqual(add(at(2025, 3, 3, 16), 1.5), at(2025, 3, 4, 8))
        # Mon 11:20 + 15 min: 10 min before lunch, 5 after
        self.assertEqual(add(at(2025, 3, 3, 11, 20), 0.25), at(2025, 3, 3, 13, 5))

    def test_add_working_hours_from_outside_working_hours(self):
        add = self.calendar.add_working_hours
        # Sat 08/03/2025 10:00 moves to Mon 10/03 07:30, + 2 h
        self.assertEqual(add(at(2025, 3, 8, 10), 2), at(2025, 3, 10, 9, 30))
        # at lunch (Mon 12:00) moves to 13:00
        self.assertEqual(add(at(2025, 3, 3, 12), 1), at(2025, 3, 3, 14))
        # Mon 18:00 moves to Tue 07:30
        self.assertEqual(add(at(2025, 3, 3, 18), 4), at(2025, 3, 4, 11, 30))
        # Tue 29/04/2025 16:00 + 2 h: 1 h on Tuesday, the rest after the holidays, Mon 05/05
        self.assertEqual(add(at(2025, 4, 29, 16), 2), at(2025, 5, 5, 8, 30))

    def test_add_zero_hours(self):
        add = self.calendar.add_working_hours
        self.assertEqual(add(at(2025, 3, 3, 10), 0), at(2025, 3, 3, 10))
        self.assertEqual(add(at(2025, 3, 3, 11, 45), 0), at(2025, 3, 3, 13))
        self.assertEqual(add(at(2025, 3, 8, 10), 0), at(2025, 3, 10, 7, 30))

    def test_working_hours_between(self):
        between = self.calendar.working_hours_between
        self.assertEqual(between(at(2025, 3, 3, 9), at(2025, 3, 4, 9)), 8.0)
        self.assertEqual(between(at(2025, 3, 3, 11), at(2025, 3, 3, 13, 30)), 1.0)
        # Fri 16:00 to Mon 08:30: 1 h + 1 h
        self.assertEqual(between(at(2025, 3, 7, 16), at(2025, 3, 10, 8, 30)), 2.0)
        self.assertEqual(between(at(2025, 3, 8, 8), at(2025, 3, 9, 18)), 0.0)
        # Tue 29/04/2025 09:00 to Mon 05/05 09:00: Tuesday 6.5 h, Monday 1.5 h
        self.assertEqual(between(at(2025, 4, 29, 9), at(2025, 5, 5, 9)), 8.0)
        # overdue: negative
        self.assertEqual(between(at(2025, 3, 4, 9), at(2025, 3, 3, 9)), -8.0)


class TestClassify(unittest.TestCase):

    def setUp(self):
        super().setUp()
        self.classify = WorkingCalendar().classify
        self.due = at(2025, 3, 5)  # Wed 05/03/2025 17:00

    def test_boundaries(self):
        self.assertEqual(self.classify(at(2025, 3, 5), self.due), 'on_time')
        self.assertEqual(self.classify(at(2025, 3, 5, 17, 1), self.due), 'late')
        self.assertEqual(self.classify(at(2025, 3, 5, 17, 0, 1), self.due), 'late')
        self.assertEqual(self.classify(at(2025, 3, 5, 8), self.due), 'on_time')
        self.assertEqual(self.classify(at(2025, 3, 4, 23, 59), self.due), 'early')
        self.assertEqual(self.classify(at(2025, 3, 6, 8), self.due), 'late')

    def test_no_due_moment(self):
        self.assertIsNone(self.classify(at(2025, 3, 5), None))


class TestInvalidInput(unittest.TestCase):

    def test_negative_duration(self):
        calendar = WorkingCalendar()
        with self.assertRaisesRegex(ValueError, 'negative'):
            calendar.deadline(at(2025, 3, 3, 9), -1)
        with self.assertRaisesRegex(ValueError, 'negative'):
            calendar.add_working_hours(at(2025, 3, 3, 9), -0.5)

    def test_pause_ending_before_it_starts(self):
        with self.assertRaises(ValueError):
            WorkingCalendar().deadline(at(2025, 3, 3, 9), 1,
                                       [(at(2025, 3, 4, 9), at(2025, 3, 4, 8))])

    def test_working_hours(self):
        for intervals in (
                (),
                ((time(11, 30), time(7, 30)),),                           # ends before it starts
                ((time(7, 30), time(7, 30)),),                            # empty
                ((time(13), time(17)), (time(7, 30), time(11, 30))),      # not increasing
                ((time(7, 30), time(12)), (time(11), time(17))),          # overlapping
        ):
            with self.assertRaises(ValueError):
                WorkingCalendar(intervals=intervals)
        # touching intervals are accepted
        self.assertEqual(WorkingCalendar(intervals=((time(8), time(12)), (time(12), time(16))))
                         .hours_per_day, 8.0)

    def test_day_off_and_worked(self):
        with self.assertRaisesRegex(ValueError, '2025-04-26'):
            WorkingCalendar([date(2025, 4, 26)], [date(2025, 4, 26)])
