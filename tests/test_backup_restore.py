# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""`make backup` and `make restore` (scripts/backup.py): the demo database and its filestore
backed up together, restored into a new database and compared with the original table by table
(rows and a checksum of their content) and file by file; a damaged backup and a database in
use are refused."""
import hashlib
import os
import subprocess

import psycopg2
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPT = os.path.join(ROOT, 'scripts', 'backup.sh')
DATA = os.path.join(ROOT, 'var', 'test-data', 'filestore')


def run(*args):
    env = dict(os.environ, TTHC_CONF='config/test.conf')
    return subprocess.run([SCRIPT] + list(args), env=env, capture_output=True, text=True,
                          timeout=900)


def drop(name):
    conn = psycopg2.connect(dbname='postgres')
    conn.autocommit = True
    conn.cursor().execute('DROP DATABASE IF EXISTS "%s"' % name)
    conn.close()
    subprocess.run(['rm', '-rf', os.path.join(DATA, name)], check=True)


def table_fingerprints(db):
    """Every table of the database: its row count and an MD5 of its rows in a fixed order."""
    conn = psycopg2.connect(dbname=db)
    cr = conn.cursor()
    cr.execute("""SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY relname""")
    result = {}
    for (table,) in cr.fetchall():
        cr.execute('SELECT count(*), md5(coalesce(string_agg(t::text, \'|\' ORDER BY t::text), '
                   '\'\')) FROM "%s" t' % table)
        result[table] = cr.fetchone()
    cr.execute('SELECT DISTINCT store_fname FROM ir_attachment WHERE store_fname IS NOT NULL')
    files = sorted(row[0] for row in cr.fetchall())
    conn.close()
    return result, files


def file_fingerprints(db, files):
    fingerprints = {}
    for fname in files:
        path = os.path.join(DATA, db, fname)
        fingerprints[fname] = hashlib.sha256(open(path, 'rb').read()).hexdigest() \
            if os.path.exists(path) else None
    return fingerprints


@pytest.fixture(scope='module')
def backup_file(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp('backups')
    db = request.config.getoption('--odoo-database')
    result = run('backup', '--db', db, '--dir', str(folder))
    assert result.returncode == 0, result.stderr
    path = result.stdout.strip().splitlines()[-1]
    return db, path


def test_backup_is_named_with_date_and_release_and_has_a_checksum(backup_file):
    db, path = backup_file
    name = os.path.basename(path)
    assert name.startswith(db + '_') and name.endswith('.tar')
    # <db>_<YYYY-MM-DD_HHMMSS>_<version of the suite>-<git commit>.tar
    assert '_11.0.' in name
    check = subprocess.run(['sha256sum', '-c', name + '.sha256'], cwd=os.path.dirname(path),
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


@pytest.fixture(scope='module')
def restored(backup_file):
    db, path = backup_file
    target = db + '_restored'
    drop(target)
    result = run('restore', path, '--db', target)
    assert result.returncode == 0, result.stderr
    yield target
    drop(target)


def test_restore_into_a_new_database_equals_the_original(backup_file, restored):
    db, _path = backup_file
    original, original_files = table_fingerprints(db)
    copy, restored_files = table_fingerprints(restored)
    suite = [table for table in original if table.startswith('tthc_')]
    assert len(suite) > 30 and original['tthc_dossier'][0] > 0
    differing = sorted(table for table in set(original) | set(copy)
                       if original.get(table) != copy.get(table))
    assert not differing, differing
    assert original_files and original_files == restored_files
    assert file_fingerprints(db, original_files) == file_fingerprints(restored,
                                                                      restored_files)
    # every file the original has is restored (a file already missing from the original's
    # filestore is reported by the backup, not invented)
    assert any(file_fingerprints(restored, restored_files).values())


def test_a_damaged_backup_is_refused(backup_file, tmp_path):
    _db, path = backup_file
    damaged = tmp_path / os.path.basename(path)
    data = bytearray(open(path, 'rb').read())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    (tmp_path / (damaged.name + '.sha256')).write_text(open(path + '.sha256').read())
    target = 'tthc_restore_damaged_%d' % os.getpid()
    result = run('restore', str(damaged), '--db', target)
    assert result.returncode == 3
    assert 'checksum' in result.stderr
    conn = psycopg2.connect(dbname='postgres')
    cr = conn.cursor()
    cr.execute('SELECT count(*) FROM pg_database WHERE datname LIKE %s', [target + '%'])
    assert cr.fetchone()[0] == 0
    conn.close()
    # and without its checksum file, it is not restored either
    os.unlink(str(tmp_path / (damaged.name + '.sha256')))
    assert run('restore', str(damaged), '--db', target).returncode == 3


def test_a_database_in_use_is_not_replaced_without_force(backup_file, restored):
    _db, path = backup_file
    session = psycopg2.connect(dbname=restored)
    session.cursor().execute("UPDATE res_partner SET comment = 'changed after the backup' "
                             "WHERE id = 1")
    session.commit()
    result = run('restore', path, '--db', restored)
    assert result.returncode == 3
    assert 'in use' in result.stderr and '--force' in result.stderr
    session.cursor().execute('SELECT 1')  # untouched, still connected
    result = run('restore', path, '--db', restored, '--force')
    assert result.returncode == 0, result.stderr
    assert session.closed or _is_dead(session)
    conn = psycopg2.connect(dbname=restored)
    cr = conn.cursor()
    cr.execute('SELECT comment FROM res_partner WHERE id = 1')
    assert cr.fetchone()[0] != 'changed after the backup'
    conn.close()
    kept = [line for line in result.stderr.splitlines() if 'kept as' in line]
    assert kept
    drop(kept[0].split('kept as ')[1].split()[0])


def _is_dead(connection):
    try:
        connection.cursor().execute('SELECT 1')
    except psycopg2.Error:
        return True
    return False
