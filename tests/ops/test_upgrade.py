# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Upgrades keep data: a database built with demo data and a little work by the previous
release (PREVIOUS, checked out with `git worktree add`), upgraded to the working tree with `-u`
on every addon, loses or changes no dossier, step, pause, internal procedure (nor its steps),
finding, focal assignment or attachment (nor its file), and every due date stays identical.
Any difference is reported record by record: table, id, column, before and after."""
import datetime
import hashlib
import os
import re
import shutil
import subprocess
import tempfile

import psycopg2
import pytest

from .conftest import ROOT, LOGDIR, drop_database, port

# The last release that landed on main before this test was written: update it at each release
# (the database of the previous release must upgrade to the working tree).
PREVIOUS = '2eafaaa'
ADDONS = ['tthc_catalog', 'tthc_dossier', 'tthc_inspection', 'tthc_training']
# table -> rows compared (SQL condition)
KEPT = {
    'tthc_dossier': 'TRUE',
    'tthc_dossier_step': 'TRUE',
    'tthc_dossier_pause': 'TRUE',
    'tthc_internal_procedure': 'TRUE',
    'tthc_internal_procedure_step': 'TRUE',
    'tthc_inspection_finding': 'TRUE',
    'tthc_focal_assignment': 'TRUE',
    'ir_attachment': "res_model LIKE 'tthc.%%'",
}
# Bookkeeping an update may touch without changing the record's meaning.
IGNORED_COLUMNS = {'write_date', 'write_uid'}
# column -> why an upgrade may change it (none so far: add one only with its migration's reason)
MAY_CHANGE = {}
WORK_MARKER = 'Hồ sơ trước nâng cấp'
# Work done on the previous release beyond its demo data: a reception with an attachment, a
# hand-over, a supplement request (a pause), through the ORM as the desk officer.
WORK = '''
import base64
desk = env['res.users'].search([('login', '=', 'motcua.officer')])
Dossier = env['tthc.dossier'].sudo(desk.id).with_context(lang='vi_VN', tz='Asia/Ho_Chi_Minh')
sample = env['tthc.dossier'].search([('state', 'in', ('received', 'processing')),
                                      ('agency_id', 'in', desk.tthc_agency_ids.ids)], limit=1)
dossier = Dossier.create({'procedure_id': sample.procedure_id.id, 'agency_id': sample.agency_id.id,
                          'channel': 'direct', 'applicant_name': %(marker)r,
                          'applicant_phone': '0912345678'})
env['ir.attachment'].create({'name': 'don-de-nghi.txt', 'datas_fname': 'don-de-nghi.txt',
                             'res_model': 'tthc.dossier', 'res_id': dossier.id,
                             'datas': base64.b64encode('Đơn đề nghị — %(marker)s'.encode())})
dossier.action_next_step()
env.cr.commit()
'''


def odoo(tree, *args, data_dir, log):
    env = dict(os.environ, TTHC_VENV=os.path.join(ROOT, '.venv'))
    return subprocess.run(
        [os.path.join(tree, 'bin', 'odoo'), '-c', 'config/test.conf',
         '--data-dir=%s' % data_dir, '--http-port=%d' % port(50),
         '--longpolling-port=%d' % port(51), '--log-level=warn', '--logfile=%s' % log]
        + list(args), cwd=tree, env=env, capture_output=True, text=True, timeout=3600)


def snapshot(db, data_dir):
    conn = psycopg2.connect(dbname=db)
    cr = conn.cursor()
    tables = {}
    for table, where in KEPT.items():
        cr.execute('SELECT * FROM "%s" WHERE %s ORDER BY id' % (table, where))
        columns = [column.name for column in cr.description]
        tables[table] = {row[columns.index('id')]: dict(zip(columns, row))
                         for row in cr.fetchall()}
    files = {}
    for attachment in tables['ir_attachment'].values():
        if attachment.get('store_fname'):
            path = os.path.join(data_dir, 'filestore', db, attachment['store_fname'])
            files[attachment['id']] = hashlib.sha256(open(path, 'rb').read()).hexdigest() \
                if os.path.exists(path) else 'MISSING'
    cr.execute("SELECT name, latest_version FROM ir_module_module WHERE name IN %s",
               [tuple(ADDONS)])
    versions = dict(cr.fetchall())
    conn.close()
    return tables, files, versions


def differences(before, after):
    """Every lost record, every changed value and every removed column, one line each."""
    lines = []
    for table, rows in before.items():
        new_rows = after[table]
        for record_id in sorted(set(rows) - set(new_rows)):
            lines.append('%s id=%s: lost' % (table, record_id))
        for record_id in sorted(set(rows) & set(new_rows)):
            old, new = rows[record_id], new_rows[record_id]
            for column in sorted(old):
                if column in IGNORED_COLUMNS or column in MAY_CHANGE:
                    continue
                if column not in new:
                    if old[column] is not None:
                        lines.append('%s id=%s %s: column removed (was %r)' % (
                            table, record_id, column, old[column]))
                elif new[column] != old[column]:
                    lines.append('%s id=%s %s: %r -> %r' % (
                        table, record_id, column, old[column], new[column]))
    return lines


@pytest.fixture(scope='module')
def previous_tree():
    folder = tempfile.mkdtemp(prefix='tthc-previous-')
    tree = os.path.join(folder, 'tree')
    subprocess.run(['git', '-C', ROOT, 'worktree', 'add', '--detach', tree, PREVIOUS],
                   check=True, capture_output=True)
    try:
        yield tree
    finally:
        subprocess.run(['git', '-C', ROOT, 'worktree', 'remove', '--force', tree],
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def test_previous_release_upgrades_keeping_every_record(previous_tree, test_database,
                                                        tmp_path):
    db = test_database + '_upgrade'
    data_dir = str(tmp_path / 'data')
    log = os.path.join(LOGDIR, 'test-ops-upgrade.log')
    if os.path.exists(log):
        os.unlink(log)
    drop_database(db)
    try:
        # 1. the previous release: dependencies and Vietnamese, the four addons with demo data
        deps = subprocess.run([os.path.join(ROOT, '.venv', 'bin', 'python'),
                               'scripts/addon_deps.py', 'addons', ','.join(ADDONS)],
                              cwd=previous_tree, capture_output=True, text=True,
                              check=True).stdout.strip()
        for args in (['-i', deps, '--load-language=vi_VN'], ['-i', ','.join(ADDONS)]):
            result = odoo(previous_tree, '-d', db, '--stop-after-init', *args,
                          data_dir=data_dir, log=log)
            assert result.returncode == 0, 'building on %s failed (log: %s)' % (PREVIOUS, log)
        result = subprocess.run(
            [os.path.join(previous_tree, 'bin', 'odoo'), 'shell', '-c', 'config/test.conf',
             '-d', db, '--data-dir=%s' % data_dir, '--log-level=warn', '--logfile=%s' % log],
            cwd=previous_tree, input=WORK % {'marker': WORK_MARKER}, capture_output=True,
            text=True, timeout=600,
            env=dict(os.environ, TTHC_VENV=os.path.join(ROOT, '.venv')))
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
        before, files_before, versions_before = snapshot(db, data_dir)
        assert any(row['applicant_name'] == WORK_MARKER
                   for row in before['tthc_dossier'].values()), 'the work was not recorded'
        for table in KEPT:
            assert before[table], '%s: nothing to compare on %s' % (table, PREVIOUS)

        # 2. the working tree: the dependencies it added installed first (Odoo 11's -u does
        # not install a new dependency: the addon would be left out), then -u on every addon
        deps = subprocess.run([os.path.join(ROOT, '.venv', 'bin', 'python'),
                               'scripts/addon_deps.py', 'addons', ','.join(ADDONS)],
                              cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        result = odoo(ROOT, '-d', db, '-i', deps, '--stop-after-init', data_dir=data_dir,
                      log=log)
        assert result.returncode == 0, 'installing the new dependencies failed (log: %s)' % log
        with open(log, 'a') as handle:
            handle.write('=== upgrade to the working tree (%s)\n' % datetime.datetime.now())
        result = odoo(ROOT, '-d', db, '-u', ','.join(ADDONS), '--stop-after-init',
                      data_dir=data_dir, log=log)
        errors = [line for line in open(log, encoding='utf-8', errors='replace')
                  .read().split('=== upgrade to the working tree')[-1].splitlines()
                  if re.search(r' (ERROR|CRITICAL) ', line)]
        assert result.returncode == 0 and not errors, \
            'the upgrade from %s failed (log: %s):\n%s' % (PREVIOUS, log, '\n'.join(errors[:20]))

        # 3. nothing lost or changed
        after, files_after, versions = snapshot(db, data_dir)
        lines = differences(before, after)
        lost_files = ['attachment id=%s: file %s -> %s' % (key, value, files_after.get(key))
                      for key, value in sorted(files_before.items())
                      if files_after.get(key) != value]
        report = lines + lost_files
        assert not report, '%d difference(s) after upgrading from %s:\n%s' % (
            len(report), PREVIOUS, '\n'.join(report[:200]))
        due = [(table, record_id) for table in ('tthc_dossier', 'tthc_dossier_step')
               for record_id, row in before[table].items()
               if after[table][record_id].get('due_at') != row.get('due_at')]
        assert not due
        # the new versions are recorded
        for addon in ADDONS:
            manifest = open(os.path.join(ROOT, 'addons', addon, '__manifest__.py')).read()
            version = re.search(r"'version': '([^']+)'", manifest).group(1)
            assert versions[addon] == version, (addon, versions[addon], version)
    finally:
        drop_database(db)
