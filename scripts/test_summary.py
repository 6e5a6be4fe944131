# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Add up Odoo's unittest results (read from its log) and pytest's (JUnit XML), print the
closing line "N passed, N failed[, N skipped]", and exit non-zero when anything failed, the
Odoo log holds an ERROR or CRITICAL line, or no test ran at all. The lint step's checks (JUnit
XML of scripts/lint.sh) count among the tests; a missing lint result counts as a failure."""
import argparse
import re
import sys
import xml.etree.ElementTree as ElementTree

RAN = re.compile(r': Ran (\d+) tests? in ')
# unittest's closing details, e.g. "OK" then " (skipped=2)" on a log line of its own
DETAILS = re.compile(r': ?\(((?:\w+=\d+(?:, )?)+)\)$')
# logged by Odoo once per module whose tests did not all pass
MODULE_FAILED = re.compile(r'Module (\S+): (\d+) failures, (\d+) errors')
LOG_ERROR = re.compile(r'^\S+ \S+ \d+ (ERROR|CRITICAL) ')


def odoo_counts(path):
    total = failed = skipped = log_errors = 0
    with open(path, encoding='utf-8', errors='replace') as log:
        for line in log:
            line = line.rstrip('\n')
            if LOG_ERROR.match(line):
                log_errors += 1
            match = RAN.search(line)
            if match:
                total += int(match.group(1))
                continue
            match = MODULE_FAILED.search(line)
            if match:
                failed += int(match.group(2)) + int(match.group(3))
                continue
            match = DETAILS.search(line)
            if match:
                details = dict(part.strip().split('=') for part in match.group(1).split(','))
                skipped += int(details.get('skipped', 0))
    return total, failed, skipped, log_errors


def pytest_counts(path):
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return 0, 0, 0
    suites = [root] if root.tag == 'testsuite' else root.findall('testsuite')
    total = sum(int(s.get('tests', 0)) for s in suites)
    failed = sum(int(s.get('failures', 0)) + int(s.get('errors', 0)) for s in suites)
    skipped = sum(int(s.get('skipped', 0)) for s in suites)
    return total, failed, skipped


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--odoo-log', required=True)
    parser.add_argument('--odoo-rc', type=int, default=0)
    parser.add_argument('--junit', required=True)
    parser.add_argument('--pytest-rc', type=int, default=0)
    parser.add_argument('--lint-junit', help="the lint step's results (scripts/lint.sh)")
    args = parser.parse_args()

    o_total, o_failed, o_skipped, log_errors = odoo_counts(args.odoo_log)
    p_total, p_failed, p_skipped = pytest_counts(args.junit)
    l_total, l_failed, _l_skipped = pytest_counts(args.lint_junit) if args.lint_junit else (
        0, 0, 0)
    total = o_total + p_total + l_total
    failed = o_failed + p_failed + l_failed
    skipped = o_skipped + p_skipped
    print('Odoo tests: %d run, %d failed, %d skipped; pytest: %d run, %d failed, %d skipped'
          % (o_total, o_failed, o_skipped, p_total, p_failed, p_skipped))
    if args.lint_junit:
        print('lint: %d checks, %d failed' % (l_total, l_failed))

    problems = []
    if log_errors:
        problems.append('%d ERROR/CRITICAL line(s) in %s' % (log_errors, args.odoo_log))
    if args.odoo_rc:
        problems.append('Odoo exited with code %d' % args.odoo_rc)
    if args.pytest_rc not in (0, 5) or (args.pytest_rc == 0 and p_failed):
        problems.append('pytest exited with code %d' % args.pytest_rc)
    if not total:
        problems.append('no test ran')
    if args.lint_junit and not l_total:
        problems.append('the lint step left no result in %s' % args.lint_junit)
    if problems and not failed:
        # the run failed outside any counted test: count it as one failed check
        failed = 1
    for problem in problems:
        print('problem: ' + problem)
    passed = total - failed - skipped if total >= failed + skipped else 0
    line = '%d passed, %d failed' % (passed, failed)
    if skipped:
        line += ', %d skipped' % skipped
    print(line)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
