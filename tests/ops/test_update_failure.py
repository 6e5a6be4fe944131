# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""`make run` on a database whose addons changed updates it; an update that fails is a bug: the
database is left exactly as it was (every table compared), nothing is served, and the message
says so and names the log (it used to rebuild the demo database under the old name)."""
import os
import shutil
import subprocess

from ..test_backup_restore import table_fingerprints
from .conftest import ROOT, copy_database, drop_database, port

BROKEN_VIEW = '''
    <record id="view_broken_by_the_update_test" model="ir.ui.view">
        <field name="model">tthc.focal.assignment</field>
        <field name="arch" type="xml"><form><field name="no_such_field"/></form></field>
    </record>
</odoo>'''


def test_a_failed_update_leaves_the_database_as_it_was(test_database, tmp_path):
    db = test_database + '_updfail'
    copy_database(test_database, db)
    addons = tmp_path / 'addons'
    shutil.copytree(os.path.join(ROOT, 'addons'), str(addons),
                    ignore=shutil.ignore_patterns('__pycache__'))
    views = addons / 'tthc_training' / 'views' / 'tthc_focal_assignment_views.xml'
    views.write_text(views.read_text().replace('</odoo>', BROKEN_VIEW))
    conf = tmp_path / 'odoo.conf'
    conf.write_text(open(os.path.join(ROOT, 'config', 'test.conf')).read()
                    .replace('addons_path = addons', 'addons_path = %s' % addons)
                    .replace('data_dir = var/test-data', 'data_dir = %s' % (tmp_path / 'data')))
    hash_file = os.path.join(ROOT, 'var', 'addons-%s.hash' % db)
    try:
        before, files_before = table_fingerprints(db)
        result = subprocess.run(
            [os.path.join(ROOT, 'scripts', 'run.sh')], cwd=ROOT, capture_output=True,
            text=True, timeout=1800,
            env=dict(os.environ, TTHC_DB=db, TTHC_CONF=str(conf), TTHC_HTTP_PORT=str(port(55))))
        assert result.returncode != 0
        assert 'this is a bug' in result.stderr and 'left as it was' in result.stderr, \
            result.stderr[-3000:]
        assert 'update-%s.log' % db in result.stderr
        assert 'serving' not in result.stderr
        after, files_after = table_fingerprints(db)
        assert sorted(t for t in before if before[t] != after.get(t)) == []
        assert files_before == files_after
        listing = subprocess.run(['psql', '-X', '-Atc', "SELECT datname FROM pg_database "
                                  "WHERE datname LIKE '%s%%'" % db, 'postgres'],
                                 capture_output=True, text=True, check=True).stdout.split()
        assert listing == [db], 'a copy was left behind: %s' % listing
    finally:
        drop_database(db)
        drop_database(db + '_pre_update')
        if os.path.exists(hash_file):
            os.unlink(hash_file)
