# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Property-based tests (hypothesis) of the deadline engine's calendar days, staged times,
hours, "at receipt" and both readings of the cut-off, on Vietnam's calendar of 2025-2026
(the working-day properties are in test_properties.py). Pure Python: no database."""
from datetime import datetime, time, timedelta

from hypothesis import given, settings, strategies as st

from odoo.addons.tthc_catalog.engine.deadline import WorkingCalendar
from odoo.addons.tthc_catalog.engine.vn_calendar import vietnam_year

DAYS = [day for year in (2025, 2026) for day in vietnam_year(year)]
HOLIDAYS = [d for d, _n, kind in DAYS if kind == 'holiday']
WORKING_DAYS = [d for d, _n, kind in DAYS if kind == 'working_day']
CALENDAR = WorkingCalendar(holidays=HOLIDAYS, working_days=WORKING_DAYS)
COUNTED = WorkingCalendar(holidays=HOLIDAYS, working_days=WORKING_DAYS, deemed_day_counted=True)
NO_CUTOFF = WorkingCalendar(holidays=HOLIDAYS, working_days=WORKING_DAYS, cutoff=None)
CLOSE = CALENDAR.intervals[-1][1]
calendars = st.sampled_from([CALENDAR, COUNTED, NO_CUTOFF])
moments = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2026, 9, 30))
days = st.integers(min_value=0, max_value=90)
halves = st.integers(min_value=0, max_value=120).map(lambda count: count / 2)
stages = st.lists(st.one_of(st.tuples(halves, st.sampled_from(['working_day', 'day'])),
                            st.tuples(st.integers(0, 40), st.just('hour')),
                            st.tuples(st.just(0), st.just('at_receipt'))),
                  min_size=1, max_size=3)
pause_lists = st.lists(st.tuples(moments, st.integers(0, 20 * 24 * 3600)), max_size=4).map(
    lambda raw: [(start, start + timedelta(seconds=length)) for start, length in raw])


def deemed_day(calendar, received):
    day = received.date()
    if not calendar.is_working_day(day) or (calendar.cutoff is not None
                                            and received.time() > calendar.cutoff):
        return calendar.next_working_day(day), True
    return day, False


def in_working_time(calendar, moment):
    return calendar.is_working_day(moment.date()) and any(
        start <= moment.time() <= end for start, end in calendar.intervals)


@settings(max_examples=400, deadline=None)
@given(calendars, moments, days)
def test_calendar_days_end_on_the_first_working_day_from_the_nth_day(calendar, received, count):
    due = calendar.due(received, [(count, 'day')])
    assert due > received and due.time() == CLOSE and calendar.is_working_day(due.date())
    deemed, moved = deemed_day(calendar, received)
    if not count:
        # the close of the deemed day, or of the next one when none of it is left (no cut-off)
        if deemed == received.date() and received.time() >= CLOSE:
            deemed = calendar.next_working_day(deemed)
        assert due.date() == deemed
        return
    # the count's last day: deemed day + count (or - 1 when the moved day is counted) ...
    last = deemed + timedelta(days=count - (moved and calendar.deemed_day_counted))
    # ... or the first working day after it when it is not worked
    assert due.date() >= last
    assert due.date() == last or due.date() == calendar.next_working_day(last)
    day = last
    while day < due.date():
        assert not calendar.is_working_day(day)
        day += timedelta(days=1)


@settings(max_examples=300, deadline=None)
@given(moments, days, days)
def test_calendar_days_monotonic_and_never_shorter_than_working_days(received, count, more):
    longer = CALENDAR.due(received, [(count + more, 'day')])
    assert CALENDAR.due(received, [(count, 'day')]) <= longer
    # every working day is a day: a time in days never ends after the same in working days
    assert CALENDAR.due(received, [(count, 'day')]) <= CALENDAR.deadline(received, count)


@settings(max_examples=300, deadline=None)
@given(moments, days, days)
def test_stages_of_days_add_up_before_the_end_moves(received, first, second):
    # only the final end moves to a working day: 45 + 30 days are 75 days
    assert (CALENDAR.due(received, [(first, 'day'), (second, 'day')])
            == CALENDAR.due(received, [(first + second, 'day')]) or not second)
    assert (CALENDAR.due(received, [(first, 'working_day'), (second, 'working_day')])
            == CALENDAR.deadline(received, first + second))


@settings(max_examples=400, deadline=None)
@given(calendars, moments, stages, pause_lists)
def test_any_time_pauses_only_push_and_never_end_inside_a_pause(
        calendar, received, stages, pauses):
    plain = calendar.due(received, stages)
    paused = calendar.due(received, stages, pauses)
    assert plain >= received and in_working_time(calendar, plain)
    assert paused >= plain and in_working_time(calendar, paused)
    # overlapping pauses count once: repeating them changes nothing
    assert calendar.due(received, stages, pauses + pauses) == paused
    # the clock is stopped during a pause: a due moment is never strictly inside one that
    # started after counting started
    for start, end in pauses:
        assert not (start < paused < end and start >= received), (start, end, paused)


@settings(max_examples=300, deadline=None)
@given(moments, halves)
def test_both_readings_of_the_cutoff(received, count):
    # the readings differ only for a receipt moved to the next working day, and then by
    # exactly one working day
    _deemed, moved = deemed_day(CALENDAR, received)
    usual, other = CALENDAR.deadline(received, count), COUNTED.deadline(received, count)
    if not moved or not count:
        assert usual == other
    else:
        assert abs(CALENDAR.working_hours_between(other, usual) - 8) < 1e-9


@settings(max_examples=300, deadline=None)
@given(moments, st.lists(st.tuples(moments, st.integers(0, 5 * 24 * 3600)), max_size=3),
       moments, halves)
def test_restart_counts_from_the_restart(received, raw_pauses, restart, count):
    # the pauses' parts before a restart never count: clipping them changes nothing
    pauses = [(start, start + timedelta(seconds=length)) for start, length in raw_pauses]
    clipped = [(max(start, restart), end) for start, end in pauses if end > restart]
    assert (CALENDAR.deadline(received, count, pauses, restart_at=restart)
            == CALENDAR.deadline(restart, count, clipped))


@settings(max_examples=300, deadline=None)
@given(moments, halves)
def test_add_working_days_is_working_time_later(start, count):
    due = CALENDAR.add_working_days(start, count)
    assert due >= start and in_working_time(CALENDAR, due)
    if count:
        assert abs(CALENDAR.working_hours_between(start, due) - count * 8) < 1e-9
    else:
        assert due.time() == time(17) and not CALENDAR.working_hours_between(start, due) < 0
