# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""What the browser tests share: the Odoo 11 web client as a user drives it (log in, open a
menu, press a button, download a report), and JSON-RPC for the few records a scenario needs
beforehand. The fixtures (a server per test module, a page per test) are in conftest.py."""
import os
import subprocess
import time
from contextlib import contextmanager
from datetime import datetime, timedelta

import pytz
import requests

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PORT = int(os.environ.get('TTHC_BROWSER_PORT', 8179))
URL = 'http://127.0.0.1:%d' % PORT
SHOTS = os.path.join(ROOT, 'var', 'screenshots')
CHROMIUM = '/usr/bin/chromium'
CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                 '--disable-component-update', '--no-first-run']
TIMEZONE = 'Asia/Ho_Chi_Minh'
# The first page of a fresh database builds the asset bundles: minutes on a busy 2-core machine.
FIRST_LOAD = 180000
LOAD = 60000


@contextmanager
def odoo_server(database, port, *options, probe=None, log_name=None, timeout=300):
    """A real Odoo server on ``database`` (HTTP ``port``, longpolling ``port`` + 1, no cron,
    ``options`` added) for the duration of the block. Yields its URL and its log's path once
    ``probe`` (its /web/login by default) answers 200: the first page of a fresh database
    takes long on a busy machine."""
    url = 'http://127.0.0.1:%d' % port
    log = os.path.join(ROOT, 'var', 'log', log_name or 'test-server-%d.log' % port)
    process = subprocess.Popen(
        [os.path.join(ROOT, 'bin', 'odoo'), '-c', 'config/test.conf', '-d', database,
         '--db-filter=^%s$' % database, '--http-port=%d' % port,
         '--longpolling-port=%d' % (port + 1), '--max-cron-threads=0', '--logfile=%s' % log]
        + list(options), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + timeout
        while True:
            try:
                if requests.get(probe or url + '/web/login', timeout=60).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.time() > deadline:
                raise RuntimeError('the server did not answer on %s (log: %s)' % (url, log))
            time.sleep(0.5)
        yield url, log
    finally:
        process.terminate()
        try:
            process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            process.terminate()  # a second signal stops prefork workers without waiting
            process.wait(timeout=60)


# Odoo 11 shows a server error in a dialog and writes nothing to the console: repeat each
# JSON-RPC error there, so that the console check catches it too.
REPORT_RPC_ERRORS = """
(function () {
    var send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function () {
        this.addEventListener('load', function () {
            if (this.responseType && this.responseType !== 'text') { return; }
            var reply;
            try { reply = JSON.parse(this.responseText); } catch (error) { return; }
            if (reply && reply.jsonrpc && reply.error) {
                console.error('JSON-RPC error: ' + ((reply.error.data || {}).message
                                                    || reply.error.message));
            }
        });
        return send.apply(this, arguments);
    };
})();
"""


def local_today(days=0):
    """Today (plus ``days``) on the users' calendar, as the web client shows it: dd/mm/yyyy."""
    day = datetime.now(pytz.timezone(TIMEZONE)).date() + timedelta(days=days)
    return day.strftime('%d/%m/%Y')


def screenshot(page, name):
    wait_idle(page)
    page.mouse.move(1, 899)  # no tooltip on the picture
    page.screenshot(path=os.path.join(SHOTS, name + '.png'))


def login(page, login):
    page.goto(URL + '/web/login')
    page.fill('input[name=login]', login)
    page.fill('input[name=password]', login)
    page.click('button[type=submit]')
    # the home action on screen: the menus are bound by then
    page.wait_for_selector('.o_web_client .o_content > *', timeout=FIRST_LOAD)
    wait_idle(page)


def open_menu(page, app_xmlid, section, leaf_xmlid):
    """Open a menu as a user does: the app in the app drawer, the section of its menu bar
    (by its Vietnamese name), then the entry."""
    if not page.locator('body.drawer-open').count():
        page.click('a.app-drawer-toggle')
        page.wait_for_selector('body.drawer-open')
    page.click('#appDrawerApps a[data-menu-xmlid="%s"]' % app_xmlid)
    menu_bar = page.locator('.oe_secondary_menu:visible')
    menu_bar.locator('a.dropdown-toggle', has_text=section).click()
    menu_bar.locator('a[data-menu-xmlid="%s"]' % leaf_xmlid).click()


