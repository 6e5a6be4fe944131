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
        # the same for a day off listed on a Saturday, and for a Friday listed as worked
        for calendar in (WorkingCalendar([date(2026, 4, 25)]),
                         WorkingCalendar(working_days=[date(2026, 4, 24)])):
            self.assertEqual(calendar.deadline(at(2026, 4, 24, 10), 1), at(2026, 4, 27))
            self.assertEqual(calendar.deadline(at(2026, 4, 23, 10), 2), at(2026, 4, 27))


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

    def test_pause_from_the_moment_the_clock_runs_out(self):
        # the clock ran out on Thu 17:00: a pause from then on changes nothing, whether it is
        # written as Thu 17:00 or Fri 07:30 (the same working moment)
        self.assertEqual(self.due([(at(2025, 3, 6, 17), at(2025, 3, 7, 10))]), at(2025, 3, 6))
        self.assertEqual(self.due([(at(2025, 3, 7, 7, 30), at(2025, 3, 7, 10))]),
                         at(2025, 3, 6))
        # one second earlier it takes the second and the pause's 2.5 h: Fri 07/03 10:00:01
        self.assertEqual(self.due([(at(2025, 3, 6, 16, 59, 59), at(2025, 3, 7, 10))]),
                         at(2025, 3, 7, 10, 0, 1))

    def test_pause_before_counting_then_one_across_its_start(self):
        # Mon 10:00-11:00 is on the day of receipt (nothing); Mon 16:00 to Tue 09:30 counts
        # Tue 07:30-09:30: Fri 07/03 09:30
        self.assertEqual(self.due([(at(2025, 3, 3, 10), at(2025, 3, 3, 11)),
                                   (at(2025, 3, 3, 16), at(2025, 3, 4, 9, 30))]),
                         at(2025, 3, 7, 9, 30))

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
        # at the end of the morning or of the day: the next working moment
        self.assertEqual(add(at(2025, 3, 3, 11, 30), 0), at(2025, 3, 3, 13))
        self.assertEqual(add(at(2025, 3, 3, 17), 0), at(2025, 3, 4, 7, 30))
        self.assertEqual(add(at(2025, 3, 3, 7, 30), 0), at(2025, 3, 3, 7, 30))
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

    def assertMessage(self, message, function, *args, **kwargs):
        with self.assertRaises(ValueError) as raised:
            function(*args, **kwargs)
        self.assertEqual(str(raised.exception), message)

    def test_negative_duration(self):
        calendar = WorkingCalendar()
        self.assertMessage('The number of days cannot be negative (got -1).',
                           calendar.deadline, at(2025, 3, 3, 9), -1)
        self.assertMessage('The number of hours cannot be negative (got -0.5).',
                           calendar.add_working_hours, at(2025, 3, 3, 9), -0.5)
        self.assertMessage('The number of days cannot be negative (got -0.1).',
                           calendar.add_working_days, at(2025, 3, 3, 9), Decimal('-0.1'))

    def test_pause_ending_before_it_starts(self):
        self.assertMessage(
            'A pause cannot end (2025-03-04 08:00:00) before it starts (2025-03-04 09:00:00).',
            WorkingCalendar().deadline, at(2025, 3, 3, 9), 1,
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
        # an empty interval beside a real one, and the messages
        self.assertMessage('Working hours must be increasing, non-overlapping intervals (got '
                           '07:30:00-07:30:00, 13:00:00-17:00:00).', WorkingCalendar,
                           intervals=((time(7, 30), time(7, 30)), (time(13), time(17))))
        self.assertMessage('A working day needs at least one interval of working hours.',
                           WorkingCalendar, intervals=())
        # touching intervals are accepted
        self.assertEqual(WorkingCalendar(intervals=((time(8), time(12)), (time(12), time(16))))
                         .hours_per_day, 8.0)

    def test_day_off_and_worked(self):
        self.assertMessage('A day cannot be both off and worked: 2025-04-19, 2025-04-26.',
                           WorkingCalendar, [date(2025, 4, 26), date(2025, 4, 19)],
                           [date(2025, 4, 19), date(2025, 4, 26)])


class TestEdgeCases(unittest.TestCase):
    """Found by an independent check of the engine (issue 16)."""

    def setUp(self):
        super().setUp()
        self.calendar = WorkingCalendar(DAYS_OFF, SWAPPED_SATURDAYS)

    def test_zero_days_with_a_pause_past_the_close(self):
        # Mon 03/03/2025 09:00, 0 days: the clock runs to 17:00 (6.5 h). A pause from 16:00 to
        # 20:00 stops it with 1 h left: Tue 04/03 07:30 + 1 h (was Mon 17:00, inside the pause)
        received = at(2025, 3, 3, 9)
        pause = (at(2025, 3, 3, 16), at(2025, 3, 3, 20))
        self.assertEqual(self.calendar.deadline(received, 0, [pause]), at(2025, 3, 4, 8, 30))
        # into Tuesday 10:00: the hour left after it, 11:00
        pause = (at(2025, 3, 3, 16), at(2025, 3, 4, 10))
        self.assertEqual(self.calendar.deadline(received, 0, [pause]), at(2025, 3, 4, 11))
        # a pause before the receipt changes nothing
        pause = (at(2025, 3, 3, 8), at(2025, 3, 3, 8, 30))
        self.assertEqual(self.calendar.deadline(received, 0, [pause]), at(2025, 3, 3))
        # deemed on Tuesday (after the cut-off): the whole of Tuesday, 2 h of it paused
        pause = (at(2025, 3, 4, 15), at(2025, 3, 4, 20))
        self.assertEqual(self.calendar.deadline(at(2025, 3, 3, 16), 0, [pause]),
                         at(2025, 3, 5, 9, 30))

    def test_zero_days_without_cutoff_after_the_close(self):
        calendar = WorkingCalendar(cutoff=None)
        # Mon 03/03/2025 20:00: no working time left on Monday: the close of Tuesday (was Mon
        # 17:00, before the receipt); 17:00 sharp too
        self.assertEqual(calendar.deadline(at(2025, 3, 3, 20), 0), at(2025, 3, 4))
        self.assertEqual(calendar.deadline(at(2025, 3, 3, 17), 0), at(2025, 3, 4))
        # 16:59 still has a minute on Monday
        self.assertEqual(calendar.deadline(at(2025, 3, 3, 16, 59), 0), at(2025, 3, 3))

    def test_pause_begun_before_a_restart(self):
        # Mon 03/03/2025 09:00, 3 days; the clock restarts Tue 04/03 10:00 (counting from Wed,
        # due Fri 07/03 17:00 without pauses). A pause from Tue 09:00 to Wed 11:30: its part
        # after the restart counts, Wed 07:30-11:30 = 4 h -> Mon 10/03 11:30 (was Fri 17:00)
        pauses = [(at(2025, 3, 4, 9), at(2025, 3, 5, 11, 30))]
        self.assertEqual(self.calendar.deadline(at(2025, 3, 3, 9), 3, pauses,
                                                restart_at=at(2025, 3, 4, 10)),
                         at(2025, 3, 10, 11, 30))
        # ended before the restart: nothing
        pauses = [(at(2025, 3, 5, 8), at(2025, 3, 5, 9))]
        self.assertEqual(self.calendar.deadline(at(2025, 3, 3, 9), 3, pauses,
                                                restart_at=at(2025, 3, 5, 9)),
                         at(2025, 3, 10))
        # still open: no due moment
        self.assertIsNone(self.calendar.deadline(at(2025, 3, 3, 9), 3, [(at(2025, 3, 4, 9), None)],
                                                 restart_at=at(2025, 3, 4, 10)))

    def test_restart(self):
        # Mon 03/03/2025 09:00, 2 days, due Wed 05/03; a supplement from Tue 10:00 to Thu
        # 06/03 14:00 restarts the clock: counted from Fri 07/03 (1), Mon 10/03 (2); the
        # supplement itself is before the restart and counts no more
        supplement = [(at(2025, 3, 4, 10), at(2025, 3, 6, 14))]
        self.assertEqual(self.calendar.deadline(at(2025, 3, 3, 9), 2, supplement,
                                                restart_at=at(2025, 3, 6, 14)), at(2025, 3, 10))
        # without the restart the pause adds its working time: Tue 10:00-Thu 14:00 = 5.5 h +
        # 8 h + 5 h = 18.5 h after Wed 05/03 17:00: Thu, Fri, Mon 10/03 07:30 + 2.5 h
        self.assertEqual(self.calendar.deadline(at(2025, 3, 3, 9), 2, supplement),
                         at(2025, 3, 10, 10))
        # a restart after the cut-off counts from the next working day but one: Thu 06/03
        # 16:00 -> deemed Fri 07/03, Mon 10/03 (1), Tue 11/03 (2)
        self.assertEqual(self.calendar.deadline(at(2025, 3, 3, 9), 2, supplement,
                                                restart_at=at(2025, 3, 6, 16)), at(2025, 3, 11))

    def test_add_working_days_with_a_decimal(self):
        # Mon 03/03/2025 09:00 + 1.5 days = 12 h: 6.5 h on Monday, Tue 07:30 + 5.5 h = 14:30
        self.assertEqual(self.calendar.add_working_days(at(2025, 3, 3, 9), Decimal('1.5')),
                         at(2025, 3, 4, 14, 30))
        self.assertEqual(self.calendar.add_working_days(at(2025, 3, 3, 9), Fraction(3, 2)),
                         at(2025, 3, 4, 14, 30))

    def test_seconds_in_pause_bounds(self):
        # Mon 03/03/2025 09:00, 3 days (Thu 06/03 17:00); a pause of 30 s on Tuesday
        self.assertEqual(self.calendar.deadline(at(2025, 3, 3, 9), 3,
                                                [(at(2025, 3, 4, 13), at(2025, 3, 4, 13, 0, 30))]),
                         at(2025, 3, 7, 7, 30, 30))
        # and of 1 min 1 s
        self.assertEqual(self.calendar.deadline(at(2025, 3, 3, 9), 3,
                                                [(at(2025, 3, 4, 13, 0, 59),
                                                  at(2025, 3, 4, 13, 2))]),
                         at(2025, 3, 7, 7, 31, 1))


class TestAddWorkingDays(unittest.TestCase):
    """A step's due moment from its hand-over: no next-day rule, no cut-off."""

    def setUp(self):
        super().setUp()
        self.add = WorkingCalendar(DAYS_OFF, SWAPPED_SATURDAYS).add_working_days

    def test_whole_and_half_days(self):
        # Mon 03/03/2025 09:00 + 1 day: the same hour on Tuesday
        self.assertEqual(self.add(at(2025, 3, 3, 9), 1), at(2025, 3, 4, 9))
        # Fri 07/03 16:00 + 0.5 day (4 h): 1 h on Friday, Mon 10/03 07:30 + 3 h
        self.assertEqual(self.add(at(2025, 3, 7, 16), 0.5), at(2025, 3, 10, 10, 30))
        # from 16:00 (after the cut-off, which does not apply): + 1 day = Tue 16:00
        self.assertEqual(self.add(at(2025, 3, 3, 16), 1), at(2025, 3, 4, 16))
        # the close stays the close: Mon 17:00 + 1 day = Tue 17:00, not Wed 07:30
        self.assertEqual(self.add(at(2025, 3, 3, 17), 1), at(2025, 3, 4, 17))

    def test_across_holidays_and_a_swapped_saturday(self):
        # Fri 25/04/2025 09:00 + 1 day: the swapped Saturday 26/04, 09:00
        self.assertEqual(self.add(at(2025, 4, 25, 9), 1), at(2025, 4, 26, 9))
        # Tue 29/04/2025 10:00 + 2 days: 30/04 to 04/05 off; Mon 05/05 (1), Tue 06/05 10:00 (2)
        self.assertEqual(self.add(at(2025, 4, 29, 10), 2), at(2025, 5, 6, 10))
        # from a day off: Sat 08/03/2025 + 1 day = the close of Mon 10/03
        self.assertEqual(self.add(at(2025, 3, 8, 10), 1), at(2025, 3, 10))

    def test_zero_days_is_the_close_of_the_working_day(self):
        self.assertEqual(self.add(at(2025, 3, 3, 9), 0), at(2025, 3, 3))
        self.assertEqual(self.add(at(2025, 3, 3, 18), 0), at(2025, 3, 4))
        self.assertEqual(self.add(at(2025, 3, 8, 9), 0), at(2025, 3, 10))
        self.assertEqual(self.add(at(2025, 3, 3, 9), Decimal('0')), at(2025, 3, 3))

    def test_zero_days_with_other_working_hours(self):
        # one interval, 08:00-14:00: the close is 14:00
        add = WorkingCalendar(intervals=((time(8), time(14)),)).add_working_days
        self.assertEqual(add(at(2025, 3, 3, 9), 0), at(2025, 3, 3, 14))
        # three intervals: the close of the last one
        add = WorkingCalendar(intervals=((time(7), time(9)), (time(10), time(12)),
                                         (time(13), time(16)))).add_working_days
        self.assertEqual(add(at(2025, 3, 3, 9), 0), at(2025, 3, 3, 16))

    def test_negative(self):
        with self.assertRaisesRegex(ValueError, 'negative'):
            self.add(at(2025, 3, 3, 9), -1)


class TestCutoffReading(unittest.TestCase):
    """A receipt after the cut-off (or on a day off) counts for the next working day, which is
    not counted (art. 147, the default) or is the first day counted."""

    def setUp(self):
        super().setUp()
        self.not_counted = WorkingCalendar(DAYS_OFF, SWAPPED_SATURDAYS)
        self.counted = WorkingCalendar(DAYS_OFF, SWAPPED_SATURDAYS, deemed_day_counted=True)

    def both(self, received, stages):
        return (self.not_counted.due(received, stages), self.counted.due(received, stages))

    def test_after_the_cutoff(self):
        # Fri 07/03/2025 15:30, 2 days: deemed Mon 10/03; Tue (1) Wed (2) / Mon (1) Tue (2)
        self.assertEqual(self.both(at(2025, 3, 7, 15, 30), [(2, 'working_day')]),
                         (at(2025, 3, 12), at(2025, 3, 11)))
        # half a day: Tue 11:30 / Mon 11:30
        self.assertEqual(self.both(at(2025, 3, 7, 15, 30), [(0.5, 'working_day')]),
                         (at(2025, 3, 11, 11, 30), at(2025, 3, 10, 11, 30)))

    def test_before_the_cutoff_both_readings_agree(self):
        # Fri 07/03/2025 14:30, 2 days: Mon (1), Tue (2)
        self.assertEqual(self.both(at(2025, 3, 7, 14, 30), [(2, 'working_day')]),
                         (at(2025, 3, 11), at(2025, 3, 11)))

    def test_on_a_day_off(self):
        # Sat 08/03/2025, 1 day: deemed Mon 10/03; Tue 11/03 / Mon 10/03
        self.assertEqual(self.both(at(2025, 3, 8, 10), [(1, 'working_day')]),
                         (at(2025, 3, 11), at(2025, 3, 10)))
        # Tue 29/04/2025 16:00, 1 day: deemed Mon 05/05 (holidays); Tue 06/05 / Mon 05/05
        self.assertEqual(self.both(at(2025, 4, 29, 16), [(1, 'working_day')]),
                         (at(2025, 5, 6), at(2025, 5, 5)))

    def test_zero_days(self):
        # the close of the deemed day either way: Mon 16:00 -> Tue 04/03
        self.assertEqual(self.both(at(2025, 3, 3, 16), [(0, 'working_day')]),
                         (at(2025, 3, 4), at(2025, 3, 4)))

    def test_calendar_days(self):
        # Mon 03/03/2025 15:30, 10 days: deemed Tue 04/03; 04/03 + 10 = Fri 14/03 / Thu 13/03
        self.assertEqual(self.both(at(2025, 3, 3, 15, 30), [(10, 'day')]),
                         (at(2025, 3, 14), at(2025, 3, 13)))

    def test_cutoff_disabled(self):
        calendar = WorkingCalendar(cutoff=None, deemed_day_counted=True)
        # Mon 03/03/2025 16:00 is received on Monday, not counted: Tue 04/03
        self.assertEqual(calendar.deadline(at(2025, 3, 3, 16), 1), at(2025, 3, 4))


class TestCalendarDays(unittest.TestCase):
    """Times published in days ("45 ngày"): every day counts; an end on a day not worked moves
    to the close of the next working day."""

    def setUp(self):
        super().setUp()
        self.calendar = WorkingCalendar(DAYS_OFF, SWAPPED_SATURDAYS)

    def due(self, received, days, pauses=()):
        return self.calendar.due(received, [(days, 'day')], pauses)

    def test_45_days_ending_on_a_sunday(self):
        # Thu 06/03/2025 09:00: 06/03 + 25 = 31/03, + 20 = Sun 20/04 -> Mon 21/04 17:00
        self.assertEqual(self.due(at(2025, 3, 6, 9), 45), at(2025, 4, 21))
        # one day earlier ends on Saturday 19/04 -> Mon 21/04 as well; one later on Mon 21/04
        self.assertEqual(self.due(at(2025, 3, 5, 9), 45), at(2025, 4, 21))
        self.assertEqual(self.due(at(2025, 3, 7, 9), 45), at(2025, 4, 21))
        # two days earlier: Fri 18/04, worked
        self.assertEqual(self.due(at(2025, 3, 4, 9), 45), at(2025, 4, 18))

    def test_45_days_ending_on_a_sunday_before_a_holiday(self):
        # Thu 20/02/2025 10:00: 20/02 + 8 = 28/02, + 37 = Sun 06/04; Mon 07/04 is Hùng Kings'
        # day: Tue 08/04 17:00
        self.assertEqual(self.due(at(2025, 2, 20, 10), 45), at(2025, 4, 8))

    def test_holidays_count_as_days(self):
        # Thu 23/01/2025 10:00, 10 days: 24/01 to 02/02, the last day of Tết (a Sunday):
        # Mon 03/02 17:00 (in working days it would be Thu 13/02)
        self.assertEqual(self.due(at(2025, 1, 23, 10), 10), at(2025, 2, 3))
        # Mon 21/04/2025 09:00, 9 days: Wed 30/04, off with 01/05, 02/05 and the weekend:
        # Mon 05/05
        self.assertEqual(self.due(at(2025, 4, 21, 9), 9), at(2025, 5, 5))

    def test_ending_on_a_swapped_saturday(self):
        # Wed 16/04/2025 09:00, 10 days: Sat 26/04, worked in exchange for 02/05: 26/04 17:00
        self.assertEqual(self.due(at(2025, 4, 16, 9), 10), at(2025, 4, 26))

    def test_receipt_after_the_cutoff_and_on_a_day_off(self):
        # Thu 06/03/2025 15:30: deemed Fri 07/03, + 45 = Mon 21/04
        self.assertEqual(self.due(at(2025, 3, 6, 15, 30), 45), at(2025, 4, 21))
        # Sat 08/03/2025 10:00, 10 days: deemed Mon 10/03, + 10 = Thu 20/03
        self.assertEqual(self.due(at(2025, 3, 8, 10), 10), at(2025, 3, 20))
        # Mon 03/03/2025 15:00 sharp is before it: + 10 = Thu 13/03
        self.assertEqual(self.due(at(2025, 3, 3, 15), 10), at(2025, 3, 13))

    def test_zero_and_fractions(self):
        # 0 days: the close of the (deemed) day of receipt, as in working days
        self.assertEqual(self.due(at(2025, 3, 3, 9), 0), at(2025, 3, 3))
        self.assertEqual(self.due(at(2025, 3, 8, 9), 0), at(2025, 3, 10))
        # half a day is half of the day's working hours: Tue 04/03 11:30
        self.assertEqual(self.due(at(2025, 3, 3, 9), 0.5), at(2025, 3, 4, 11, 30))
        # 4.5 days from Mon: Fri 07/03 17:00 + 4 h = Sat 08/03 11:30: moved to Mon 10/03 17:00
        self.assertEqual(self.due(at(2025, 3, 3, 9), 4.5), at(2025, 3, 10))

    def test_pauses(self):
        # Mon 03/03/2025 09:00, 10 days: Thu 13/03 17:00 without pauses
        received = at(2025, 3, 3, 9)
        # a pause on a weekend counts in calendar days: Sat 08/03 08:00 to Sun 09/03 18:00 is
        # 7.5 h + 8 h = 1 day 7.5 h of the days' hours: Fri 14/03 17:00 + 7.5 h = Sat 15/03
        # 16:30, moved to the close of Mon 17/03
        self.assertEqual(self.due(received, 10, [(at(2025, 3, 8, 8), at(2025, 3, 9, 18))]),
                         at(2025, 3, 17))
        # a pause of 2 h on Tuesday: Fri 14/03 07:30 + 2 h
        self.assertEqual(self.due(received, 10, [(at(2025, 3, 4, 9), at(2025, 3, 4, 11))]),
                         at(2025, 3, 14, 9, 30))
        # a pause after the end: nothing
        self.assertEqual(self.due(received, 10, [(at(2025, 3, 14, 9), at(2025, 3, 14, 11))]),
                         at(2025, 3, 13))
        self.assertIsNone(self.due(received, 10, [(at(2025, 3, 4, 9), None)]))

    def test_pause_on_the_working_day_the_end_moves_to(self):
        # Thu 06/03/2025 09:00, 45 days: Sun 20/04 -> Mon 21/04 17:00; a pause on Mon 21/04
        # from 15:00 to Tue 22/04 09:30 pushes it by 2 h + 2 h: Tue 22/04 11:30
        self.assertEqual(self.due(at(2025, 3, 6, 9), 45,
                                  [(at(2025, 4, 21, 15), at(2025, 4, 22, 9, 30))]),
                         at(2025, 4, 22, 11, 30))


class TestStages(unittest.TestCase):

    def setUp(self):
        super().setUp()
        self.calendar = WorkingCalendar(DAYS_OFF, SWAPPED_SATURDAYS)

    def test_45_then_30_days(self):
        # Mon 03/03/2025 09:00: 03/03 + 28 = 31/03, + 30 = 30/04, + 17 = Sat 17/05 (75 days)
        # -> Mon 19/05 17:00
        due = self.calendar.due(at(2025, 3, 3, 9), [(45, 'day'), (30, 'day')])
        self.assertEqual(due, at(2025, 5, 19))
        self.assertEqual(self.calendar.due(at(2025, 3, 3, 9), [(75, 'day')]), due)

    def test_a_stage_ending_on_a_sunday_is_not_moved(self):
        # Thu 06/03/2025: stage 1 ends Sun 20/04 (only the final end moves), + 30 = Tue 20/05
        self.assertEqual(self.calendar.due(at(2025, 3, 6, 9), [(45, 'day'), (30, 'day')]),
                         at(2025, 5, 20))

    def test_working_day_stages_add_up(self):
        # Mon 03/03/2025 09:00, 10 + 5 working days = 15: Tue 04/03 to Mon 24/03
        stages = [(10, 'working_day'), (5, 'working_day')]
        self.assertEqual(self.calendar.due(at(2025, 3, 3, 9), stages), at(2025, 3, 24))
        self.assertEqual(self.calendar.deadline(at(2025, 3, 3, 9), 15), at(2025, 3, 24))

    def test_mixed_stages(self):
        # Mon 03/03/2025 09:00: 5 working days to Mon 10/03 17:00, then 10 days from Tue 11/03:
        # Thu 20/03 17:00
        self.assertEqual(self.calendar.due(at(2025, 3, 3, 9), [(5, 'working_day'), (10, 'day')]),
                         at(2025, 3, 20))
        # 10 days to Thu 13/03, then 3 working days: Fri 14 (1), Mon 17 (2), Tue 18/03 (3)
        self.assertEqual(self.calendar.due(at(2025, 3, 3, 9), [(10, 'day'), (3, 'working_day')]),
                         at(2025, 3, 18))
        # 45 days to Sun 20/04 (not moved), then 1 working day: Mon 21/04
        self.assertEqual(self.calendar.due(at(2025, 3, 6, 9), [(45, 'day'), (1, 'working_day')]),
                         at(2025, 4, 21))
        # 1 working day to Tue 04/03 17:00, then 4 hours: Wed 05/03 11:30
        self.assertEqual(self.calendar.due(at(2025, 3, 3, 9), [(1, 'working_day'), (4, 'hour')]),
                         at(2025, 3, 5, 11, 30))
        # an "at receipt" stage after another adds nothing
        stages = [(1, 'working_day'), (0, 'at_receipt')]
        self.assertEqual(self.calendar.due(at(2025, 3, 3, 9), stages), at(2025, 3, 4))
        # 0 days as a second stage adds nothing either
        self.assertEqual(self.calendar.due(at(2025, 3, 3, 9), [(1, 'working_day'), (0, 'day')]),
                         at(2025, 3, 4))
        # and the stages after them still count: 1 + 1 working days, Wed 05/03
        for nothing in ((0, 'at_receipt'), (0, 'day'), (0, 'hour')):
            stages = [(1, 'working_day'), nothing, (1, 'working_day')]
            self.assertEqual(self.calendar.due(at(2025, 3, 3, 9), stages), at(2025, 3, 5))

    def test_pause_across_the_stages(self):
        # 10 + 5 working days from Mon 03/03/2025 09:00 (Mon 24/03); a pause from Fri 14/03
        # 16:00 (stage 1 ends that day) to Mon 17/03 08:30 adds 2 h: Tue 25/03 09:30
        pauses = [(at(2025, 3, 14, 16), at(2025, 3, 17, 8, 30))]
        stages = [(10, 'working_day'), (5, 'working_day')]
        self.assertEqual(self.calendar.due(at(2025, 3, 3, 9), stages, pauses),
                         at(2025, 3, 25, 9, 30))

    def test_invalid(self):
        with self.assertRaises(ValueError) as raised:
            self.calendar.due(at(2025, 3, 3, 9), [])
        self.assertEqual(str(raised.exception), 'A processing time needs at least one stage.')
        with self.assertRaises(ValueError) as raised:
            self.calendar.due(at(2025, 3, 3, 9), [(1, 'fortnight')])
        self.assertEqual(str(raised.exception), "Unknown unit of time 'fortnight': one of "
                                                "working_day, day, hour, at_receipt.")
        with self.assertRaisesRegex(ValueError, 'negative'):
            self.calendar.due(at(2025, 3, 3, 9), [(-1, 'day')])
        with self.assertRaisesRegex(ValueError, 'hours cannot be negative'):
            self.calendar.due(at(2025, 3, 3, 9), [(-1, 'hour')])
        with self.assertRaisesRegex(ValueError, 'days cannot be negative'):
            self.calendar.due(at(2025, 3, 3, 9), [(1, 'day'), (-1, 'working_day')])


class TestHoursAndAtReceipt(unittest.TestCase):

    def setUp(self):
        super().setUp()
        self.calendar = WorkingCalendar(DAYS_OFF, SWAPPED_SATURDAYS)

    def test_hours_from_the_receipt(self):
        due = self.calendar.due
        # Mon 03/03/2025 16:00 (the cut-off does not apply), 4 h: 1 h Monday, Tue 07:30 + 3 h
        self.assertEqual(due(at(2025, 3, 3, 16), [(4, 'hour')]), at(2025, 3, 4, 10, 30))
        # Sat 08/03/2025: from Mon 10/03 07:30
        self.assertEqual(due(at(2025, 3, 8, 10), [(4, 'hour')]), at(2025, 3, 10, 11, 30))
        # Mon 09:00, 8 h: Tue 09:00; a pause from 10:00 to 11:00 adds 1 h
        self.assertEqual(due(at(2025, 3, 3, 9), [(8, 'hour')]), at(2025, 3, 4, 9))
        self.assertEqual(due(at(2025, 3, 3, 9), [(8, 'hour')],
                             [(at(2025, 3, 3, 10), at(2025, 3, 3, 11))]), at(2025, 3, 4, 10))
        # 0 hours: at once, or the next working moment
        self.assertEqual(due(at(2025, 3, 3, 9, 10), [(0, 'hour')]), at(2025, 3, 3, 9, 10))
        self.assertEqual(due(at(2025, 3, 3, 6), [(0, 'hour')]), at(2025, 3, 3, 7, 30))

    def test_at_receipt(self):
        due = self.calendar.due
        # within the working day of receipt: its close, Mon 03/03/2025 17:00
        self.assertEqual(due(at(2025, 3, 3, 9), [(0, 'at_receipt')]), at(2025, 3, 3))
        # after the cut-off still the same day (no cut-off for a result given at receipt)
        self.assertEqual(due(at(2025, 3, 3, 16), [(0, 'at_receipt')]), at(2025, 3, 3))
        # after the close, or on a day off: the close of the next working day
        self.assertEqual(due(at(2025, 3, 3, 19), [(0, 'at_receipt')]), at(2025, 3, 4))
        self.assertEqual(due(at(2025, 3, 8, 9), [(0, 'at_receipt')]), at(2025, 3, 10))
        # on the holidays of 30/04/2025: Mon 05/05; on the swapped Saturday: that Saturday
        self.assertEqual(due(at(2025, 4, 30, 9), [(0, 'at_receipt')]), at(2025, 5, 5))
        self.assertEqual(due(at(2025, 4, 26, 9), [(0, 'at_receipt')]), at(2025, 4, 26))
        # the amount is ignored
        self.assertEqual(due(at(2025, 3, 3, 9), [(3, 'at_receipt')]), at(2025, 3, 3))
        # a pause from Mon 10:00 to Tue 14:00 with 5.5 h left: 3 h Tuesday, Wed 07:30 + 2.5 h
        self.assertEqual(due(at(2025, 3, 3, 9), [(0, 'at_receipt')],
                             [(at(2025, 3, 3, 10), at(2025, 3, 4, 14))]), at(2025, 3, 5, 10))


class TestOneProcedure(unittest.TestCase):
    """Issue 16's cases, on 2025's calendar: one procedure published with 25 working days
    online (or by post) and 35 in person, received on Thu 27/03/2025 at 10:00."""

    def setUp(self):
        super().setUp()
        self.calendar = WorkingCalendar(DAYS_OFF, SWAPPED_SATURDAYS)
        self.received = at(2025, 3, 27, 10)

    def test_25_working_days_online(self):
        # Fri 28/03 (1), 31/03-04/04 (2-6), Mon 07/04 Hùng Kings off, 08-11/04 (7-10),
        # 14-18/04 (11-15), 21-25/04 (16-20), Sat 26/04 worked (21), Mon 28/04 (22),
        # Tue 29/04 (23), 30/04-04/05 off, Mon 05/05 (24), Tue 06/05 (25)
        self.assertEqual(self.calendar.due(self.received, [(25, 'working_day')]),
                         at(2025, 5, 6))

    def test_35_working_days_in_person(self):
        # ... Tue 06/05 (25), 07-09/05 (26-28), 12-16/05 (29-33), Mon 19/05 (34), Tue 20/05 (35)
        self.assertEqual(self.calendar.due(self.received, [(35, 'working_day')]),
                         at(2025, 5, 20))

    def test_after_the_cutoff(self):
        # at 15:30 it counts for Fri 28/03: one working day later, Wed 07/05; with the other
        # reading of the cut-off Friday is counted: Tue 06/05 again
        received = at(2025, 3, 27, 15, 30)
        self.assertEqual(self.calendar.due(received, [(25, 'working_day')]), at(2025, 5, 7))
        counted = WorkingCalendar(DAYS_OFF, SWAPPED_SATURDAYS, deemed_day_counted=True)
        self.assertEqual(counted.due(received, [(25, 'working_day')]), at(2025, 5, 6))
