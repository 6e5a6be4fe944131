# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Password guessing is throttled by Odoo itself (OCA auth_brute_force, with the suite's
sliding window) on every authentication route, tried over HTTP against a real server: after
the limit of failures from one address for one login, the right password is refused too, by
every route; failures older than the window no longer count."""
import xmlrpc.client

import pytest
import requests

import odoo
from odoo.tests.common import get_db_name

from .browser import odoo_server

PORT = 8420  # beside the browser tests' server
LOGIN, PASSWORD = 'tnmt.officer', 'tnmt.officer'
LIMIT = 3


def _sql(query, params=()):
    with odoo.registry(get_db_name()).cursor() as cr:
        cr.execute(query, params)


@pytest.fixture(scope='module')
def server(request):
    database = request.config.getoption('--odoo-database')
    _sql("DELETE FROM res_authentication_attempt")
    for key, value in (('auth_brute_force.max_by_ip_user', str(LIMIT)),
                       ('auth_brute_force.max_by_ip', str(3 * LIMIT))):
        _sql("DELETE FROM ir_config_parameter WHERE key = %s", (key,))
        _sql("INSERT INTO ir_config_parameter (key, value) VALUES (%s, %s)", (key, value))
    try:
        with odoo_server(database, PORT, '--log-level=warn',
                         log_name='test-auth-throttle-%d.log' % PORT) as (url, _log):
            yield url, database
    finally:
        _sql("DELETE FROM ir_config_parameter WHERE key LIKE 'auth_brute_force.max_%%'")
        _sql("DELETE FROM res_authentication_attempt")


def _web_login(url, database, password):
    session = requests.Session()
    page = session.get(url + '/web/login', timeout=60).text
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    reply = session.post(url + '/web/login/', timeout=60, allow_redirects=False, data={
        'csrf_token': token, 'login': LOGIN, 'password': password, 'db': database})
    # Odoo 11 answers a successful login with a page that moves the browser to /web
    return reply.status_code == 200 and "window.location = '/web'" in reply.text


def _session_authenticate(url, database, password):
    reply = requests.post(url + '/web/session/authenticate', timeout=60, json={
        'jsonrpc': '2.0', 'method': 'call',
        'params': {'db': database, 'login': LOGIN, 'password': password}}).json()
    return bool((reply.get('result') or {}).get('uid'))


def _xmlrpc(path):
    def login(url, database, password):
        common = xmlrpc.client.ServerProxy(url + path, allow_none=True)
        try:
            return bool(common.login(database, LOGIN, password))
        except xmlrpc.client.Fault:
            return False
    return login


def _jsonrpc(url, database, password):
    reply = requests.post(url + '/jsonrpc', timeout=60, json={
        'jsonrpc': '2.0', 'method': 'call', 'params': {
            'service': 'common', 'method': 'login', 'args': [database, LOGIN, password]}})
    return bool(reply.json().get('result'))


def _object(url, database, password):
    """The object service checks the password of every call."""
    uid = _uid()
    proxy = xmlrpc.client.ServerProxy(url + '/xmlrpc/2/object', allow_none=True)
    try:
        proxy.execute_kw(database, uid, password, 'res.users', 'context_get', [])
        return True
    except xmlrpc.client.Fault:
        return False


def _uid():
    with odoo.registry(get_db_name()).cursor() as cr:
        cr.execute("SELECT id FROM res_users WHERE login = %s", (LOGIN,))
        return cr.fetchone()[0]


ROUTES = {
    '/web/login': _web_login, '/web/session/authenticate': _session_authenticate,
    '/xmlrpc/2/common': _xmlrpc('/xmlrpc/2/common'), '/xmlrpc/common': _xmlrpc('/xmlrpc/common'),
    '/jsonrpc': _jsonrpc, '/xmlrpc/2/object': _object,
}


@pytest.mark.parametrize('route', sorted(ROUTES))
def test_guessing_is_throttled_on_every_route(server, route):
    url, database = server
    _sql("DELETE FROM res_authentication_attempt")
    guess = ROUTES[route]
    assert guess(url, database, PASSWORD), 'the right password works first'
    for _index in range(LIMIT):
        assert not guess(url, database, 'wrong-%d' % _index)
    # the address is refused for this login now, with the right password, on every route
    # (the object service keeps answering calls whose password this server process already
    # verified: Odoo caches it; a guessed one is checked, counted and refused)
    for name, other in sorted(ROUTES.items()):
        if name == '/xmlrpc/2/object':
            continue
        assert not other(url, database, PASSWORD), '%s after guessing on %s' % (name, route)
    # failures older than the window (15 minutes) no longer count
    _sql("UPDATE res_authentication_attempt SET create_date = create_date - interval '16 min'")
    assert guess(url, database, PASSWORD), 'the right password works again after the window'
    _sql("DELETE FROM res_authentication_attempt")
