# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Days off and swapped working days of Vietnam, computed by the ``holidays`` package.

The package follows the Labour Code (art. 112 of the 2019 code): New Year's Day, Tết, Hùng
Kings' Commemoration Day (10/3 lunar), 30/4, 1/5, National Day (two days since 2021) and
Vietnam Cultural Day 24/11 (since 2026), with an observed day off when a holiday falls on a
weekend. It also records the bridge days off the Government announces year by year, with the
Saturday worked in exchange. A year whose announcement the package does not know yet has no
bridge day: the generated days are a proposal to check against the Prime Minister's notice.
"""
import holidays

# the package names days off only: the name of a swapped working day is ours
WORKING_DAY_NAMES = {
    'en_US': "Swapped working day",
    'vi': "Ngày làm việc bù",
}


def vietnam_year(year, language='en_US'):
    """Days of ``year`` that break the Monday-Friday rule, as a sorted list of
    ``(date, name, kind)``: kind 'holiday' for a day off, 'working_day' for a Saturday or
    Sunday worked in exchange for a bridge day off. Names are in ``language``, 'en_US' or 'vi'.

    A holiday that falls on a Saturday or Sunday is listed for display, but does not change the
    number of working days: the day off it gives is its observed day, listed as well.
    """
    if language not in WORKING_DAY_NAMES:
        raise ValueError("Unsupported language %r: use one of %s."
                         % (language, ', '.join(sorted(WORKING_DAY_NAMES))))
    first, last = holidays.Vietnam.start_year, holidays.Vietnam.end_year
    if not first <= year <= last:
        raise ValueError("The holidays library computes the Vietnamese calendar from %s to %s "
                         "only, not for %s." % (first, last, year))
    calendar = holidays.country_holidays('VN', years=year, language=language)
    days = [(day, name, 'holiday') for day, name in calendar.items()]
    # weekend_workdays also holds the days of other years that the package loads in any case
    days += [(day, WORKING_DAY_NAMES[language], 'working_day')
             for day in calendar.weekend_workdays if day.year == year]
    return sorted(days)
