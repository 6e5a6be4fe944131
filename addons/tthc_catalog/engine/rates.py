# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Percentages as the province's reports state them. The source article truncates
(8,037 / 8,263 = 97.265…% printed 97.26%), so truncation is the default; every report says
which rule and which denominator it used."""
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

RULES = {'truncate': ROUND_DOWN, 'half_up': ROUND_HALF_UP}


def percentage(part, whole, digits=2, rule='truncate'):
    """``part`` of ``whole`` in percent, to ``digits`` decimals by ``rule``; None when
    ``whole`` is 0 (no rate, rather than a made-up 0% or 100%)."""
    if part < 0 or whole < 0 or part > whole:
        raise ValueError("a rate needs 0 <= part <= whole (got %s of %s)" % (part, whole))
    if not whole:
        return None
    exact = Decimal(part) * 100 / Decimal(whole)
    return float(exact.quantize(Decimal(1).scaleb(-digits), rounding=RULES[rule]))
