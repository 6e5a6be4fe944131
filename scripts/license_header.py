# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Check (or, with --fix, add) the licence header every Python file of the suite starts with,
after a ``#!`` line if any. Files given on the command line, or every tracked ``*.py``."""
import subprocess
import sys

HEADER = ("# Copyright 2026 TTHC suite developers\n"
          "# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).\n")


def has_header(text):
    lines = text.splitlines(keepends=True)
    start = 1 if lines and lines[0].startswith('#!') else 0
    return ''.join(lines[start:start + 2]) == HEADER


def add_header(text):
    lines = text.splitlines(keepends=True)
    start = 1 if lines and lines[0].startswith('#!') else 0
    return ''.join(lines[:start]) + HEADER + ''.join(lines[start:])


def main(argv):
    fix = '--fix' in argv
    paths = [arg for arg in argv if arg != '--fix'] or subprocess.check_output(
        ['git', 'ls-files', '*.py'], text=True).split()
    missing = []
    for path in paths:
        with open(path, encoding='utf-8') as source:
            text = source.read()
        if not text.strip() or has_header(text):
            continue
        if fix:
            with open(path, 'w', encoding='utf-8') as source:
                source.write(add_header(text))
        else:
            missing.append(path)
    for path in missing:
        sys.stdout.write('%s:1:1: no licence header (scripts/license_header.py --fix %s)\n'
                         % (path, path))
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
