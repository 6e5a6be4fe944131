# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import datetime
import unittest

from ..engine.coverage import coverage, is_trained

D = datetime.date


class TestCoverageEngine(unittest.TestCase):

    def test_window_of_twelve_months(self):
        officers = {'e1': [D(2025, 6, 15)], 'e2': [D(2024, 12, 1)], 'e3': []}
        self.assertEqual(coverage(officers, D(2026, 3, 31), 12), (1, 3, 33.33))
        self.assertEqual(coverage(officers, D(2026, 3, 31), 24), (2, 3, 66.66))

    def test_window_bounds(self):
        # the window is (31/03/2025, 31/03/2026]: a later training does not count yet
        self.assertFalse(is_trained([D(2025, 3, 31)], D(2026, 3, 31), 12))
        self.assertTrue(is_trained([D(2025, 4, 1)], D(2026, 3, 31), 12))
        self.assertFalse(is_trained([D(2026, 4, 1)], D(2026, 3, 31), 12))

    def test_no_officer(self):
        self.assertEqual(coverage({}, D(2026, 1, 1), 12), (0, 0, None))
