# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import datetime
import unittest
from fractions import Fraction

from ..engine.turnover import Period, average_posts, average_tenure_days, changes, \
    turnover_rate, yearly_turnover


def _day(text):
    return datetime.datetime.strptime(text, '%Y-%m-%d').date()


def _history(*rows):
    return [Period(_day(start), _day(end) if end else None) for start, end in rows]


# Main focal officers of one agency: A hands over to B mid-2020, B leaves at the end of 2020,
# the post stays vacant in January 2021, C serves until March 2023, D since April 2023.
AGENCY_X = _history(('2019-01-01', '2020-06-30'),   # A: 547 days
                    ('2020-07-01', '2020-12-31'),   # B: 184 days
                    ('2021-02-01', '2023-03-31'),   # C: 789 days
                    ('2023-04-01', None))           # D: still in office


class TestTurnoverEngine(unittest.TestCase):

    def test_year_with_two_changes(self):
        self.assertEqual(yearly_turnover(AGENCY_X, 2020), {
            'changes': 2, 'average_tenure_days': 365.5,   # (547 + 184) / 2
            'average_posts': Fraction(1), 'turnover_rate': 200.0})

    def test_quiet_year(self):
        figures = yearly_turnover(AGENCY_X, 2019)
        self.assertEqual(figures['changes'], 0)
        self.assertIsNone(figures['average_tenure_days'])
        self.assertEqual(figures['turnover_rate'], 0.0)

    def test_vacancy_lowers_the_average_posts(self):
        # January 2021 vacant: 334 of 365 days filled
        self.assertEqual(average_posts(AGENCY_X, 2021), Fraction(334, 365))
        self.assertEqual(changes(AGENCY_X, 2021), 0)

    def test_one_change(self):
        self.assertEqual(yearly_turnover(AGENCY_X, 2023), {
            'changes': 1, 'average_tenure_days': 789.0,
            'average_posts': Fraction(1), 'turnover_rate': 100.0})

    def test_current_year_stops_at_as_of(self):
        self.assertEqual(average_posts(AGENCY_X, 2026, as_of=_day('2026-03-31')), Fraction(1))
        self.assertEqual(average_posts(_history(('2026-03-01', None)), 2026,
                                       as_of=_day('2026-03-31')), Fraction(31, 90))

    def test_rate_over_a_partly_vacant_post(self):
        # F Jan-Mar 2022, vacant Apr-Jun, G from July: 1 change over 274/365 of a post
        # = 133.2116…%, printed 133.21% (truncated)
        history = _history(('2022-01-01', '2022-03-31'), ('2022-07-01', '2022-12-31'))
        self.assertEqual(yearly_turnover(history, 2022)['turnover_rate'], 133.21)
        # both ended in 2022: (90 + 184) / 2
        self.assertEqual(average_tenure_days(history, 2022), 137.0)

    def test_departure_without_successor_is_no_change(self):
        history = _history(('2024-01-01', '2025-05-31'))
        figures = yearly_turnover(history, 2025)
        self.assertEqual(figures['changes'], 0)
        self.assertEqual(figures['average_tenure_days'], 517.0)
        self.assertEqual(figures['average_posts'], Fraction(151, 365))

    def test_rate_rounding_and_limits(self):
        self.assertEqual(turnover_rate(1, Fraction(3, 1)), 33.33)
        self.assertEqual(turnover_rate(2, Fraction(3, 1)), 66.66)
        self.assertEqual(turnover_rate(2, Fraction(3, 1), rule='half_up'), 66.67)
        self.assertIsNone(turnover_rate(0, Fraction(0)))
        with self.assertRaises(ValueError):
            turnover_rate(-1, Fraction(1))
