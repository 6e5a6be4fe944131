# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Backup and restore of one database with its filestore (`make backup`, `make restore`).

A backup is one tar file, ``<db>_<YYYY-MM-DD_HHMMSS>_<release>.tar``, beside its checksum
``<name>.tar.sha256`` (``sha256sum -c`` reads it):

- ``manifest.json``: database, date, release (addon versions and git commit), the SHA-256 of
  every member, the count of rows of every table;
- ``database.dump``: ``pg_dump --format=custom``;
- ``filestore/<xx>/<sha1>``: exactly the files the database's attachments refer to.

Consistent: the dump and the list of files come from one snapshot of the database, exported by a
transaction that also holds ir_attachment in ROW EXCLUSIVE mode until the files are copied, so
Odoo's filestore garbage collector (which takes a SHARE lock) cannot delete a file the dump still
refers to; desks keep working meanwhile (their inserts take the same, compatible, lock).

Restore checks the checksum file, then each member against the manifest, restores into a new
database under a temporary name with its filestore, and only then gives it its name. An existing
database is never replaced without ``--force`` (with it, its sessions are closed and it is kept
under ``<name>_before_restore_<date>``).

Scheduled backups: ``--keep-days N`` deletes this database's backups older than N days from the
backup folder after a successful backup, ``--copy-to DEST`` copies the new backup and its
checksum to another disk or machine (a folder, or ``host:/path`` through scp), then checks it.
"""
import argparse
import configparser
import datetime
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time

import psycopg2

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ADDONS = ['tthc_catalog', 'tthc_dossier', 'tthc_inspection', 'tthc_training']
CHUNK = 1 << 20


def log(message):
    sys.stderr.write('\033[1m[tthc]\033[0m %s\n' % message)


class Refused(Exception):
    """Stops the command with one clear line, non-zero exit."""


def pg_bin(name):
    path = shutil.which(name)
    if path:
        return path
    found = sorted(d for d in os.listdir('/usr/lib/postgresql')) if os.path.isdir(
        '/usr/lib/postgresql') else []
    for version in reversed(found):
        candidate = '/usr/lib/postgresql/%s/bin/%s' % (version, name)
        if os.path.exists(candidate):
            return candidate
    raise Refused('%s not found: install postgresql-client' % name)


def connect(dbname='postgres'):
    # PGHOST, PGPORT, PGUSER, PGPASSWORD from the environment (scripts/env.sh)
    return psycopg2.connect(dbname=dbname)


def data_dir(config):
    parser = configparser.RawConfigParser()
    parser.read(os.path.join(ROOT, config))
    value = parser.get('options', 'data_dir', fallback='var/data')
    return os.path.join(ROOT, value)


def sha256_file(path):
    digest = hashlib.sha256()
    with open(path, 'rb') as handle:
        for block in iter(lambda: handle.read(CHUNK), b''):
            digest.update(block)
    return digest.hexdigest()


def git_commit():
    try:
        commit = subprocess.run(['git', '-C', ROOT, 'rev-parse', '--short', 'HEAD'],
                                capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(['git', '-C', ROOT, 'status', '--porcelain', '--', 'addons'],
                               capture_output=True, text=True).stdout.strip()
        return commit + ('-dirty' if dirty else '')
    except (OSError, subprocess.CalledProcessError):
        return 'nogit'


def table_counts(cr):
    cr.execute("""SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY relname""")
    counts = {}
    for (table,) in cr.fetchall():
        cr.execute('SELECT count(*) FROM "%s"' % table)
        counts[table] = cr.fetchone()[0]
    return counts


def database_in_use(cr, name):
    cr.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
               "AND pid <> pg_backend_pid()", [name])
    return cr.fetchone()[0]


def database_exists(cr, name):
    cr.execute('SELECT 1 FROM pg_database WHERE datname = %s', [name])
    return bool(cr.fetchone())


# Backup

def backup(args):
    db = args.db
    filestore = os.path.join(data_dir(args.config), 'filestore', db)
    os.makedirs(args.dir, exist_ok=True)
    conn = connect(db)
    conn.set_session(isolation_level='REPEATABLE READ')
    cr = conn.cursor()
    # the filestore's garbage collector waits until the files are copied (see above)
    cr.execute('LOCK TABLE ir_attachment IN ROW EXCLUSIVE MODE')
    cr.execute('SELECT pg_export_snapshot()')
    snapshot = cr.fetchone()[0]
    cr.execute("SELECT name, latest_version FROM ir_module_module WHERE name IN %s "
               "AND state = 'installed'", [tuple(ADDONS)])
    versions = dict(cr.fetchall())
    release = '%s-%s' % (versions.get('tthc_catalog') or 'none', git_commit())
    stamp = datetime.datetime.now().strftime('%Y-%m-%d_%H%M%S')
    name = '%s_%s_%s.tar' % (db, stamp, release)
    target = os.path.join(args.dir, name)
    started = time.time()
    with tempfile.TemporaryDirectory(dir=args.dir, prefix='.backup-') as work:
        dump = os.path.join(work, 'database.dump')
        subprocess.run([pg_bin('pg_dump'), '--format=custom', '--no-owner', '--no-acl',
                        '--snapshot=%s' % snapshot, '--file=%s' % dump, db], check=True)
        cr.execute('SELECT DISTINCT store_fname FROM ir_attachment '
                   'WHERE store_fname IS NOT NULL ORDER BY 1')
        files = [row[0] for row in cr.fetchall()]
        counts = table_counts(cr)
        missing = [fname for fname in files
                   if not os.path.isfile(os.path.join(filestore, fname))]
        manifest = {
            'format': 1, 'database': db, 'date': stamp, 'release': release,
            'addons': versions, 'tables': counts, 'members': {},
            'missing_files': missing,
        }
        manifest['members']['database.dump'] = sha256_file(dump)
        partial = target + '.part'
        with tarfile.open(partial, 'w') as archive:
            archive.add(dump, 'database.dump')
            for fname in files:
                if fname in missing:
                    continue
                path = os.path.join(filestore, fname)
                manifest['members']['filestore/' + fname] = sha256_file(path)
                archive.add(path, 'filestore/' + fname)
            data = json.dumps(manifest, indent=1, sort_keys=True).encode('utf-8')
            info = tarfile.TarInfo('manifest.json')
            info.size, info.mtime = len(data), int(time.time())
            archive.addfile(info, io.BytesIO(data))
    conn.rollback()
    conn.close()
    checksum = sha256_file(partial)
    os.rename(partial, target)
    with open(target + '.sha256', 'w') as handle:
        handle.write('%s  %s\n' % (checksum, name))
    if missing:
        log('warning: %d attachment file(s) were already missing from %s: %s' % (
            len(missing), filestore, ', '.join(missing[:5])))
    log('backup of %s: %s (%.1f MB, %d files, %.1f s)' % (
        db, target, os.path.getsize(target) / 1e6, len(files) - len(missing),
        time.time() - started))
    if args.copy_to:
        copy_to(target, args.copy_to)
    if args.keep_days is not None:
        prune(args.dir, db, args.keep_days, keep=target)
    print(target)
    return target


def copy_to(target, destination):
    """Copy the backup and its checksum elsewhere (a folder: another disk, a network mount; or
    ``host:/path`` with scp), and check the copy."""
    files = [target, target + '.sha256']
    if re.match(r'^[^/]+:', destination):
        subprocess.run(['scp', '-q', '-p'] + files + [destination], check=True)
        host, path = destination.split(':', 1)
        subprocess.run(['ssh', host, 'cd %s && sha256sum -c --quiet %s' % (
            path or '.', os.path.basename(target) + '.sha256')], check=True)
    else:
        os.makedirs(destination, exist_ok=True)
        for path in files:
            shutil.copy2(path, destination)
        verify_checksum(os.path.join(destination, os.path.basename(target)))
    log('copied to %s' % destination)


def prune(folder, db, days, keep):
    limit = time.time() - days * 86400
    pattern = re.compile(r'^%s_\d{4}-\d\d-\d\d_\d{6}_.*\.tar$' % re.escape(db))
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if pattern.match(name) and path != keep and os.path.getmtime(path) < limit:
            os.unlink(path)
            if os.path.exists(path + '.sha256'):
                os.unlink(path + '.sha256')
            log('removed the old backup %s' % name)


# Restore

def verify_checksum(path):
    sidecar = path + '.sha256'
    if not os.path.exists(sidecar):
        raise Refused('no checksum file %s: the backup cannot be verified' % sidecar)
    with open(sidecar) as handle:
        expected = handle.read().split()[0]
    if sha256_file(path) != expected:
        raise Refused('%s does not match its checksum (%s): damaged or incomplete, not restored'
                      % (path, sidecar))


def restore(args):
    path = os.path.abspath(args.file)
    if not os.path.isfile(path):
        raise Refused('no such backup: %s' % args.file)
    verify_checksum(path)
    archive = tarfile.open(path)
    manifest = json.load(archive.extractfile('manifest.json'))
    db = args.db or manifest['database']
    if not re.match(r'^[A-Za-z0-9_]+$', db):
        raise Refused('a database name holds letters, digits and _ only: %s' % db)
    admin = connect()
    admin.autocommit = True
    cr = admin.cursor()
    if database_exists(cr, db) and not args.force:
        users = database_in_use(cr, db)
        raise Refused('database %s exists%s: not replaced without --force (or restore under '
                      'another name with --db)' % (
                          db, ' and is in use (%d connection(s))' % users if users else ''))
    root = data_dir(args.config)
    temporary = '%s_restoring_%d' % (db, os.getpid())
    filestore = os.path.join(root, 'filestore', temporary)
    started = time.time()
    try:
        with tempfile.TemporaryDirectory(prefix='tthc-restore-') as work:
            for member in archive:
                if member.name == 'manifest.json':
                    continue
                expected = manifest['members'].get(member.name)
                if not member.isfile() or not expected or '..' in member.name.split('/'):
                    raise Refused('%s holds an unexpected member %s' % (path, member.name))
                if member.name == 'database.dump':
                    destination = os.path.join(work, 'database.dump')
                else:
                    destination = os.path.join(filestore, member.name[len('filestore/'):])
                os.makedirs(os.path.dirname(destination), exist_ok=True)
                with archive.extractfile(member) as source, open(destination, 'wb') as out:
                    shutil.copyfileobj(source, out, CHUNK)
                if sha256_file(destination) != expected:
                    raise Refused('%s differs from the manifest: not restored' % member.name)
            absent = set(manifest['members']) - {m.name for m in archive}
            if absent:
                raise Refused('%s lacks %d member(s) of its manifest' % (path, len(absent)))
            cr.execute('CREATE DATABASE "%s" ENCODING \'UTF8\' TEMPLATE template0' % temporary)
            subprocess.run([pg_bin('pg_restore'), '--no-owner', '--no-acl', '--exit-on-error',
                            '--dbname=%s' % temporary, os.path.join(work, 'database.dump')],
                           check=True)
        if database_exists(cr, db):
            kept = '%s_before_restore_%s' % (db, datetime.datetime.now().strftime(
                '%Y%m%d_%H%M%S'))
            # --force: close its sessions, keep it under another name
            cr.execute('ALTER DATABASE "%s" ALLOW_CONNECTIONS false' % db)
            cr.execute('SELECT pg_terminate_backend(pid) FROM pg_stat_activity '
                       'WHERE datname = %s AND pid <> pg_backend_pid()', [db])
            for _attempt in range(50):
                if not database_in_use(cr, db):
                    break
                time.sleep(0.2)
            cr.execute('ALTER DATABASE "%s" RENAME TO "%s"' % (db, kept))
            cr.execute('ALTER DATABASE "%s" ALLOW_CONNECTIONS true' % kept)
            old = os.path.join(root, 'filestore', db)
            if os.path.isdir(old):
                os.rename(old, os.path.join(root, 'filestore', kept))
            log('the database it replaces is kept as %s (drop it when no longer needed)' % kept)
        cr.execute('ALTER DATABASE "%s" RENAME TO "%s"' % (temporary, db))
        os.makedirs(filestore, exist_ok=True)
        os.rename(filestore, os.path.join(root, 'filestore', db))
    except BaseException:
        cr.execute('DROP DATABASE IF EXISTS "%s"' % temporary)
        shutil.rmtree(filestore, ignore_errors=True)
        raise
    finally:
        admin.close()
    log('restored %s (%s, release %s) into database %s in %.1f s' % (
        os.path.basename(path), manifest['date'], manifest['release'], db, time.time() - started))
    return db


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('-c', '--config', default=os.environ.get('TTHC_CONF', 'config/odoo.conf'),
                        help='server configuration whose data_dir holds the filestore')
    commands = parser.add_subparsers(dest='command', required=True)
    make = commands.add_parser('backup')
    make.add_argument('--db', default=os.environ.get('TTHC_DB', 'tthc'))
    make.add_argument('--dir', default=os.environ.get('TTHC_BACKUP_DIR',
                                                      os.path.join(ROOT, 'var', 'backups')))
    make.add_argument('--keep-days', type=int,
                      default=int(os.environ['TTHC_BACKUP_KEEP_DAYS'])
                      if os.environ.get('TTHC_BACKUP_KEEP_DAYS') else None,
                      help="delete this database's backups older than this")
    make.add_argument('--copy-to', default=os.environ.get('TTHC_BACKUP_COPY_TO'),
                      help='also copy it there (a folder, or host:/path through scp)')
    back = commands.add_parser('restore')
    back.add_argument('file')
    back.add_argument('--db', help="restore under this name (default: the backup's database)")
    back.add_argument('--force', action='store_true',
                      help='replace an existing database (kept under another name)')
    args = parser.parse_args(argv)
    try:
        if args.command == 'backup':
            backup(args)
        else:
            restore(args)
    except Refused as error:
        log('error: %s' % error)
        return 3
    except subprocess.CalledProcessError as error:
        log('error: %s failed (exit code %s)' % (error.cmd[0], error.returncode))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
