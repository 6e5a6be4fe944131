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


class WorkingCalendar(object):
    """Working days and hours of an administration, and the deadlines computed on them.

    :param holidays: dates off (public holidays, observed days, bridge days off); a date off
        that falls on a weekend changes nothing but may be listed
    :param working_days: Saturdays or Sundays worked in exchange for a bridge day off
    :param intervals: working hours of a day, as increasing, non-overlapping (start, end) times;
        a working day of a duration is their total (8 hours by default)
    :param cutoff: a dossier received after this time is deemed received on the next working
        day; None for no cut-off
    """

    def __init__(self, holidays=(), working_days=(), intervals=DEFAULT_INTERVALS,
                 cutoff=DEFAULT_CUTOFF):
        self.intervals = tuple(intervals)
        self.cutoff = cutoff
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
        cut-off or on a day not worked is deemed made on the next working day. With 0 days the
        due moment is the close of the (deemed) day of receipt.

        ``pauses`` are (start, end) moments during which the clock stops (supplement
        requested...): their working time after counting started pushes the due moment, and
        overlapping pauses count once. Returns None while a pause is open (end None).

        ``restart_at``: where sector law restarts the clock from a completed supplement, the
        moment it restarts from; counting starts there as from a receipt, and only the pauses
        from then on count.
        """
        if restart_at is not None:
            received_at = restart_at
            pauses = [(start, end) for start, end in pauses if start >= restart_at]
        budget = _seconds(days, self.day_seconds, 'days')
        stops = []
        for start, end in pauses:
            if end is None:
                return None
            if end < start:
                raise ValueError("A pause cannot end (%s) before it starts (%s)." % (end, start))
            stops.append((self._position(start), self._position(end)))
        received = received_at.toordinal()
        if not self._is_working(received) or (
                self.cutoff is not None and received_at.time() > self.cutoff):
            received = self._next_working(received)
        # the close of the day of receipt: the start of the next working day on the axis
        position = self._rank(received + 1) * self.day_seconds
        for start, end in sorted(stops):
            if end <= position:
                continue  # before counting started, or inside a pause already counted
            if start - position >= budget:
                break  # the clock runs out before this pause starts
            budget -= max(start - position, 0)
            position = end
        return self._moment(position + budget)

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
        moment = self.add_working_hours(start, days * self.hours_per_day)
        if not days:
            moment = datetime.combine(moment.date(), self.intervals[-1][1])
        return moment

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

    def _position(self, moment):
        """Working seconds from the origin of the axis up to ``moment``."""
        ordinal = moment.toordinal()
        position = self._rank(ordinal) * self.day_seconds
        if not self._is_working(ordinal):
            return position
        clock = _clock(moment)
        for start, end, before in self._spans:
            if clock < end:
                return position + before + max(clock - start, 0)
        return position + self.day_seconds

    def _moment(self, position):
        """The earliest moment at ``position``: the end of an interval (11:30, 17:00) rather
        than the start of the next one, which is the same position."""
        rank, offset = divmod(position - 1, self.day_seconds)
        offset += 1  # 1 to day_seconds: a whole day ends at the close, not the next morning
        day = datetime.fromordinal(self._nth(rank))
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
