# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""What the operations tests share: their ports (TTHC_OPS_PORT and up, set by
scripts/test-ops.sh), a database copied from the test database, a throwaway PostgreSQL
cluster, Odoo servers started and killed for real, and desk clients over JSON-RPC."""
import os
import shutil
import signal
import subprocess
import time
from contextlib import contextmanager

import psycopg2
import pytest
import requests

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BASE_PORT = int(os.environ.get('TTHC_OPS_PORT', 8189))
LOGDIR = os.path.join(ROOT, 'var', 'log')
PG_BIN = sorted(d for d in os.listdir('/usr/lib/postgresql'))[-1] if os.path.isdir(
    '/usr/lib/postgresql') else None
PG_BIN = '/usr/lib/postgresql/%s/bin' % PG_BIN if PG_BIN else ''
CONTEXT = {'lang': 'vi_VN', 'tz': 'Asia/Ho_Chi_Minh'}


def port(offset):
    """The tests' ports: BASE_PORT + offset (offsets 0-59)."""
    return BASE_PORT + offset


def admin_cursor(**dsn):
    conn = psycopg2.connect(dbname='postgres', **dsn)
    conn.autocommit = True
    return conn


def drop_database(name, **dsn):
    conn = admin_cursor(**dsn)
    cr = conn.cursor()
    cr.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
               [name])
    cr.execute('DROP DATABASE IF EXISTS "%s"' % name)
    conn.close()


def copy_database(source, target):
    """A copy of ``source`` through pg_dump (pytest-odoo keeps a connection to the test
    database open, so CREATE DATABASE … TEMPLATE is not possible)."""
    drop_database(target)
    subprocess.run([PG_BIN + '/createdb', target], check=True)
    dump = subprocess.Popen([PG_BIN + '/pg_dump', '--format=custom', '--no-owner', '--no-acl',
                             source], stdout=subprocess.PIPE)
    subprocess.run([PG_BIN + '/pg_restore', '--no-owner', '--no-acl', '-d', target],
                   stdin=dump.stdout, check=True)
    assert dump.wait() == 0


@pytest.fixture(scope='session')
def test_database(request):
    return request.config.getoption('--odoo-database')


@contextmanager
def throwaway_cluster(directory, pg_port, extra=''):
    """A PostgreSQL cluster of our own in ``directory`` on ``pg_port`` (unix socket only), for
    the tests that restart or stop it. Yields its environment (PGHOST, PGPORT)."""
    data, run = os.path.join(directory, 'data'), os.path.join(directory, 'run')
    owner = []
    if os.getuid() == 0:
        owner = ['runuser', '-u', os.environ.get('TTHC_PG_OS_USER', 'tthcpg'), '--']
        shutil.chown(directory, user=os.environ.get('TTHC_PG_OS_USER', 'tthcpg'))
    os.chmod(directory, 0o755)
    subprocess.run(owner + [PG_BIN + '/initdb', '-D', data, '-U', 'postgres', '--auth=trust',
                            '--encoding=UTF8', '--locale=C.UTF-8'], check=True,
                   capture_output=True)
    subprocess.run(owner + ['mkdir', '-p', run], check=True)
    env = {'PGHOST': run, 'PGPORT': str(pg_port), 'PGUSER': 'odoo'}

    def pg_ctl(*args):
        return subprocess.run(owner + [PG_BIN + '/pg_ctl', '-D', data, '-w', '-t', '60',
                                       '-l', os.path.join(directory, 'pg.log')] + list(args),
                              check=True, capture_output=True)

    options = "-p %d -k %s -c listen_addresses='' -c fsync=off -c max_connections=200 %s" % (
        pg_port, run, extra)
    pg_ctl('start', '-o', options)
    subprocess.run([PG_BIN + '/psql', '-X', '-q', '-h', run, '-p', str(pg_port), '-U',
                    'postgres', '-d', 'postgres', '-c', 'CREATE ROLE odoo LOGIN SUPERUSER'],
                   check=True)
    cluster = dict(env, pg_ctl=pg_ctl, options=options, data=data, owner=owner)
    try:
        yield cluster
    finally:
        subprocess.run(owner + [PG_BIN + '/pg_ctl', '-D', data, '-m', 'immediate', 'stop'],
                       capture_output=True)


def clone_into_cluster(source_db, cluster, target_db):
    """pg_dump of ``source_db`` (the shared cluster) restored into ``cluster``."""
    dump = subprocess.Popen([PG_BIN + '/pg_dump', '--format=custom', '--no-owner', '--no-acl',
                             source_db], stdout=subprocess.PIPE)
    env = dict(os.environ, PGHOST=cluster['PGHOST'], PGPORT=cluster['PGPORT'], PGUSER='odoo')
    subprocess.run([PG_BIN + '/createdb', target_db], env=env, check=True)
    subprocess.run([PG_BIN + '/pg_restore', '--no-owner', '--no-acl', '-d', target_db],
                   stdin=dump.stdout, env=env, check=True)
    assert dump.wait() == 0


