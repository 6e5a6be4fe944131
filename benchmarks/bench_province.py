# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The province at scale: the desk's actions, the kanban, the statistics, the reminder job and
the deadline engine against their targets, on a database built by
``scripts/generate_province.py``; one table (median and p95 of repeated runs), appended to
``benchmarks/RESULTS.md`` with the machine it ran on.

    .venv/bin/python benchmarks/bench_province.py --db tthc_bench --label "1M"
    make bench DB=tthc_bench

ORM measurements run in the benchmark's own process, as the real users of the generated
province (a desk officer, the agency's leader, a provincial controller), each run in a fresh
environment, everything rolled back. The kanban and the 20 concurrent desks go through
JSON-RPC to a server started in prefork mode (``--workers``) on its own port; the dossiers the
desks receive are deleted afterwards.
"""
import argparse
import math
import multiprocessing
import os
import platform
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from datetime import datetime, timedelta
from unittest.mock import patch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RESULTS = os.path.join(HERE, 'RESULTS.md')
OPEN_STATES = ('received', 'processing', 'supplement', 'obligation')
KANBAN_FIELDS = ['code', 'applicant_name', 'due_at', 'state', 'timing', 'urgency', 'step_id']
MARKER = 'Bench desk client'

# (key, label, target, unit, 'max' for a ceiling or 'min' for a floor)
TARGETS = [
    ('receive', 'Receive a dossier (ORM: create, steps, deadline)', 40, 'ms', 'max'),
    ('next_step', 'Finish a step (ORM)', 30, 'ms', 'max'),
    ('kanban_open', 'Kanban of a procedure at an agency, "Open" filter (JSON-RPC)', 300, 'ms',
     'max'),
    ('kanban_all', 'Kanban of a procedure at an agency, no filter (JSON-RPC)', 300, 'ms', 'max'),
    ('stats_agency', 'Statistics, one agency, one year', 1000, 'ms', 'max'),
    ('stats_province', 'Statistics, whole province, one year', 1000, 'ms', 'max'),
    ('xlsx_province', 'XLSX export, province-year statistics', 5000, 'ms', 'max'),
    ('cron', 'Follow-up job, one run (every 5 minutes, at most 40 reminders)', 5000, 'ms', 'max'),
    ('engine', 'Deadline engine (deadlines/s)', 100000, '/s', 'min'),
    ('plan_days', "resource.calendar.plan_days, same inputs (deadlines/s)", None, '/s', 'min'),
    ('desk_cycle', '20 desks: receive + read + finish a step (JSON-RPC)', None, 'ms', 'max'),
]


def percentile(values, share):
    ordered = sorted(values)
    return ordered[max(0, int(math.ceil(share * len(ordered))) - 1)]


def summary(samples):
    """Median and p95 of durations in seconds, in milliseconds."""
    return {'median': statistics.median(samples) * 1000, 'p95': percentile(samples, 0.95) * 1000,
            'runs': len(samples)}


def timed(function, *args, **kwargs):
    began = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - began, result


# The province's actors and the measured actions (also run by tests/test_province_scale.py)

def actors(env):
    """The busiest procedure of the busiest agency, its officer and leader, a controller."""
    cr = env.cr
    cr.execute("""
        SELECT d.procedure_id, d.agency_id, count(*) FROM tthc_dossier d
          JOIN tthc_agency a ON a.id = d.agency_id
         WHERE a.code LIKE '%%.H99' AND d.internal_procedure_id IS NOT NULL
      GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1""")
    procedure_id, agency_id, count = cr.fetchone()

    def user(pattern, agency=None):
        cr.execute("""SELECT u.id, u.login FROM res_users u
                        LEFT JOIN tthc_agency_res_users_rel r ON r.user_id = u.id
                       WHERE u.login LIKE %s AND (%s IS NULL OR r.agency_id = %s)
                    ORDER BY u.id LIMIT 1""", (pattern, agency, agency))
        return cr.fetchone()
    return {'procedure_id': procedure_id, 'agency_id': agency_id, 'dossiers': count,
            'officer': user('bench.%.officer%', agency_id),
            'leader': user('bench.%.leader%', agency_id),
            'controller': user('bench.controller%')}


def user_env(env, uid):
    import odoo
    return odoo.api.Environment(env.cr, uid, {'lang': 'vi_VN', 'tz': 'Asia/Ho_Chi_Minh'})


def receive_and_finish(env, cast, runs):
    """Receive ``runs`` dossiers as the officer, then finish their first step; each action
    in a fresh cache, as a new request would. Returns (receive samples, step samples)."""
    Dossier = user_env(env, cast['officer'][0])['tthc.dossier']
    received, stepped, dossiers = [], [], []
    for number in range(runs):
        Dossier.invalidate_cache()
        duration, dossier = timed(Dossier.create, {
            'procedure_id': cast['procedure_id'], 'agency_id': cast['agency_id'],
            'channel': 'direct', 'applicant_name': 'Bench %d' % number,
            'applicant_phone': '0912345678', 'applicant_address': 'Bench',
            'component_ids': [(0, 0, {'name': 'Đơn đề nghị', 'original_count': 1}),
                              (0, 0, {'name': 'CCCD', 'copy_count': 1})]})
        received.append(duration)
        dossiers.append(dossier.id)
    for dossier_id in dossiers:
        Dossier.invalidate_cache()
        dossier = Dossier.browse(dossier_id)
        expected = dossier.step_id.id
        Dossier.invalidate_cache()
        duration, _result = timed(dossier.with_context(
            tthc_expected_step_id=expected).action_next_step)
        stepped.append(duration)
    return received, stepped


def kanban_calls(call, procedure_id, open_only=True):
    """The web client opening the kanban of a procedure's dossiers (the button of the
    procedure's form): one ``read_group`` by step, then a ``search_read`` of the first 40
    cards of each column, with a count when a column is full. ``call(model, method, args,
    kwargs)`` sends one request. Returns the number of cards loaded."""
    context = {'tthc_procedure_id': procedure_id, 'default_procedure_id': procedure_id,
               'search_default_open': 1, 'lang': 'vi_VN', 'tz': 'Asia/Ho_Chi_Minh'}
    domain = [['procedure_id', '=', procedure_id]]
    if open_only:
        domain.append(['state', 'in', list(OPEN_STATES)])
    groups = call('tthc.dossier', 'read_group', [], {
        'domain': domain, 'fields': KANBAN_FIELDS, 'groupby': ['step_id'], 'orderby': '',
        'lazy': True, 'context': context})
    cards = 0
    for group in groups:
        result = call('tthc.dossier', '/web/dataset/search_read', [], {
            'domain': group['__domain'], 'fields': KANBAN_FIELDS, 'limit': 40, 'offset': 0,
            'sort': '', 'context': context})
        cards += len(result['records'])
    return cards


def in_process_caller(env):
    """``call`` for ``kanban_calls`` without HTTP: the same methods the controllers run."""
    def call(model, method, args, kwargs):
        kwargs = dict(kwargs)
        Model = env[model].with_context(**kwargs.pop('context', {}))
        if method == '/web/dataset/search_read':
            records = Model.search_read(kwargs['domain'], kwargs['fields'], offset=0,
                                        limit=kwargs['limit'], order=kwargs['sort'] or None)
            length = Model.search_count(kwargs['domain']) \
                if len(records) == kwargs['limit'] else len(records)
            return {'length': length, 'records': records}
        return getattr(Model, method)(*args, **kwargs)
    return call


def statistics_year(env, cast, year):
    """(agency-year as its leader, province-year by agency as a controller)."""
    Statistics = user_env(env, cast['leader'][0])['tthc.dossier.statistics']
    first, last = '%d-01-01' % year, '%d-12-31' % year
    Statistics.invalidate_cache()
    agency = timed(Statistics.compute, first, last, agency_ids=[cast['agency_id']])
    Province = user_env(env, cast['controller'][0])['tthc.dossier.statistics']
    Province.invalidate_cache()
    province = timed(Province.compute, first, last, group_by='agency')
    return agency, province


def xlsx_year(env, cast, year):
    controller = user_env(env, cast['controller'][0])
    wizard = controller['tthc.dossier.statistics.wizard'].create({
        'date_from': '%d-01-01' % year, 'date_to': '%d-12-31' % year, 'group_by': 'agency'})
    report = controller.ref('tthc_dossier.tthc_dossier_statistics_xlsx_report')
    return timed(report.render_xlsx, wizard.ids, {})


@contextmanager
def clock_at(env, moment):
    with patch.object(type(env['tthc.dossier']), '_now', lambda self: moment):
        yield


def cron_run(env, minutes_later=5):
    """One run of the follow-up job as the scheduler starts it, five minutes after the last
    (the generated history is up to date with its reminders at generation time: what fell due
    since then is pending, up to the job's batch of 40). Returns (seconds, reminders)."""
    import odoo
    root = odoo.api.Environment(env.cr, odoo.SUPERUSER_ID, {})
    moment = datetime.strptime(root['tthc.dossier']._now(), '%Y-%m-%d %H:%M:%S')
    moment = (moment + timedelta(minutes=minutes_later)).strftime('%Y-%m-%d %H:%M:%S')
    root['tthc.dossier'].invalidate_cache()
    with clock_at(root, moment):
        return timed(root['tthc.dossier']._cron_follow_up)


def engine_cases(count, seed=1):
    sys.path.insert(0, HERE)
    import bench_deadline
    return bench_deadline, bench_deadline.make_cases(count, seed)


def deadline_rates(env, count=200000, compared=300):
    """Deadlines per second of the suite's engine (``count`` cases, pauses included) and, on
    the first ``compared`` cases as whole days without pauses, of the engine and of Odoo's
    ``resource.calendar.plan_days`` with the province's days off as global leaves."""
    bench_deadline, cases = engine_cases(count)
    engine = env['tthc.working.calendar'].engine()
    elapsed, _results = timed(bench_deadline.run, engine, cases)
    same = [(received, int(math.ceil(days)), []) for received, days, _pauses in
            cases[:compared]]
    same_elapsed, _results = timed(bench_deadline.run, engine, same * 100)
    calendar = env['resource.calendar'].create({'name': 'Bench', 'attendance_ids': [
        (0, 0, {'name': 'Day %d %s' % (day, part), 'dayofweek': str(day), 'hour_from': start,
                'hour_to': end})
        for day in range(5) for part, start, end in (('am', 7.5, 11.5), ('pm', 13, 17))]})
    for holiday in env['tthc.holiday'].search([('kind', '=', 'holiday')]):
        env['resource.calendar.leaves'].create({
            'name': holiday.name, 'calendar_id': calendar.id,
            'date_from': holiday.date + ' 00:00:00', 'date_to': holiday.date + ' 23:59:59'})
    calendar.invalidate_cache()
    began = time.perf_counter()
    for received, days, _pauses in same:
        calendar.plan_days(days, received, compute_leaves=True)
    plan_elapsed = time.perf_counter() - began
    return {'engine': count / elapsed, 'engine_same': len(same) * 100 / same_elapsed,
            'plan_days': len(same) / plan_elapsed}


# JSON-RPC: the prefork server and the desk clients

class Client(object):
    def __init__(self, url, db, login, password):
        import requests
        self.url, self.session, self.counter = url, requests.Session(), 0
        self.rpc('/web/session/authenticate', {'db': db, 'login': login, 'password': password})

    def rpc(self, path, params):
        self.counter += 1
        response = self.session.post(self.url + path, json={
            'jsonrpc': '2.0', 'method': 'call', 'params': params, 'id': self.counter},
            timeout=120).json()
        if 'error' in response:
            raise RuntimeError(str(response['error'].get('data', {}).get('message')
                                   or response['error']))
        return response['result']

    def call(self, model, method, args, kwargs):
        if method.startswith('/'):
            return self.rpc(method, dict(kwargs, model=model))
        return self.rpc('/web/dataset/call_kw/%s/%s' % (model, method),
                        {'model': model, 'method': method, 'args': args, 'kwargs': kwargs})


@contextmanager
def prefork_server(db, port, workers):
    log = os.path.join(ROOT, 'var', 'log', 'bench-server-%d.log' % port)
    process = subprocess.Popen(
        [os.path.join(ROOT, 'bin', 'odoo'), '-c', 'config/test.conf', '-d', db,
         '--db-filter=^%s$' % db, '--http-port=%d' % port, '--longpolling-port=%d' % (port + 3),
         '--workers=%d' % workers, '--max-cron-threads=0', '--limit-time-cpu=600',
         '--limit-time-real=1200', '--limit-memory-soft=2147483648',
         '--limit-memory-hard=2684354560', '--log-level=warn', '--logfile=%s' % log],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import requests
    url = 'http://127.0.0.1:%d' % port
    try:
        for _attempt in range(240):
            try:
                if requests.get(url + '/web/login', timeout=5).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            time.sleep(0.5)
        else:
            raise RuntimeError('the server did not answer on %s (log: %s)' % (url, log))
        yield url, process.pid
    finally:
        process.terminate()
        process.wait(60)


def worker_memory(server_pid):
    """RSS and peak RSS (MiB) of the server's worker processes, from /proc."""
    rows = []
    for name in os.listdir('/proc'):
        if not name.isdigit():
            continue
        try:
            with open('/proc/%s/stat' % name) as stat:
                parent = int(stat.read().rsplit(')', 1)[1].split()[1])
            if parent != server_pid:
                continue
            with open('/proc/%s/status' % name) as status:
                values = dict(line.split(':', 1) for line in status)
            rows.append((int(values['VmRSS'].split()[0]) / 1024.0,
                         int(values['VmHWM'].split()[0]) / 1024.0))
        except (OSError, IndexError, KeyError, ValueError):
            continue
    return rows


def desk_client(url, db, login, procedure_id, agency_id, duration, barrier, results):
    """One desk for ``duration`` seconds: receive a dossier, read it, hand its first step
    over; latency of each whole cycle, errors, codes."""
    client = Client(url, db, login, login)
    cycles, errors, codes = [], [], []
    barrier.wait()
    stop = time.time() + duration
    while time.time() < stop:
        began = time.perf_counter()
        try:
            dossier_id = client.call('tthc.dossier', 'create', [{
                'procedure_id': procedure_id, 'agency_id': agency_id, 'channel': 'direct',
                'applicant_name': MARKER, 'applicant_phone': '0912345678',
                'component_ids': [[0, 0, {'name': 'Đơn đề nghị', 'original_count': 1}]]}],
                {'context': {'lang': 'vi_VN', 'tz': 'Asia/Ho_Chi_Minh'}})
            record = client.call('tthc.dossier', 'read', [[dossier_id], ['code', 'step_id']],
                                 {})[0]
            client.call('tthc.dossier', 'action_next_step', [[dossier_id]], {
                'context': {'tthc_expected_step_id': record['step_id'][0]}})
            cycles.append(time.perf_counter() - began)
            codes.append(record['code'])
        except Exception as error:  # every failure counts, whatever its kind
            errors.append(str(error)[:200])
    results.put((login, cycles, errors, codes))


def desks_in_parallel(url, db, desks, duration):
    context = multiprocessing.get_context('spawn')
    barrier, results = context.Barrier(len(desks)), context.Queue()
    processes = [context.Process(target=desk_client, args=(
        url, db, login, procedure_id, agency_id, duration, barrier, results))
        for login, procedure_id, agency_id in desks]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=duration + 600) for _process in processes]
    for process in processes:
        process.join(60)
    return outcomes


def desk_logins(env, count):
    """``count`` desk officers of the busiest agencies, each with a procedure of theirs."""
    env.cr.execute("""
        WITH busy AS (SELECT agency_id, procedure_id, count(*) AS n FROM tthc_dossier
                       WHERE internal_procedure_id IS NOT NULL GROUP BY 1, 2),
             best AS (SELECT DISTINCT ON (agency_id) agency_id, procedure_id, n FROM busy
                    ORDER BY agency_id, n DESC)
        SELECT u.login, best.procedure_id, best.agency_id
          FROM best JOIN tthc_agency_res_users_rel r ON r.agency_id = best.agency_id
          JOIN res_users u ON u.id = r.user_id AND u.login LIKE 'bench.%%.officer%%'
      ORDER BY best.n DESC, u.login LIMIT %s""", [count])
    return env.cr.fetchall()


# The run

def machine(cr):
    cpu = platform.processor()
    with open('/proc/cpuinfo') as info:
        for line in info:
            if line.startswith('model name'):
                cpu = line.split(':', 1)[1].strip()
                break
    with open('/proc/meminfo') as info:
        memory = int(info.readline().split()[1]) / 1024.0 ** 2
    cr.execute("SELECT current_setting('server_version'), current_setting('shared_buffers'), "
               "current_setting('work_mem')")
    version, buffers, work_mem = cr.fetchone()
    return '%s, %d cores, %.0f GiB RAM; PostgreSQL %s (shared_buffers %s, work_mem %s); ' \
           'Python %s' % (cpu, os.cpu_count(), memory, version, buffers, work_mem,
                          platform.python_version())


def verdict(value, target, sense):
    if target is None:
        return ''
    return 'met' if (value <= target if sense == 'max' else value >= target) else 'MISSED'


def table(rows):
    lines = ['| measurement | target | median | p95 | runs | |',
             '| --- | --- | --- | --- | --- | --- |']
    for key, label, target, unit, sense in TARGETS:
        if key not in rows:
            continue
        row = rows[key]
        if unit == '/s':
            value = '%s /s' % format(int(row['value']), ',')
            lines.append('| %s | %s | %s | | %s | %s |' % (
                label, '≥ %s /s' % format(target, ',') if target else row.get('note', ''),
                value, row.get('runs', 1), verdict(row['value'], target, sense)))
        else:
            lines.append('| %s | %s | %.1f ms | %.1f ms | %d | %s |' % (
                label, '≤ %s ms' % format(target, ',') if target else row.get('note', ''),
                row['median'], row['p95'], row['runs'],
                verdict(row['median'], target, sense)))
    return '\n'.join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--db', default='tthc_bench')
    parser.add_argument('--label', default='')
    parser.add_argument('--runs', type=int, default=30)
    parser.add_argument('--workers', type=int, default=4)
    parser.add_argument('--clients', type=int, default=20)
    parser.add_argument('--duration', type=int, default=60, help="seconds of the desks' run")
    parser.add_argument('--port', type=int, default=8269)
    parser.add_argument('--only', default='',
                        help="comma-separated: orm,kanban,stats,xlsx,cron,engine,desks")
    parser.add_argument('--no-append', action='store_true')
    args = parser.parse_args()
    parts = set(args.only.split(',')) if args.only else {
        'orm', 'kanban', 'stats', 'xlsx', 'cron', 'engine', 'desks'}

    import odoo
    odoo.tools.config.parse_config(['-c', os.path.join(ROOT, 'config', 'test.conf'),
                                    '-d', args.db, '--log-level=warn'])
    registry = odoo.registry(args.db)
    rows, notes = {}, []

    @contextmanager
    def environment():
        with odoo.api.Environment.manage(), registry.cursor() as cr:
            try:
                yield odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            finally:
                cr.rollback()

    with environment() as env:
        host = machine(env.cr)
        cast = actors(env)
        env.cr.execute("SELECT count(*), count(*) FILTER (WHERE state IN %s) FROM tthc_dossier",
                       [OPEN_STATES])
        total, open_count = env.cr.fetchone()
        year = datetime.strptime(env['tthc.dossier']._now(), '%Y-%m-%d %H:%M:%S').year - 1
    print('%s: %s dossiers, %s open; %s'
          % (args.db, format(total, ','), format(open_count, ','), host))
    print('kanban and ORM: procedure %(procedure_id)s at agency %(agency_id)s '
          '(%(dossiers)s dossiers), officer %(officer)s' % cast)

    if 'orm' in parts:
        with environment() as env:
            received, stepped = receive_and_finish(env, cast, args.runs)
        rows['receive'], rows['next_step'] = summary(received), summary(stepped)
    if 'stats' in parts:
        agency, province = [], []
        with environment() as env:
            for _run in range(max(5, args.runs // 3)):
                (one, _r), (all_, _p) = statistics_year(env, cast, year)
                agency.append(one)
                province.append(all_)
        rows['stats_agency'], rows['stats_province'] = summary(agency), summary(province)
    if 'xlsx' in parts:
        samples = []
        with environment() as env:
            for _run in range(5):
                samples.append(xlsx_year(env, cast, year)[0])
        rows['xlsx_province'] = summary(samples)
    if 'cron' in parts:
        samples, reminders = [], 0
        for _run in range(3):
            with environment() as env:
                duration, reminders = cron_run(env)
                samples.append(duration)
        rows['cron'] = summary(samples)
        notes.append('Follow-up job: %s open dossiers, %d reminders in the run measured.'
                     % (format(open_count, ','), reminders))
    if 'engine' in parts:
        with environment() as env:
            rates = deadline_rates(env)
        rows['engine'] = {'value': rates['engine']}
        rows['plan_days'] = {'value': rates['plan_days'], 'note': 'engine on the same inputs: '
                             '%s /s, %.0f× faster' % (format(int(rates['engine_same']), ','),
                                                      rates['engine_same'] / rates['plan_days'])}
    if 'kanban' in parts or 'desks' in parts:
        with prefork_server(args.db, args.port, args.workers) as (url, server_pid):
            if 'kanban' in parts:
                client = Client(url, args.db, cast['officer'][1], cast['officer'][1])
                for key, open_only in (('kanban_open', True), ('kanban_all', False)):
                    kanban_calls(client.call, cast['procedure_id'], open_only)  # warm-up
                    samples = [timed(kanban_calls, client.call, cast['procedure_id'],
                                     open_only)[0] for _run in range(args.runs)]
                    rows[key] = summary(samples)
            if 'desks' in parts:
                with environment() as env:
                    desks = desk_logins(env, args.clients)
                outcomes = desks_in_parallel(url, args.db, desks, args.duration)
                memory = worker_memory(server_pid)
                cycles = [cycle for _login, samples, _e, _c in outcomes for cycle in samples]
                errors = [error for _login, _s, errs, _c in outcomes for error in errs]
                codes = [code for _login, _s, _e, batch in outcomes for code in batch]
                rows['desk_cycle'] = dict(summary(cycles or [0]), note='%.1f cycles/s, '
                                          '%d errors, %d duplicate codes' % (
                                              len(cycles) / float(args.duration), len(errors),
                                              len(codes) - len(set(codes))))
                notes.append(
                    '%d desks (%d distinct officers) for %d s against %d prefork workers: '
                    '%d cycles (%.1f/s, 3 requests each), %d errors%s, %d duplicate codes; '
                    'worker RSS %s MiB (peak %s MiB).' % (
                        len(desks), len(set(d[0] for d in desks)), args.duration, args.workers,
                        len(cycles), len(cycles) / float(args.duration), len(errors),
                        (' (%s)' % errors[0]) if errors else '', len(codes) - len(set(codes)),
                        ', '.join('%.0f' % rss for rss, _peak in memory),
                        ', '.join('%.0f' % peak for _rss, peak in memory)))
                with odoo.api.Environment.manage(), registry.cursor() as cr:
                    cr.execute("DELETE FROM tthc_dossier WHERE applicant_name = %s", [MARKER])
                    cr.commit()

    title = '### %s — %s dossiers (%s open), database %s, %s' % (
        args.label or args.db, format(total, ','), format(open_count, ','), args.db,
        datetime.now().strftime('%Y-%m-%d %H:%M'))
    text = '\n'.join([title, '', 'Machine: ' + host, '', table(rows), ''] +
                     ['- ' + note for note in notes] + [''])
    print(text)
    if not args.no_append:
        with open(RESULTS, 'a') as results:
            results.write('\n' + text)


if __name__ == '__main__':
    main()
