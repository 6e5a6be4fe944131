"""Fixtures of the browser tests (test_browser*.py): a real Odoo server per test module on the
test database, and a Chromium page per test that fails the test on any JavaScript error."""
import os
import subprocess
import time

import pytest
import requests

from .browser import (CHROMIUM, CHROMIUM_ARGS, PORT, REPORT_RPC_ERRORS, ROOT, SHOTS,
                      TIMEZONE, URL, JsonRpc)


@pytest.fixture(scope='module')
def server(request):
    database = request.config.getoption('--odoo-database')
    process = subprocess.Popen(
        [os.path.join(ROOT, 'bin', 'odoo'), '-c', 'config/test.conf', '-d', database,
         '--db-filter=^%s$' % database, '--http-port=%d' % PORT,
         '--longpolling-port=%d' % (PORT + 1), '--max-cron-threads=0', '--log-level=warn',
         '--logfile=%s' % os.path.join(ROOT, 'var', 'log', 'test-browser-server-%d.log' % PORT)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # the first page of a fresh database takes long on a busy machine: wait for it
        deadline = time.time() + 300
        while time.time() < deadline:
            try:
                if requests.get(URL + '/web/login', timeout=60).status_code == 200:
                    break
            except requests.RequestException:
                pass
            time.sleep(0.5)
        else:
            pytest.fail('the server did not answer on %s' % URL)
        yield URL
    finally:
        process.terminate()
        process.wait(30)


@pytest.fixture(scope='module')
def rpc(server, request):
    return JsonRpc(server, request.config.getoption('--odoo-database'))


@pytest.fixture
def page(server):
    from playwright.sync_api import sync_playwright
    if not os.path.exists(CHROMIUM):
        pytest.fail('Chromium is missing: run scripts/system-packages.sh')
    os.makedirs(SHOTS, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={'width': 1400, 'height': 900},
                                      locale='vi-VN', timezone_id=TIMEZONE,
                                      accept_downloads=True)
        context.add_init_script(REPORT_RPC_ERRORS)
        page = context.new_page()
        page.errors = []
        page.on('pageerror', lambda error: page.errors.append(str(error)))
        page.on('console', lambda message: message.type == 'error' and page.errors.append(
            message.text))
        yield page
        browser.close()
    assert not page.errors, page.errors