class OdooServer(object):
    """A real Odoo server (bin/odoo) in its own process group, killed for real."""

    def __init__(self, database, http_port, *options, env=None, data_dir=None, log_name=None,
                 workers=2):
        self.database, self.http_port = database, http_port
        self.url = 'http://127.0.0.1:%d' % http_port
        self.log = os.path.join(LOGDIR, log_name or 'test-ops-server-%d.log' % http_port)
        command = [os.path.join(ROOT, 'bin', 'odoo'), '-c', 'config/test.conf', '-d', database,
                   '--db-filter=^%s$' % database, '--http-port=%d' % http_port,
                   '--longpolling-port=%d' % (http_port + 1), '--workers=%d' % workers,
                   '--max-cron-threads=0', '--limit-time-cpu=600', '--limit-time-real=1200',
                   '--limit-memory-soft=2147483648', '--limit-memory-hard=2684354560',
                   '--log-level=warn', '--logfile=%s' % self.log]
        if data_dir:
            command.append('--data-dir=%s' % data_dir)
        self.process = subprocess.Popen(command + list(options), cwd=ROOT,
                                        env=dict(os.environ, **(env or {})),
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        start_new_session=True)

    def wait_ready(self, timeout=300):
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                if requests.get(self.url + '/web/login', timeout=30).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            if self.process.poll() is not None:
                break
            time.sleep(0.5)
        raise RuntimeError('the server did not answer on %s (log: %s)' % (self.url, self.log))

    def workers(self):
        import psutil
        try:
            return psutil.Process(self.process.pid).children()
        except psutil.NoSuchProcess:
            return []

    def worker_serving(self, timeout=60):
        """The HTTP worker holding a client connection right now."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            for worker in self.workers():
                try:
                    for connection in worker.connections('tcp'):
                        if connection.laddr.port == self.http_port and \
                                connection.status == 'ESTABLISHED':
                            return worker
                except Exception:  # the process went away meanwhile
                    continue
            time.sleep(0.05)
        raise RuntimeError('no worker is serving a request')

    def kill(self):
        """kill -9 the whole server (master, workers, longpolling)."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(30)

    def stop(self):
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                self.kill()

    def errors(self):
        with open(self.log, encoding='utf-8', errors='replace') as handle:
            return [line for line in handle if ' ERROR ' in line or ' CRITICAL ' in line]


class RpcError(Exception):
    """The server answered with an error (it stands for a message shown at the desk)."""


class Desk(object):
    """A desk officer's web client: a session over JSON-RPC, as the browser uses it."""

    def __init__(self, url, db, login, password=None, timeout=120):
        self.url, self.db, self.login = url, db, login
        self.password = password or login
        self.session, self.counter, self.timeout = requests.Session(), 0, timeout
        self.authenticate()

    def authenticate(self):
        self.rpc('/web/session/authenticate', {'db': self.db, 'login': self.login,
                                               'password': self.password})

    def rpc(self, path, params):
        self.counter += 1
        response = self.session.post(self.url + path, json={
            'jsonrpc': '2.0', 'method': 'call', 'params': params, 'id': self.counter},
            timeout=self.timeout)
        if response.status_code != 200:
            raise RpcError('HTTP %d' % response.status_code)
        reply = response.json()
        if 'error' in reply:
            raise RpcError(str(reply['error'].get('data', {}).get('message')
                               or reply['error']))
        return reply['result']

    def call(self, model, method, args, kwargs=None):
        kwargs = dict(kwargs or {})
        kwargs.setdefault('context', dict(CONTEXT))
        return self.rpc('/web/dataset/call_kw/%s/%s' % (model, method),
                        {'model': model, 'method': method, 'args': args, 'kwargs': kwargs})


def desk_setup(db, **dsn):
    """The demo's desk officer, an agency of theirs and a procedure with an approved internal
    procedure there (read from the database)."""
    conn = psycopg2.connect(dbname=db, **dsn)
    cr = conn.cursor()
    cr.execute("""SELECT d.agency_id, d.procedure_id FROM tthc_dossier d
                    JOIN tthc_agency_res_users_rel r ON r.agency_id = d.agency_id
                    JOIN res_users u ON u.id = r.user_id AND u.login = 'motcua.officer'
                   WHERE d.internal_procedure_id IS NOT NULL
                GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1""")
    agency_id, procedure_id = cr.fetchone()
    conn.close()
    return 'motcua.officer', agency_id, procedure_id


