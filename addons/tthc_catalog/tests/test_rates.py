# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import unittest

from ..engine.rates import percentage


class TestRates(unittest.TestCase):

    def test_source_article_figures(self):
        # Sở TN&MT Lạng Sơn, 2022: 8,263 dossiers resolved, 8,037 early or on time
        # (97.2649…%), 226 late (2.7350…%); the article prints 97.26% and 2.73%: truncation
        self.assertEqual(percentage(8037, 8263), 97.26)
        self.assertEqual(percentage(226, 8263), 2.73)
        self.assertEqual(percentage(8037, 8263, rule='half_up'), 97.26)
        self.assertEqual(percentage(226, 8263, rule='half_up'), 2.74)

    def test_province_coverage(self):
        self.assertEqual(percentage(1572, 1572), 100.0)
        self.assertEqual(percentage(1572, 1781, digits=1), 88.2)

    def test_no_denominator(self):
        self.assertIsNone(percentage(0, 0))

    def test_invalid(self):
        for part, whole in ((-1, 5), (6, 5), (1, -1)):
            with self.assertRaises(ValueError):
                percentage(part, whole)
