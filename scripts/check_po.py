# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Every translation file of the addons reads with Odoo's own reader (a malformed entry stops
the installation of its addon), and every entry has its module and its msgstr. Run by the lint
step."""
import glob
import os
import sys

from odoo.tools.translate import PoFile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def check(path):
    with open(path, 'rb') as handle:
        try:
            for _entry in PoFile(handle):
                pass
        except Exception as error:  # Odoo raises a bare Exception on a malformed line
            return [str(error)]
    problems = []
    with open(path, encoding='utf-8') as handle:
        lines = handle.read().split('\n')
    for number, line in enumerate(lines, 1):
        if not line.startswith('msgid '):
            continue
        following = number  # the index of the line after the msgid
        while following < len(lines) and lines[following].startswith('"'):
            following += 1
        if following == len(lines) or not lines[following].startswith(('msgstr', 'msgid_plural')):
            problems.append('line %d: msgid without msgstr' % number)
        start = number - 1
        while start > 0 and lines[start - 1].strip():
            start -= 1
        # Odoo files every term under its module: an entry without one is never loaded
        if line != 'msgid ""' and not any(comment.startswith('#. module:')
                                          for comment in lines[start:number - 1]):
            problems.append('line %d: entry without its "#. module:" line' % number)
    return problems


def main():
    failed = 0
    for path in sorted(glob.glob(os.path.join(ROOT, 'addons', '*', 'i18n', '*.po*'))):
        for problem in check(path):
            failed += 1
            sys.stdout.write('%s: %s\n' % (os.path.relpath(path, ROOT), problem))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
