# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Deadlines of the one-stop mechanism, counted in working time.

A ``WorkingCalendar`` knows which days are worked (Monday to Friday, minus the days off, plus
the Saturdays or Sundays worked in exchange for a bridge day off) and the working hours of a
day. It measures time on a working-time axis: the position of a moment is the number of
working seconds from a fixed origin up to that moment. Adding a duration, stopping the clock
during pauses and measuring remaining time are then integer arithmetic, and the day of a
position is found by bisecting the short list of exceptional days instead of walking day by day.

All datetimes are naive local times (Asia/Ho_Chi_Minh): the caller converts from UTC.
Positions are whole seconds; microseconds are ignored.
"""
from bisect import bisect_left
from datetime import date, datetime, time, timedelta

DEFAULT_INTERVALS = ((time(7, 30), time(11, 30)), (time(13, 0), time(17, 0)))
DEFAULT_CUTOFF = time(15, 0)
# units of a published processing time
WORKING_DAY, DAY, HOUR, AT_RECEIPT = 'working_day', 'day', 'hour', 'at_receipt'
UNITS = (WORKING_DAY, DAY, HOUR, AT_RECEIPT)


def _clock(moment):
    """Seconds since midnight of a time or datetime."""
    return moment.hour * 3600 + moment.minute * 60 + moment.second


def _weekday(ordinal):
    # day 1 (01/01/0001) is a Monday
    return (ordinal - 1) % 7


def _weekdays_before(ordinal):
    """Number of Mondays to Fridays before the day ``ordinal``."""
    weeks, days = divmod(ordinal - 1, 7)
    return 5 * weeks + min(days, 5)


def _first_day_after_weekdays(count):
    """The first day with ``count`` Mondays to Fridays before it (the inverse of the above)."""
    weeks, days = divmod(count - 1, 5)
    return 7 * weeks + days + 2


def _seconds(amount, unit, what):
    """``amount`` days or hours (int, float, Decimal or Fraction) as whole seconds."""
    if amount < 0:
        raise ValueError("The number of %s cannot be negative (got %s)." % (what, amount))
    # exact for int, Decimal and Fraction (0.5 day = 14400 s); rounding to the second absorbs
    # the binary error of a float (2.3 * 28800 = 66240.00000000001)
    return round(amount * unit)


def _identity(ordinal):
    return ordinal


def _run(position, budget, stops):
    """Where a clock started at ``position`` with ``budget`` (> 0) seconds runs out, stopped
    during ``stops`` (sorted (start, end) positions, possibly overlapping)."""
    for start, end in stops:
        if start - position >= budget:
            break  # the clock runs out before this pause starts
        # a pause's part before ``position`` (before counting started, or inside a pause
        # already counted) takes nothing
        budget -= max(start - position, 0)
        position = max(position, end)
    return position + budget


class WorkingCalendar(object):
    """Working days and hours of an administration, and the deadlines computed on them.

    :param holidays: dates off (public holidays, observed days, bridge days off); a date off
        that falls on a weekend changes nothing but may be listed
    :param working_days: Saturdays or Sundays worked in exchange for a bridge day off
    :param intervals: working hours of a day, as increasing, non-overlapping (start, end) times;
        a working day of a duration is their total (8 hours by default)
    :param cutoff: a dossier received after this time is deemed received on the next working
        day; None for no cut-off
    :param deemed_day_counted: how that next working day counts (also for a receipt on a day
        not worked): False, it is the day of receipt and is not counted either (Civil Code
        art. 147: counting starts the day after); True, it is the first day counted
    """

    def __init__(self, holidays=(), working_days=(), intervals=DEFAULT_INTERVALS,
                 cutoff=DEFAULT_CUTOFF, deemed_day_counted=False):
        self.intervals = tuple(intervals)
        self.cutoff = cutoff
        self.deemed_day_counted = deemed_day_counted
        # (start, end, working seconds of the day before start), in seconds since midnight
        self._spans = []
        worked = previous_end = 0
        for start, end in self.intervals:
            start, end = _clock(start), _clock(end)
            if start >= end or start < previous_end:
                raise ValueError(
                    "Working hours must be increasing, non-overlapping intervals (got %s)."
                    % ', '.join('%s-%s' % (a, b) for a, b in self.intervals))
            self._spans.append((start, end, worked))
            worked += end - start
            previous_end = end
        if not worked:
            raise ValueError("A working day needs at least one interval of working hours.")
        self.day_seconds = worked
        self.hours_per_day = worked / 3600.0

        self._off = frozenset(day.toordinal() for day in holidays)
        self._worked = frozenset(day.toordinal() for day in working_days)
        clashes = self._off & self._worked
        if clashes:
            raise ValueError("A day cannot be both off and worked: %s." % ', '.join(
                date.fromordinal(ordinal).isoformat() for ordinal in sorted(clashes)))
        # Only a weekday off and a weekend day worked move the count of working days away from
        # the plain Monday-Friday count; between two of them the count is a closed formula.
        changes = sorted([(ordinal, -1) for ordinal in self._off if _weekday(ordinal) < 5]
                         + [(ordinal, 1) for ordinal in self._worked if _weekday(ordinal) > 4])
        self._changes = [ordinal for ordinal, _delta in changes]
        # _shift[j]: net effect of the first j changes on the count
        self._shift = [0]
        for _ordinal, delta in changes:
            self._shift.append(self._shift[-1] + delta)
        # working days before each change (increasing): the search key of _nth
        self._change_ranks = [_weekdays_before(ordinal) + shift
                              for ordinal, shift in zip(self._changes, self._shift)]

    # Days

    def is_working_day(self, day):
        """Whether ``day`` (a date) is worked."""
        return self._is_working(day.toordinal())

    def next_working_day(self, day):
        """The first working day after ``day`` (a date), ``day`` excluded."""
        return date.fromordinal(self._next_working(day.toordinal()))

    # Deadlines

    def deadline(self, received_at, days, pauses=(), restart_at=None):
        """Due moment of a dossier received at ``received_at`` with ``days`` working days.

        The day of receipt is not counted (Civil Code art. 147): counting starts at the start
        of the next working day and runs ``days`` working days of ``hours_per_day`` hours, so
        whole days end at the close of a day (17:00) and 2.5 days at 11:30. A receipt after the
        cut-off or on a day not worked is deemed made on the next working day (which is not
        counted either, unless ``deemed_day_counted``). With 0 days the due moment is the close
        of the (deemed) day of receipt, and the clock runs from the receipt to that close.

        ``pauses`` are (start, end) moments during which the clock stops (supplement
        requested...): their working time after counting started pushes the due moment, and
        overlapping pauses count once. Returns None while a pause is open (end None).

        ``restart_at``: where sector law restarts the clock from a completed supplement, the
        moment it restarts from; counting starts there as from a receipt, and only the pauses
        from then on count (the part after it of a pause that began before).
        """
        return self.due(received_at, [(days, WORKING_DAY)], pauses, restart_at)

    def due(self, received_at, stages, pauses=(), restart_at=None):
        """Due moment of a processing time published as ``stages``: (amount, unit) pairs
        counted one after the other (45 days, then 30 days), ``unit`` one of
        ``working_day`` (see ``deadline``), ``day`` (calendar days: every day counts; counted
        like working days from the (deemed) day of receipt, and an end on a day not worked
        moves to the close of the next working day), ``hour`` (working hours from the moment
        of receipt, no cut-off) or ``at_receipt`` (within the working day of receipt, without
        cut-off: its close; the amount is ignored). Pauses and ``restart_at`` as in
        ``deadline``; a pause counts on each stage's own scale (the working hours of every day
        for calendar days)."""
        if restart_at is not None:
            # a pause's part before the restart counts no more (an earlier pause: empty)
            received_at = restart_at
            pauses = [(max(start, restart_at), end and max(end, restart_at))
                      for start, end in pauses]
        for start, end in pauses:
            if end is None:
                return None
            if end < start:
                raise ValueError("A pause cannot end (%s) before it starts (%s)." % (end, start))
        stages = list(stages)
        if not stages:
            raise ValueError("A processing time needs at least one stage.")
        work = sorted((self._position(start), self._position(end)) for start, end in pauses)
        cursor = received_at
        for index, (amount, unit) in enumerate(stages):
            if unit not in UNITS:
                raise ValueError("Unknown unit of time %r: one of %s." % (unit, ', '.join(UNITS)))
            if unit == AT_RECEIPT:
                if index == 0:
                    cursor = self._moment(_run(*self._rest_of_day(received_at), stops=work))
                continue  # later: nothing to add
            budget = _seconds(amount, 3600 if unit == HOUR else self.day_seconds,
                              'hours' if unit == HOUR else 'days')
            if index and not budget:
                continue  # a later stage of nothing adds nothing
            if unit == HOUR:
                cursor = (self._moment(_run(self._position(cursor), budget, work)) if budget
                          else self._next_working_moment(cursor))
            elif index == 0 and not budget:
                # 0 days: the clock runs from the receipt to the close of the deemed day
                day, moved = self._deemed_day(received_at)
                if moved:
                    start, budget = self._rank(day) * self.day_seconds, self.day_seconds
                else:
                    start, budget = self._rest_of_day(received_at)
                cursor = self._moment(_run(start, budget, work))
            elif unit == WORKING_DAY:
                start = (self._counting_start(received_at, self._rank) if index == 0
                         else self._position(cursor))
                cursor = self._moment(_run(start, budget, work))
            else:
                start = (self._counting_start(received_at, _identity) if index == 0
                         else self._day_position(cursor))
                every = sorted((self._day_position(start), self._day_position(end))
                               for start, end in pauses)
                cursor = self._day_moment(_run(start, budget, every))
        if not self._is_working(cursor.toordinal()):
            # only calendar days end on a day not worked: the period ends at the close of the
            # next working day, and pauses then push it again
            start = self._position(cursor)
            close = (self._rank(cursor.toordinal()) + 1) * self.day_seconds
            cursor = self._moment(_run(start, close - start, work))
        return cursor

    def _deemed_day(self, received_at):
        """The day (ordinal) a receipt counts for, and whether it was moved there (a receipt
        on a day not worked or after the cut-off counts for the next working day)."""
        received = received_at.toordinal()
        if not self._is_working(received) or (
                self.cutoff is not None and received_at.time() > self.cutoff):
            return self._next_working(received), True
        return received, False

    def _counting_start(self, received_at, rank):
        """Where counting starts on a scale of days (``rank``: days of the scale before a
        day): the close of the deemed day of receipt, or its start when a moved receipt's day
        is counted."""
        day, moved = self._deemed_day(received_at)
        if not (moved and self.deemed_day_counted):
            day += 1
        return rank(day) * self.day_seconds

    def _rest_of_day(self, moment):
        """(position, working seconds) from ``moment`` to the close of its working day; the
        whole next working day when none is left."""
        start = self._position(moment)
        close = (self._rank(moment.toordinal()) + 1) * self.day_seconds
        if self._is_working(moment.toordinal()) and close > start:
            return start, close - start
        return start, self.day_seconds

    def add_working_hours(self, start, hours):
        """The moment ``hours`` working hours after ``start`` (a step deadline counted from a
        hand-over: no next-day rule). A ``start`` outside working hours first moves to the next
        working moment, which is also the result for 0 hours."""
        amount = _seconds(hours, 3600, 'hours')
        if not amount:
            return self._next_working_moment(start)
        return self._moment(self._position(start) + amount)

    def add_working_days(self, start, days):
        """The moment ``days`` working days (fractions: working hours) after ``start``, with
        no next-day rule (a step's due moment from its hand-over); 0 days means within the
        working day: its close."""
        amount = _seconds(days, self.day_seconds, 'days')
        if not amount:
            moment = self._next_working_moment(start)
            return datetime.combine(moment.date(), self.intervals[-1][1])
        return self._moment(self._position(start) + amount)

    def working_hours_between(self, start, end):
        """Working hours from ``start`` to ``end``; negative when ``end`` is earlier (e.g. the
        time left before a due moment already passed)."""
        return (self._position(end) - self._position(start)) / 3600.0

    def classify(self, finished_at, due_at):
        """'early' if finished on a date before the due date, 'on_time' if finished on the
        due date at or before the due moment, 'late' after it; None without a due moment."""
        if due_at is None:
            return None
        if finished_at > due_at:
            return 'late'
        if finished_at.date() < due_at.date():
            return 'early'
        return 'on_time'

    # The working-time axis

    def _is_working(self, ordinal):
        if ordinal in self._worked:
            return True
        return ordinal not in self._off and _weekday(ordinal) < 5

    def _rank(self, ordinal):
        """Number of working days before the day ``ordinal``."""
        return _weekdays_before(ordinal) + self._shift[bisect_left(self._changes, ordinal)]

    def _nth(self, rank):
        """The working day (ordinal) with ``rank`` working days before it."""
        # Find the stretch between two changes where the count reaches rank + 1, then invert
        # the Monday-Friday count there; the day cannot precede the change opening the stretch.
        j = bisect_left(self._change_ranks, rank + 1)
        ordinal = _first_day_after_weekdays(rank + 1 - self._shift[j]) - 1
        return max(ordinal, self._changes[j - 1]) if j else ordinal

    def _next_working(self, ordinal):
        return self._nth(self._rank(ordinal + 1))

    def _offset(self, moment):
        """Working seconds of the day of ``moment`` before it."""
        clock = _clock(moment)
        for start, end, before in self._spans:
            if clock < end:  # (at an interval's end: the same count in this one or the next)
                return before + max(clock - start, 0)
        return self.day_seconds

    def _position(self, moment):
        """Working seconds from the origin of the axis up to ``moment``."""
        ordinal = moment.toordinal()
        position = self._rank(ordinal) * self.day_seconds
        if not self._is_working(ordinal):
            return position
        return position + self._offset(moment)

    def _day_position(self, moment):
        """The same on the axis of calendar days, where every day has its working hours."""
        return moment.toordinal() * self.day_seconds + self._offset(moment)

    def _moment(self, position):
        """The earliest moment at ``position``: the end of an interval (11:30, 17:00) rather
        than the start of the next one, which is the same position."""
        rank, offset = divmod(position - 1, self.day_seconds)
        return self._at(self._nth(rank), offset + 1)

    def _day_moment(self, position):
        """The earliest moment at ``position`` on the axis of calendar days."""
        ordinal, offset = divmod(position - 1, self.day_seconds)
        return self._at(ordinal, offset + 1)

    def _at(self, ordinal, offset):
        """The moment of the day ``ordinal`` with ``offset`` (1 to day_seconds: a whole day
        ends at the close, not the next morning) working seconds before it."""
        day = datetime.fromordinal(ordinal)
        for start, end, before in self._spans:
            if offset <= before + end - start:
                return day + timedelta(seconds=start + offset - before)

    def _next_working_moment(self, moment):
        """``moment`` if within working hours, else the start of the next working interval."""
        ordinal = moment.toordinal()
        if self._is_working(ordinal):
            clock = _clock(moment)
            for start, end, _before in self._spans:
                if clock < end:
                    return max(moment, datetime.fromordinal(ordinal) + timedelta(seconds=start))
        first = datetime.fromordinal(self._next_working(ordinal))
        return first + timedelta(seconds=self._spans[0][0])