def wait_for_view(page, view):
    """Wait for the view (``list``, ``kanban``, ``form``, ``pivot``, ``graph``) of the current
    action, and for the web client to have finished its calls."""
    selector = {'list': '.o_list_view', 'kanban': '.o_kanban_view', 'form': '.o_form_view',
                'pivot': '.o_pivot table', 'graph': '.o_graph svg'}[view]
    page.wait_for_selector('.o_content ' + selector, timeout=LOAD)
    wait_idle(page)


def wait_idle(page):
    # the web client marks itself with oe_wait while a call is pending, and fades its
    # "loading" label out afterwards
    page.wait_for_function("!document.querySelector('.o_web_client.oe_wait')", timeout=LOAD)
    page.wait_for_selector('.o_loading', state='hidden', timeout=LOAD)


def switch_view(page, view):
    page.click('.o_cp_switch_%s' % view)
    wait_for_view(page, view)


def field(page, name, scope='.o_content'):
    return page.locator('%s .o_field_widget[name=%s]' % (scope, name)).first


def wait_for_field(page, name, text, scope='.o_content'):
    """Wait until the field shows ``text`` (after a button, the record is read again)."""
    page.wait_for_function(
        """([selector, text]) => {
            const node = document.querySelector(selector);
            return node && node.innerText.trim() === text;
        }""", arg=['%s .o_field_widget[name=%s]' % (scope, name), text], timeout=LOAD)


def wait_for_status(page, label):
    page.wait_for_function(
        """label => {
            const node = document.querySelector('.o_content .o_statusbar_status .btn-primary');
            return node && node.innerText.trim() === label;
        }""", arg=label, timeout=LOAD)


def press(page, label, scope='.o_content .o_form_statusbar'):
    """Press the visible button with this Vietnamese label."""
    page.locator('%s button:visible' % scope, has_text=label).first.click()


def choose(page, name, text, option=None, scope='.o_content'):
    """Type into a many2one field and pick the proposal (the first one, or the one with
    ``option`` in its label)."""
    field(page, name, scope).locator('input').fill(text)
    proposals = page.locator('.ui-autocomplete:visible li a')
    if option:
        proposals = proposals.filter(has_text=option)
    proposals.first.click()


def download(page, action, url_part):
    """Run ``action`` (a click) and return the HTTP response and the body of the file the
    web client downloads: Odoo 11 posts a hidden form to ``url_part``."""
    with page.expect_download(timeout=LOAD * 2) as download_info, \
            page.expect_response(lambda response: url_part in response.url,
                                 timeout=LOAD * 2) as response_info:
        action()
    path = download_info.value.path()
    with open(path, 'rb') as handle:
        return response_info.value, handle.read()


class JsonRpc(object):
    """The external API, for what a scenario needs before the browser comes in."""

    def __init__(self, url, database):
        self.url, self.database = url, database

    def _call(self, service, method, *args):
        reply = requests.post(self.url + '/jsonrpc', json={
            'jsonrpc': '2.0', 'method': 'call',
            'params': {'service': service, 'method': method, 'args': args}}, timeout=120).json()
        if reply.get('error'):
            raise AssertionError(reply['error'].get('data', {}).get('message')
                                 or reply['error'])
        return reply['result']

    def as_user(self, login, password=None):
        """A function calling model methods as this user (password = login, as in the
        demo data), in Vietnamese as the users work."""
        password = password or login
        uid = self._call('common', 'login', self.database, login, password)
        assert uid, 'cannot log in as %s' % login

        def call(model, method, *args, **kwargs):
            kwargs.setdefault('context', {'lang': 'vi_VN', 'tz': TIMEZONE})
            return self._call('object', 'execute_kw', self.database, uid, password, model,
                              method, list(args), kwargs)
        return call

    def ref(self, xmlid):
        return self.as_user('admin', 'admin')('ir.model.data', 'xmlid_to_res_id', xmlid, True)
