# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Print, comma-separated, the addons that the given suite addons depend on (transitively
within the suite folder), excluding the suite's own: what to install before them."""
import ast
import os
import sys


def manifest(folder, name):
    path = os.path.join(folder, name, '__manifest__.py')
    if not os.path.exists(path):
        return None
    with open(path) as handle:
        return ast.literal_eval(handle.read())


def main(folder, names):
    suite, outside, todo = set(), set(), list(names)
    while todo:
        name = todo.pop()
        if name in suite or name in outside:
            continue
        data = manifest(folder, name)
        if data is None:
            outside.add(name)
        else:
            suite.add(name)
            todo.extend(data.get('depends', []))
    print(','.join(sorted(outside)) or 'base')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2].split(','))
