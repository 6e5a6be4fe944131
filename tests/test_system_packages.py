# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""`make test` and `make run` check the system packages before anything else: installed when the
user is root (or has sudo), otherwise one line with the command to run, and out, before any
test (issue 18: never a test run that fails for a missing program)."""
import os
import shutil
import subprocess
import time

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ABSENT = 'tthc-absent-package'


def run_as_nobody(target, packages):
    env = {'PATH': '/usr/local/bin:/usr/bin:/bin', 'HOME': '/nonexistent', 'LANG': 'C.UTF-8',
           'TTHC_SYSTEM_PACKAGES': packages}
    began = time.time()
    result = subprocess.run([shutil.which('runuser'), '-u', 'nobody', '--', 'make',
                             '--no-print-directory', '-C', ROOT, target], env=env,
                            capture_output=True, text=True, timeout=120)
    return result, time.time() - began


@pytest.mark.skipif(os.getuid() != 0 or not shutil.which('runuser'),
                    reason='needs root to run the check as another user')
@pytest.mark.parametrize('target', ['test', 'run', 'test-ops'])
def test_a_user_without_root_gets_one_line_and_no_test(target):
    result, elapsed = run_as_nobody(target, 'postgresql %s' % ABSENT)
    assert result.returncode != 0
    ours = [line for line in result.stderr.splitlines() if line.startswith('[tthc]')]
    assert len(ours) == 1, result.stderr
    assert ABSENT in ours[0] and 'postgresql ' not in ours[0].split(':', 1)[1].split(';')[0]
    assert 'sudo %s/scripts/system-packages.sh' % ROOT in ours[0]
    # stopped before anything else: no bootstrap, no database, no Odoo, no pytest
    assert not result.stdout.strip(), result.stdout
    assert elapsed < 30


def test_nothing_missing_passes_silently():
    result = subprocess.run([os.path.join(ROOT, 'scripts', 'system-packages.sh'), '--check',
                             'test'], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert not result.stdout


def test_ci_runs_the_readme_commands():
    script = open(os.path.join(ROOT, '.ci', 'run')).read()
    commands = [line.strip() for line in script.splitlines()
                if line.strip() and not line.lstrip().startswith('#')]
    assert 'make test' in commands and 'make test-ops' in commands
    assert 'system-packages' not in script
    readme = open(os.path.join(ROOT, 'README.md')).read()
    assert 'make test-ops' in readme