def reception_values(agency_id, procedure_id, marker):
    return {'procedure_id': procedure_id, 'agency_id': agency_id, 'channel': 'direct',
            'applicant_name': marker, 'applicant_phone': '0912345678',
            'component_ids': [[0, 0, {'name': 'Đơn đề nghị', 'original_count': 1}]]}


def recover(desk, error):
    """What a desk does after an error: Odoo 11 logs a session out when the database does not
    answer while it checks it (a PostgreSQL restart): the officer logs in again, then
    retries."""
    if 'Session expired' in str(error) or 'SessionExpired' in str(error):
        try:
            desk.authenticate()
            desk.relogins = getattr(desk, 'relogins', 0) + 1
        except (requests.RequestException, RpcError, ValueError):
            pass


def receive_with_retry(desk, agency_id, procedure_id, marker, attempts=60, pause=0.5,
                       on_error=None):
    """Receive one dossier as a desk whose web client retries after an error: before each
    retry it looks the applicant up (the marker is unique), so that a reception the server
    committed before the error is not received twice. Returns (dossier id, code, errors)."""
    errors = []
    for _attempt in range(attempts):
        try:
            if errors:
                found = desk.call('tthc.dossier', 'search_read', [
                    [('applicant_name', '=', marker)], ['code']])
                if found:
                    return found[0]['id'], found[0]['code'], errors
            dossier_id = desk.call('tthc.dossier', 'create', [
                reception_values(agency_id, procedure_id, marker)])
            code = desk.call('tthc.dossier', 'read', [[dossier_id], ['code']])[0]['code']
            return dossier_id, code, errors
        except (requests.RequestException, RpcError, ValueError) as error:
            errors.append(str(error)[:300])
            if on_error:
                on_error(desk, error)
            time.sleep(pause)
            recover(desk, error)
    raise AssertionError('no reception after %d attempts: %s' % (attempts, errors[-3:]))


def hand_over_with_retry(desk, dossier_id, attempts=60, pause=0.5, on_error=None):
    """Hand the dossier over from the step it is at; a retry first reads where it stands
    (the expected step in the context refuses a double hand-over)."""
    errors, step = [], None
    for _attempt in range(attempts):
        try:
            if step is None:
                step = desk.call('tthc.dossier', 'read', [[dossier_id],
                                                          ['step_id']])[0]['step_id'][0]
            elif errors:
                now = desk.call('tthc.dossier', 'read', [[dossier_id], ['step_id']])[0]
                if (now['step_id'] or [None])[0] != step:
                    return errors
            desk.call('tthc.dossier', 'action_next_step', [[dossier_id]], {
                'context': dict(CONTEXT, tthc_expected_step_id=step)})
            return errors
        except (requests.RequestException, RpcError, ValueError) as error:
            errors.append(str(error)[:300])
            if on_error:
                on_error(desk, error)
            time.sleep(pause)
            recover(desk, error)
    raise AssertionError('no hand-over after %d attempts: %s' % (attempts, errors[-3:]))


def dossier_integrity(db, marker_prefix, **dsn):
    """What the faults must not break, for the dossiers whose applicant starts with the
    prefix: each has a code, codes are unique, each has exactly one open step (or none when
    done), and its steps follow the internal procedure without gap."""
    conn = psycopg2.connect(dbname=db, **dsn)
    cr = conn.cursor()
    cr.execute("""SELECT d.id, d.applicant_name, d.code, d.step_id, d.state,
                         (SELECT count(*) FROM tthc_dossier_step s
                           WHERE s.dossier_id = d.id AND s.finished_at IS NULL),
                         (SELECT count(*) FROM tthc_dossier_step s WHERE s.dossier_id = d.id)
                    FROM tthc_dossier d WHERE d.applicant_name LIKE %s ORDER BY d.id""",
               [marker_prefix + '%'])
    rows = cr.fetchall()
    conn.close()
    problems = []
    codes = [row[2] for row in rows]
    if len(set(codes)) != len(codes) or None in codes:
        problems.append('codes missing or duplicated: %s' % codes)
    names = [row[1] for row in rows]
    if len(set(names)) != len(names):
        problems.append('a reception was recorded twice: %s' % sorted(
            name for name in set(names) if names.count(name) > 1))
    for dossier_id, name, _code, step_id, state, open_steps, steps in rows:
        if state in ('received', 'processing') and (open_steps != 1 or not step_id):
            problems.append('dossier %d (%s): %d open step(s)' % (dossier_id, name, open_steps))
        if not steps:
            problems.append('dossier %d (%s) has no step: half-written' % (dossier_id, name))
    return rows, problems
