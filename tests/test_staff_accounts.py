# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Staff accounts (SECURITY.md, section 7): OCA auth_totp, password_security and
auth_session_timeout are installed with the suite; with `tthc_staff_security = strict` (the
production configuration) a real server over HTTP refuses leaders, controllers and
administrators without a second factor, asks those enrolled for their code, enforces the
password policy and ends sessions idle for 30 minutes. Without it (demo and tests) the demo
users log in with their password only."""
import os
import time
from pathlib import Path

import pyotp
import pytest
import requests

import odoo
from odoo.tests.common import get_db_name

from .browser import ROOT, odoo_server

PORT = 8430
SECRET = pyotp.random_base32()
PROBE = 'strict.probe'


def _env_do(work):
    with odoo.registry(get_db_name()).cursor() as cr:
        return work(odoo.api.Environment(cr, odoo.SUPERUSER_ID, {}))


def test_modules_installed():
    states = _env_do(lambda env: dict(env['ir.module.module'].search([('name', 'in', (
        'auth_totp', 'password_security', 'auth_session_timeout', 'auth_brute_force'))]).mapped(
        lambda module: (module.name, module.state))))
    assert states == dict.fromkeys(('auth_totp', 'password_security', 'auth_session_timeout',
                                    'auth_brute_force'), 'installed')


def _authenticate(url, database, login, password, session=None):
    session = session or requests.Session()
    reply = session.post(url + '/web/session/authenticate', timeout=60, json={
        'jsonrpc': '2.0', 'method': 'call',
        'params': {'db': database, 'login': login, 'password': password}}).json()
    return (reply.get('result') or {}).get('uid'), session


def _call(url, session, model, method, *args):
    return session.post(url + '/web/dataset/call_kw', timeout=60, json={
        'jsonrpc': '2.0', 'method': 'call', 'params': {
            'model': model, 'method': method, 'args': list(args), 'kwargs': {}}}).json()


@pytest.fixture(scope='module')
def strict_server(request, tmp_path_factory):
    database = request.config.getoption('--odoo-database')
    saved = {}

    def prepare(env):
        company = env.ref('base.main_company')
        saved['company'] = {name: company[name] for name in (
            'password_length', 'password_lower', 'password_upper', 'password_numeric',
            'password_special', 'password_expiration', 'password_history', 'password_minimum')}
        env['res.users'].with_context(no_reset_password=True).create({
            'name': 'Strict probe', 'login': PROBE, 'password': PROBE,
            'groups_id': [(6, 0, [env.ref('tthc_catalog.group_tthc_officer').id])]})
        leader = env.ref('tthc_catalog.user_leader_tnmt')
        env['res.users.authenticator'].create({'name': 'Phone', 'secret_key': SECRET,
                                               'user_id': leader.id})
        leader.mfa_enabled = True
    _env_do(prepare)
    conf = tmp_path_factory.mktemp('strict') / 'odoo.conf'
    conf.write_text((Path(ROOT) / 'config' / 'test.conf').read_text().replace(
        'data_dir = var/test-data', 'data_dir = %s/var/test-data' % ROOT).replace(
        'addons_path = addons', 'addons_path = %s/addons' % ROOT)
        + 'tthc_staff_security = strict\n')
    try:
        with odoo_server(database, PORT, '-c', str(conf), '--log-level=warn',
                         log_name='test-staff-accounts-%d.log' % PORT) as (url, _log):
            yield url, database
    finally:
        def restore(env):
            env.ref('base.main_company').write(saved['company'])
            env.cr.execute("UPDATE ir_config_parameter SET value = '7200' WHERE key = %s",
                           ['inactive_session_time_out_delay'])
            leader = env.ref('tthc_catalog.user_leader_tnmt')
            leader.authenticator_ids.unlink()
            leader.mfa_enabled = False
            env['res.users'].search([('login', '=', PROBE)]).unlink()
            env['res.authentication.attempt'].search([]).unlink()
        _env_do(restore)


def test_strict_policy_applied_at_start():
    """What a server started with `tthc_staff_security = strict` writes (rolled back)."""
    with odoo.registry(get_db_name()).cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        odoo.tools.config['tthc_staff_security'] = 'strict'
        try:
            env['res.users']._register_hook()
        finally:
            odoo.tools.config['tthc_staff_security'] = ''
        company = env.ref('base.main_company')
        cr.execute("SELECT value FROM ir_config_parameter WHERE key = %s",
                   ['inactive_session_time_out_delay'])
        # fetched before the company's fields are read: reading them queries the same cursor
        timeout = cr.fetchone()[0]
        applied = (company.password_length, company.password_upper, company.password_numeric,
                   company.password_special, company.password_expiration, timeout)
        cr.rollback()
    assert applied == (12, 1, 1, 1, 90, '1800')


def test_second_factor_required_for_leaders_controllers_admins(strict_server):
    url, database = strict_server
    for login in ('controller', 'admin', 'hopthanh.leader'):
        uid, _session = _authenticate(url, database, login, login)
        assert not uid, '%s logged in without a second factor' % login
    # an officer is not required to have one
    uid, _session = _authenticate(url, database, 'tnmt.officer', 'tnmt.officer')
    assert uid


def _session_uid(url, session):
    reply = session.post(url + '/web/session/get_session_info', timeout=60, json={
        'jsonrpc': '2.0', 'method': 'call', 'params': {}}).json()
    return (reply.get('result') or {}).get('uid')


def _target(reply):
    """Where a reply sends the browser: a redirect, or Odoo 11's page that sets
    window.location (redirect_with_hash)."""
    if reply.headers.get('Location'):
        return reply.headers['Location']
    if "window.location = '" in reply.text:
        return reply.text.split("window.location = '")[1].split("'")[0]
    return ''


def test_enrolled_leader_logs_in_with_the_code(strict_server):
    url, database = strict_server
    session = requests.Session()
    page = session.get(url + '/web/login', timeout=60).text
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    reply = session.post(url + '/web/login', timeout=60, allow_redirects=False, data={
        'csrf_token': token, 'login': 'tnmt.leader', 'password': 'tnmt.leader'})
    assert '/auth_totp/login' in _target(reply)
    assert not _session_uid(url, session), 'logged in before the second factor'
    page = session.get(url + '/auth_totp/login', timeout=60).text
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    code = pyotp.TOTP(SECRET).now()
    wrong = session.post(url + '/auth_totp/login', timeout=60, allow_redirects=False, data={
        'csrf_token': token, 'confirmation_code': '000000' if code != '000000' else '111111'})
    assert '/auth_totp/login' in _target(wrong)
    right = session.post(url + '/auth_totp/login', timeout=60, allow_redirects=False, data={
        'csrf_token': token, 'confirmation_code': pyotp.TOTP(SECRET).now()})
    assert _target(right).startswith('/web'), _target(right)
    assert _session_uid(url, session) == _env_do(
        lambda env: env.ref('tthc_catalog.user_leader_tnmt').id)


def test_password_policy(strict_server):
    url, database = strict_server
    uid, session = _authenticate(url, database, PROBE, PROBE)
    assert uid
    for weak in ('short', 'longbutnodigitsorupper', 'Longer-but-no-digit'):
        reply = _call(url, session, 'res.users', 'change_password', PROBE, weak)
        assert reply.get('error'), weak
    reply = _call(url, session, 'res.users', 'change_password', PROBE, 'Lang-Son-2026-desk')
    assert reply.get('result') is True, reply


def test_idle_session_ends(strict_server):
    url, database = strict_server
    uid, session = _authenticate(url, database, 'tnmt.officer', 'tnmt.officer')
    assert uid
    sid = session.cookies['session_id']
    path = os.path.join(ROOT, 'var', 'test-data', 'sessions', 'werkzeug_%s.sess' % sid)
    assert os.path.exists(path)
    reply = _call(url, session, 'res.users', 'context_get')
    assert 'result' in reply
    idle = time.time() - 31 * 60
    os.utime(path, (idle, idle))
    reply = _call(url, session, 'res.users', 'context_get')
    assert 'error' in reply and 'result' not in reply, reply


def test_login_page_says_why(strict_server):
    url, _database = strict_server
    session = requests.Session()
    page = session.get(url + '/web/login', timeout=60).text
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    reply = session.post(url + '/web/login', timeout=60, allow_redirects=False, data={
        'csrf_token': token, 'login': 'controller', 'password': 'controller'})
    assert reply.status_code == 200 and 'two-factor authentication' in reply.text


def test_code_without_password_opens_nothing(strict_server):
    url, _database = strict_server
    session = requests.Session()
    page = session.get(url + '/auth_totp/login', timeout=60).text
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    reply = session.post(url + '/auth_totp/login', timeout=60, allow_redirects=False, data={
        'csrf_token': token, 'confirmation_code': pyotp.TOTP(SECRET).now()})
    assert '/web/login' in _target(reply)
    assert not _session_uid(url, session)
