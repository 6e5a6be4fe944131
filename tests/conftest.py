# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Fixtures of the browser tests (test_browser*.py): a real Odoo server per test module on the
test database, and a Chromium page per test that fails the test on any JavaScript error."""
import os

import pytest

from .browser import (CHROMIUM, CHROMIUM_ARGS, PORT, REPORT_RPC_ERRORS, SHOTS, TIMEZONE,
                      JsonRpc, odoo_server)


@pytest.fixture(scope='module')
def server(request):
    with odoo_server(request.config.getoption('--odoo-database'), PORT, '--log-level=warn',
                     log_name='test-browser-server-%d.log' % PORT) as (url, _log):
        yield url


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
