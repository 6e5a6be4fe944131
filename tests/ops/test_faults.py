# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Faults lose nothing: a worker killed (SIGKILL) in the middle of a reception and of a
hand-over, PostgreSQL restarted while 10 desks work, the filestore's disk full during an upload.
Each time: no half-written dossier, no duplicate code, no code given to a desk that is not in
the database, no lost attachment, every client gets an error after which it can retry, and the
server recovers by itself (the desks' retries succeed on the same server).

Dossier numbers come from a PostgreSQL sequence (parallel receptions never wait for each
other): a reception rolled back by a fault leaves a gap in the numbers, never a duplicate."""
import base64
import hashlib
import os
import shutil
import subprocess
import tempfile
import threading
import time
import uuid

import psycopg2
import pytest
import requests

from .conftest import (ROOT, Desk, OdooServer, RpcError, clone_into_cluster, desk_setup,
                       dossier_integrity, hand_over_with_retry, port, receive_with_retry,
                       reception_values, throwaway_cluster, CONTEXT)


def wait_for_lock_wait(db, fragment, timeout=120):
    """Wait until a backend of ``db`` waits for a lock on a statement containing
    ``fragment``: the worker is in the middle of the transaction."""
    conn = psycopg2.connect(dbname=db)
    conn.autocommit = True
    cr = conn.cursor()
    deadline = time.time() + timeout
    try:
        while time.time() < deadline:
            cr.execute("""SELECT pid FROM pg_stat_activity WHERE datname = %s
                            AND wait_event_type = 'Lock' AND query LIKE %s""",
                       [db, '%' + fragment + '%'])
            row = cr.fetchone()
            if row:
                return row[0]
            time.sleep(0.1)
    finally:
        conn.close()
    raise AssertionError('no request waited on %s' % fragment)


def kill_in_the_middle(server, db, table, fragment, action):
    """Hold ``table`` so that the request of ``action`` (run in a thread) stops at its
    statement containing ``fragment``, kill -9 the worker serving it, then let go.
    Returns the error the client got."""
    blocker = psycopg2.connect(dbname=db)
    cr = blocker.cursor()
    cr.execute('LOCK TABLE "%s" IN EXCLUSIVE MODE' % table)
    outcome = {}

    def run():
        try:
            outcome['result'] = action()
        except Exception as error:  # what the desk sees
            outcome['error'] = error
    thread = threading.Thread(target=run)
    thread.start()
    try:
        wait_for_lock_wait(db, fragment)
        worker = server.worker_serving()
        worker.kill()
        worker.wait(30)
    finally:
        blocker.rollback()
        blocker.close()
    thread.join(120)
    assert not thread.is_alive()
    assert 'error' in outcome, 'the request survived its worker: %r' % outcome
    return outcome['error']


@pytest.fixture(scope='module')
def server(test_database):
    server = OdooServer(test_database, port(0), log_name='test-ops-faults.log').wait_ready()
    yield server
    server.stop()


def test_worker_killed_in_the_middle_of_a_reception(server, test_database):
    login, agency_id, procedure_id = desk_setup(test_database)
    desk = Desk(server.url, test_database, login)
    marker = 'Lỗi giữa tiếp nhận %s' % uuid.uuid4().hex[:8]
    error = kill_in_the_middle(
        server, test_database, 'tthc_dossier_step', 'INSERT INTO "tthc_dossier_step"',
        lambda: desk.call('tthc.dossier', 'create', [
            reception_values(agency_id, procedure_id, marker)]))
    assert isinstance(error, requests.ConnectionError), repr(error)
    # nothing of it was written (the dossier's row was, in the transaction that died)
    rows, problems = dossier_integrity(test_database, marker)
    assert rows == [] and not problems
    # the desk retries and the master has replaced the worker
    dossier_id, code, _errors = receive_with_retry(desk, agency_id, procedure_id, marker)
    rows, problems = dossier_integrity(test_database, marker)
    assert not problems and [(row[0], row[2]) for row in rows] == [(dossier_id, code)]
    assert not server.errors()


def test_worker_killed_in_the_middle_of_a_hand_over(server, test_database):
    login, agency_id, procedure_id = desk_setup(test_database)
    desk = Desk(server.url, test_database, login)
    marker = 'Lỗi giữa chuyển bước %s' % uuid.uuid4().hex[:8]
    dossier_id, code, _errors = receive_with_retry(desk, agency_id, procedure_id, marker)
    before = desk.call('tthc.dossier', 'read', [[dossier_id], ['step_id', 'state',
                                                               'dossier_step_ids']])[0]
    # the hand-over stops after finishing the step, starting the next one and moving the
    # dossier, while the chatter records the change
    error = kill_in_the_middle(
        server, test_database, 'mail_tracking_value', 'INSERT INTO "mail_tracking_value"',
        lambda: desk.call('tthc.dossier', 'action_next_step', [[dossier_id]], {
            'context': dict(CONTEXT, tthc_expected_step_id=before['step_id'][0])}))
    assert isinstance(error, requests.ConnectionError), repr(error)
    now = desk.call('tthc.dossier', 'read', [[dossier_id], ['step_id', 'state',
                                                            'dossier_step_ids']])[0]
    assert now == before, 'half a hand-over was kept'
    hand_over_with_retry(desk, dossier_id)
    after = desk.call('tthc.dossier', 'read', [[dossier_id], ['step_id', 'dossier_step_ids',
                                                              'code']])[0]
    assert after['step_id'] != before['step_id'] and after['code'] == code
    assert len(after['dossier_step_ids']) == len(before['dossier_step_ids']) + 1
    rows, problems = dossier_integrity(test_database, marker)
    assert len(rows) == 1 and not problems
    assert not server.errors()


def run_desks(url, db, desks, rounds, prefix, fault_after, fault, dsn=None):
    """``desks`` desk clients, each receiving ``rounds`` dossiers and handing each over once,
    retrying after errors; ``fault()`` runs once ``fault_after`` receptions succeeded.
    Returns {marker: (id, code)}, the errors the desks saw, and when the fault ran."""
    login, agency_id, procedure_id = desk_setup(db, **(dsn or {}))
    done, errors, lock = {}, [], threading.Lock()
    started = threading.Event()
    fault_done = {}

    def on_error(desk, error):
        with lock:
            errors.append((desk.name, str(error)[:200]))

    failures = []

    def work(index):
        try:
            desk_work(index)
        except BaseException as error:  # reported by the test, not lost in the thread
            failures.append('desk %d: %r' % (index, error))

    def desk_work(index):
        desk = None
        for _attempt in range(120):  # logging in may meet the fault too
            try:
                desk = Desk(url, db, login, timeout=300)
                break
            except (requests.RequestException, RpcError, ValueError):
                time.sleep(0.5)
        desk.name = 'desk %d' % index
        started.wait()
        for number in range(rounds):
            marker = '%s %02d-%02d' % (prefix, index, number)
            dossier_id, code, _seen = receive_with_retry(desk, agency_id, procedure_id, marker,
                                                         attempts=240, on_error=on_error)
            with lock:
                done[marker] = (dossier_id, code)
            hand_over_with_retry(desk, dossier_id, attempts=240, on_error=on_error)
        with lock:
            fault_done['relogins'] = fault_done.get('relogins', 0) + getattr(
                desk, 'relogins', 0)

    threads = [threading.Thread(target=work, args=(index,)) for index in range(desks)]
    for thread in threads:
        thread.start()
    started.set()
    deadline = time.time() + 900
    while len(done) < fault_after and time.time() < deadline:
        time.sleep(0.2)
    fault_done['at_receptions'] = len(done)
    fault()
    for thread in threads:
        thread.join(max(1, deadline - time.time()))
    assert not any(thread.is_alive() for thread in threads), 'desks still stuck'
    assert not failures, failures
    return done, errors, fault_done


def test_postgresql_restarted_while_10_desks_work(test_database, tmp_path):
    # outside pytest's private temporary folder: the cluster's owner must reach it
    directory = tempfile.mkdtemp(prefix='tthc-ops-pg-')
    db = 'tthc_ops_restart'
    with throwaway_cluster(directory, port(10)) as cluster:
        clone_into_cluster(test_database, cluster, db)
        data_dir = tmp_path / 'data'
        shutil.copytree(os.path.join(ROOT, 'var', 'test-data', 'filestore', test_database),
                        str(data_dir / 'filestore' / db), dirs_exist_ok=True) \
            if os.path.isdir(os.path.join(ROOT, 'var', 'test-data', 'filestore',
                                          test_database)) else None
        env = {'PGHOST': cluster['PGHOST'], 'PGPORT': cluster['PGPORT'], 'PGUSER': 'odoo'}
        server = OdooServer(db, port(12), env=env, data_dir=str(data_dir), workers=3,
                            log_name='test-ops-pg-restart.log').wait_ready()
        try:
            def restart():
                cluster['pg_ctl']('restart', '-m', 'fast', '-o', cluster['options'])
            dsn = {'host': cluster['PGHOST'], 'port': cluster['PGPORT'], 'user': 'odoo'}
            done, errors, fault = run_desks(server.url, db, 10, 3, 'Khởi động lại CSDL', 8,
                                            restart, dsn=dsn)
            assert len(done) == 30
            assert fault['at_receptions'] < 30, 'the restart came after the work'
            assert errors, 'no desk met the restart'
            rows, problems = dossier_integrity(db, 'Khởi động lại CSDL', **dsn)
            assert not problems, problems
            assert {row[1]: (row[0], row[2]) for row in rows} == done
            assert all(row[4] == 'processing' or row[4] == 'done' for row in rows)
            # recovered by itself: the same server answers a new desk
            assert Desk(server.url, db, 'motcua.officer').call(
                'tthc.dossier', 'search_count', [[]]) > 0
            assert server.process.poll() is None
        finally:
            server.stop()
    shutil.rmtree(directory, ignore_errors=True)


@pytest.mark.skipif(os.getuid() != 0, reason='mounting a small filesystem needs root')
def test_full_disk_during_an_upload(server, test_database, tmp_path):
    data_dir = tmp_path / 'data'
    filestore = data_dir / 'filestore' / test_database
    filestore.mkdir(parents=True)
    mounted = subprocess.run(['mount', '-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', str(filestore)],
                             capture_output=True, text=True)
    if mounted.returncode:
        pytest.skip('cannot mount a tmpfs here: %s' % mounted.stderr.strip())
    small = OdooServer(test_database, port(4), data_dir=str(data_dir),
                       log_name='test-ops-full-disk.log')
    try:
        small.wait_ready()
        login, agency_id, procedure_id = desk_setup(test_database)
        desk = Desk(small.url, test_database, login)
        marker = 'Đĩa đầy %s' % uuid.uuid4().hex[:8]
        dossier_id, _code, _errors = receive_with_retry(desk, agency_id, procedure_id, marker)
        filler = filestore / 'filler'
        free = shutil.disk_usage(str(filestore)).free
        filler.write_bytes(b'\0' * max(0, free - 64 * 1024))
        # a PDF (uploads to the suite's records are checked by content)
        scan = b'%PDF-1.4\n' + os.urandom(300 * 1024)
        values = {'name': 'scan.pdf', 'datas_fname': 'scan.pdf', 'res_model': 'tthc.dossier',
                  'res_id': dossier_id, 'datas': base64.b64encode(scan).decode()}
        with pytest.raises(RpcError) as error:
            desk.call('ir.attachment', 'create', [values])
        assert 'disk may be full' in str(error.value) or 'ổ đĩa' in str(error.value)
        conn = psycopg2.connect(dbname=test_database)
        cr = conn.cursor()
        cr.execute("SELECT count(*) FROM ir_attachment WHERE res_model = 'tthc.dossier' "
                   "AND res_id = %s", [dossier_id])
        assert cr.fetchone()[0] == 0, 'an attachment was recorded without its file'
        leftovers = [name for _dir, _sub, names in os.walk(str(filestore)) for name in names
                     if name.endswith('.part')]
        assert not leftovers
        # the administrator frees space; the desk retries the same upload
        filler.unlink()
        attachment_id = desk.call('ir.attachment', 'create', [values])
        cr.execute('SELECT store_fname FROM ir_attachment WHERE id = %s', [attachment_id])
        stored = (filestore / cr.fetchone()[0]).read_bytes()
        conn.close()
        assert hashlib.sha256(stored).digest() == hashlib.sha256(scan).digest()
        read = desk.call('ir.attachment', 'read', [[attachment_id], ['datas']])[0]['datas']
        assert base64.b64decode(read) == scan
    finally:
        small.stop()
        subprocess.run(['umount', '-l', str(filestore)], capture_output=True)
