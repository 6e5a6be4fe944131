# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Speed and memory of the deadline engine, without Odoo.

Loads ``addons/tthc_catalog/engine/deadline.py`` and ``vn_calendar.py`` by file path, builds the
Vietnamese calendar of 2024-2027 and computes deadlines for random receipt moments (any hour,
weekends included) and durations of 0.5 to 30 working days, a fifth of them with pauses.

    .venv/bin/python benchmarks/bench_deadline.py [--count 200000] [--seed 1]

Target: more than 20,000 deadlines per second on a slow two-core machine.
"""
import argparse
import importlib.util
import os
import random
import resource
import time
import tracemalloc
from datetime import datetime, timedelta

ENGINE = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                      os.pardir, 'addons', 'tthc_catalog', 'engine')
YEARS = range(2024, 2028)


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(ENGINE, name + '.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def vietnam_days(vn_calendar):
    return [row for year in YEARS for row in vn_calendar.vietnam_year(year)]


def build_calendar(deadline, days):
    return deadline.WorkingCalendar(
        holidays=[day for day, _name, kind in days if kind == 'holiday'],
        working_days=[day for day, _name, kind in days if kind == 'working_day'])


def make_cases(count, seed):
    """(received_at, days, pauses) tuples, generated before timing."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1)
    span = int((datetime(2027, 10, 1) - start).total_seconds()) // 60
    cases = []
    for _ in range(count):
        received = start + timedelta(minutes=rng.randrange(span))
        days = rng.randrange(1, 61) / 2.0  # 0.5 to 30 days by half days
        pauses = []
        if rng.random() < 0.2:
            for _pause in range(rng.randint(1, 2)):
                begin = received + timedelta(minutes=rng.randrange(14 * 24 * 60))
                pauses.append((begin, begin + timedelta(minutes=rng.randrange(10 * 24 * 60))))
        cases.append((received, days, pauses))
    return cases


def run(calendar, cases):
    deadline = calendar.deadline
    return [deadline(received, days, pauses) for received, days, pauses in cases]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--count', type=int, default=200000)
    parser.add_argument('--seed', type=int, default=1)
    args = parser.parse_args()

    deadline, vn_calendar = load('deadline'), load('vn_calendar')
    days = vietnam_days(vn_calendar)
    calendar = build_calendar(deadline, days)
    cases = make_cases(args.count, args.seed)
    paused = sum(1 for _received, _days, pauses in cases if pauses)

    began = time.perf_counter()
    results = run(calendar, cases)
    elapsed = time.perf_counter() - began

    # a second run under tracemalloc, which slows Python down, for the memory the engine
    # allocates (the calendar and the result list included)
    tracemalloc.start()
    traced_calendar = build_calendar(deadline, days)
    run(traced_calendar, cases)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print("calendar %d-%d: %d days off, %d swapped working days" % (
        YEARS[0], YEARS[-1], sum(1 for row in days if row[2] == 'holiday'),
        sum(1 for row in days if row[2] == 'working_day')))
    print("deadlines: %d (%d with pauses), first due %s" % (len(results), paused, results[0]))
    print("time: %.3f s" % elapsed)
    print("deadlines per second: %d" % (len(results) / elapsed))
    print("peak memory of the computation (tracemalloc): %.1f MiB" % (peak / 2.0 ** 20))
    # ru_maxrss is in kilobytes on Linux
    print("peak memory of the process (max RSS, the generated cases included): %.1f MiB"
          % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0))


if __name__ == '__main__':
    main()
