# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Turnover of the main focal officer of one agency, per calendar year.

Definitions (printed on every turnover report):

* A **change** in year Y is a main assignment that ended in Y (its last day ``date_to`` falls
  in Y) and that was followed by another main assignment of the same agency starting after
  it. An officer who left without a recorded successor is not (yet) a change: the post is
  vacant, not rotated.
* The **average tenure** is the mean length, in calendar days with both ends counted, of the
  main assignments that ended in Y. None when none ended.
* The **average number of posts** is the share of the year's days on which the post was
  filled (one main officer at a time, so between 0 and 1 for one agency; summed over
  agencies for a province total).
* The **turnover rate** is changes ÷ average number of posts × 100, cut to 2 decimals by the
  same rule as every other rate of the suite (truncation by default). It exceeds 100% when the
  post changed hands more than once in the year. None when the post was never filled.
"""
import datetime
from collections import namedtuple
from decimal import Decimal
from fractions import Fraction

from odoo.addons.tthc_catalog.engine.rates import RULES

Period = namedtuple('Period', 'date_from date_to')


def year_bounds(year, as_of=None):
    """First and last day of ``year``, the last day cut at ``as_of`` for the current year."""
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if as_of and as_of < last:
        last = as_of
    return first, last


def changes(periods, year):
    """Main assignments ended in ``year`` and followed by another one (see module doc)."""
    count = 0
    for period in periods:
        if period.date_to and period.date_to.year == year and any(
                other.date_from > period.date_to for other in periods if other is not period):
            count += 1
    return count


def average_tenure_days(periods, year):
    """Mean length in days of the main assignments that ended in ``year``; None if none."""
    lengths = [(period.date_to - period.date_from).days + 1 for period in periods
               if period.date_to and period.date_to.year == year]
    if not lengths:
        return None
    return float(Fraction(sum(lengths), len(lengths)))


def average_posts(periods, year, as_of=None):
    """Share of the days of ``year`` (up to ``as_of``) covered by an assignment, exact."""
    first, last = year_bounds(year, as_of)
    if last < first:
        return Fraction(0)
    covered = 0
    for period in periods:
        start = max(period.date_from, first)
        end = min(period.date_to or last, last)
        if end >= start:
            covered += (end - start).days + 1
    return Fraction(covered, (last - first).days + 1)


def turnover_rate(change_count, posts, digits=2, rule='truncate'):
    """``change_count`` ÷ ``posts`` in percent, cut like the suite's other rates; None
    without any post filled."""
    if change_count < 0 or posts < 0:
        raise ValueError("turnover needs non-negative figures (got %s, %s)"
                         % (change_count, posts))
    if not posts:
        return None
    exact = Fraction(change_count) * 100 / Fraction(posts)
    value = Decimal(exact.numerator) / Decimal(exact.denominator)
    return float(value.quantize(Decimal(1).scaleb(-digits), rounding=RULES[rule]))


def yearly_turnover(periods, year, as_of=None, rule='truncate'):
    """Every figure of one agency for one year, as a dict."""
    change_count = changes(periods, year)
    posts = average_posts(periods, year, as_of)
    return {
        'changes': change_count,
        'average_tenure_days': average_tenure_days(periods, year),
        'average_posts': posts,
        'turnover_rate': turnover_rate(change_count, posts, rule=rule),
    }
