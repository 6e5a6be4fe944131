# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The score of a mutmut run (its cache in the current directory): killed, survived, and the
survivors listed in equivalent.txt as equivalent (the same behaviour as the original), each
with its reason. Prints every other survivor's diff; exit code 1 when there is one.

equivalent.txt: blocks separated by a blank line; a block is the file, the original line and
the mutated line (stripped, as ``mutmut show`` prints them) and then the reason, one per line:
    addons/tthc_catalog/engine/deadline.py
    - budget -= max(start - position, 0)
    + budget -= max(start - position, 1)
    why it behaves the same...
"""
import sqlite3
import subprocess
import sys


def read_equivalents(path):
    equivalents = {}
    with open(path) as listing:
        blocks = listing.read().split('\n\n')
    for block in blocks:
        lines = [line for line in block.strip().splitlines() if not line.startswith('#')]
        if len(lines) >= 4:
            equivalents[(lines[0].strip(), lines[1].strip(), lines[2].strip())] = ' '.join(
                line.strip() for line in lines[3:])
    return equivalents


def diff(mutmut, ident):
    """(file, '- original', '+ mutated') of a mutant."""
    shown = subprocess.run([mutmut, 'show', str(ident)], capture_output=True, text=True).stdout
    path, removed, added = '', [], []
    for line in shown.splitlines():
        if line.startswith('--- '):
            path = line[4:].strip()
        elif line.startswith('-') and not line.startswith('---'):
            removed.append('- ' + line[1:].strip())
        elif line.startswith('+') and not line.startswith('+++'):
            added.append('+ ' + line[1:].strip())
    return path, ' / '.join(removed), ' / '.join(added), shown


def main(mutmut, equivalent_path, seconds):
    equivalents = read_equivalents(equivalent_path)
    cache = sqlite3.connect('.mutmut-cache')
    rows = cache.execute("""SELECT m.id, m.status, f.filename FROM mutant m
                              JOIN line l ON l.id = m.line JOIN sourcefile f ON f.id = l.sourcefile
                             ORDER BY m.id""").fetchall()
    counts, per_file, gaps, equivalent = {}, {}, [], []
    for ident, status, filename in rows:
        counts[status] = counts.get(status, 0) + 1
        per_file.setdefault(filename, {}).setdefault(status, 0)
        per_file[filename][status] += 1
        # (suspicious: killed, but the tests took longer than usual; a timeout is a mutant
        # looping for ever, which the tests cannot end: counted apart)
        if status in ('bad_survived', 'untested'):
            path, removed, added, shown = diff(mutmut, ident)
            reason = equivalents.get((path, removed, added))
            if reason and status == 'bad_survived':
                equivalent.append((ident, path, removed, added, reason))
            else:
                gaps.append((ident, status, shown))
    total = len(rows)
    killed = counts.get('ok_killed', 0) + counts.get('ok_suspicious', 0)
    print('mutants: %d; killed %d, timed out (killed: endless loops) %d, survived %d '
          '(%d equivalent, %d real), not run %d; %s s' % (
              total, killed, counts.get('bad_timeout', 0), counts.get('bad_survived', 0),
              len(equivalent), len([g for g in gaps if g[1] == 'bad_survived']),
              counts.get('untested', 0), seconds))
    for filename, statuses in sorted(per_file.items()):
        print('  %s: %d mutants, %d killed, %d timed out, %d survived' % (
            filename, sum(statuses.values()),
            statuses.get('ok_killed', 0) + statuses.get('ok_suspicious', 0),
            statuses.get('bad_timeout', 0), statuses.get('bad_survived', 0)))
    for ident, path, removed, added, reason in equivalent:
        print('equivalent #%s %s\n    %s\n    %s\n    %s' % (ident, path, removed, added, reason))
    for ident, status, shown in gaps:
        print('%s #%s\n%s' % (status, ident, shown))
    return 1 if gaps else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
