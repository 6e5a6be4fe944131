# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The point-in-time recovery drill of docs/operations.md, on a throwaway cluster set up as the
production compose file sets up its PostgreSQL (wal_level=replica, archive_mode=on, every WAL
segment copied to the archive): a base backup, work, a mistake, then a new cluster from the base
backup replaying the archive up to the moment before the mistake."""
import os
import shutil
import subprocess
import tempfile
import time

import psycopg2
import yaml

from .conftest import PG_BIN, ROOT, port, throwaway_cluster


def archive_settings():
    """The archiving options of the compose file's database service."""
    compose = yaml.safe_load(open(os.path.join(ROOT, 'docker-compose.yml')))
    command = compose['services']['db']['command']
    settings = dict(item.split('=', 1) for item in command if '=' in item)
    return settings


def test_compose_archives_every_wal_segment():
    settings = archive_settings()
    assert settings['wal_level'] == 'replica'
    assert settings['archive_mode'] == 'on'
    assert '%p' in settings['archive_command'] and '%f' in settings['archive_command']
    assert int(settings['archive_timeout'].rstrip('s')) <= 900


def test_point_in_time_recovery_drill():
    directory = tempfile.mkdtemp(prefix='tthc-ops-pitr-')
    archive = os.path.join(directory, 'archive')
    os.makedirs(archive)
    owner_name = os.environ.get('TTHC_PG_OS_USER', 'tthcpg')
    if os.getuid() == 0:
        shutil.chown(archive, user=owner_name)
    # the compose file's command, with the archive folder of this test
    command = archive_settings()['archive_command'].replace('/wal-archive', archive)
    extra = ("-c wal_level=replica -c archive_mode=on -c archive_command='%s'"
             % command.replace("'", "'\\''"))
    try:
        with throwaway_cluster(directory, port(45), extra) as cluster:
            dsn = {'host': cluster['PGHOST'], 'port': cluster['PGPORT'], 'user': 'odoo'}
            conn = psycopg2.connect(dbname='postgres', **dsn)
            conn.autocommit = True
            cr = conn.cursor()
            cr.execute('CREATE DATABASE drill')
            work = psycopg2.connect(dbname='drill', **dsn)
            work.autocommit = True
            wcr = work.cursor()
            wcr.execute('CREATE TABLE tthc_dossier (id serial PRIMARY KEY, code text)')
            wcr.execute("INSERT INTO tthc_dossier (code) VALUES ('before the base backup')")
            base = os.path.join(directory, 'base')
            subprocess.run(cluster['owner'] + [
                PG_BIN + '/pg_basebackup', '-h', cluster['PGHOST'], '-p', cluster['PGPORT'],
                '-U', 'postgres', '-D', base, '-X', 'none', '--checkpoint=fast'],
                check=True, capture_output=True)
            wcr.execute("INSERT INTO tthc_dossier (code) VALUES ('after the base backup')")
            time.sleep(1.1)
            wcr.execute('SELECT now()')
            target = wcr.fetchone()[0]
            time.sleep(1.1)
            wcr.execute('DROP TABLE tthc_dossier')  # the mistake
            # the segment holding the mistake, closed now, must reach the archive
            wcr.execute('SELECT pg_walfile_name(pg_switch_wal())')
            segment = wcr.fetchone()[0]
            work.close()
            for _attempt in range(150):
                cr.execute('SELECT last_archived_wal, last_failed_wal FROM pg_stat_archiver')
                archived, failed = cr.fetchone()
                if archived and archived >= segment:
                    break
                time.sleep(0.2)
            assert not failed, 'archive_command failed on %s' % failed
            conn.close()
        # the drill: a new data folder from the base backup, the archive replayed up to target
        restored = os.path.join(directory, 'base')
        with open(os.path.join(restored, 'postgresql.auto.conf'), 'a') as conf:
            conf.write("restore_command = 'cp %s/%%f %%p'\n" % archive)
            conf.write("recovery_target_time = '%s'\n" % target.isoformat())
            conf.write("recovery_target_action = 'promote'\n")
        open(os.path.join(restored, 'recovery.signal'), 'w').close()
        owner = cluster['owner']
        if os.getuid() == 0:
            subprocess.run(['chown', '-R', owner_name, restored], check=True)
        os.chmod(restored, 0o700)
        run = os.path.join(directory, 'run')
        started = subprocess.run(owner + [
            PG_BIN + '/pg_ctl', '-D', restored, '-w', '-t', '120', '-l',
            os.path.join(directory, 'restored.log'), 'start', '-o',
            "-p %d -k %s -c listen_addresses='' -c archive_mode=off -c max_connections=200"
            % (port(46), run)],
            capture_output=True, text=True)
        assert started.returncode == 0, open(os.path.join(directory, 'restored.log')).read()
        try:
            conn = None
            for _attempt in range(100):
                try:
                    conn = psycopg2.connect(dbname='drill', host=run, port=port(46),
                                            user='odoo')
                    cr = conn.cursor()
                    cr.execute('SELECT pg_is_in_recovery()')
                    if not cr.fetchone()[0]:
                        break
                    conn.close()
                except psycopg2.OperationalError:
                    pass
                time.sleep(0.2)
            cr = conn.cursor()
            cr.execute('SELECT code FROM tthc_dossier ORDER BY id')
            codes = [row[0] for row in cr.fetchall()]
            assert codes == ['before the base backup', 'after the base backup']
            conn.close()
        finally:
            subprocess.run(owner + [PG_BIN + '/pg_ctl', '-D', restored, '-m', 'immediate',
                                    'stop'], capture_output=True)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
