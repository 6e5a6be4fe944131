"""The desk officer's day in a real browser (Playwright driving Debian's Chromium), in
Vietnamese, against a real server: log in, receive a dossier through the form, find it in the
kanban, hand it over, print the receipt, open the statistics. Any JavaScript error fails.
Screenshots are saved in var/screenshots/."""
import os
import re
import subprocess
import time

import pytest
import requests

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PORT = int(os.environ.get('TTHC_BROWSER_PORT', 8179))
URL = 'http://127.0.0.1:%d' % PORT
SHOTS = os.path.join(ROOT, 'var', 'screenshots')
CHROMIUM = '/usr/bin/chromium'


@pytest.fixture(scope='module')
def server(request):
    database = request.config.getoption('--odoo-database')
    process = subprocess.Popen(
        [os.path.join(ROOT, 'bin', 'odoo'), '-c', 'config/test.conf', '-d', database,
         '--db-filter=^%s$' % database, '--http-port=%d' % PORT, '--longpolling-port=%d' % (PORT + 1),
         '--max-cron-threads=0', '--log-level=warn',
         '--logfile=%s' % os.path.join(ROOT, 'var', 'log', 'test-browser-server-%d.log' % PORT)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _attempt in range(120):
            try:
                if requests.get(URL + '/web/login', timeout=5).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            time.sleep(0.5)
        else:
            pytest.fail('the server did not answer on %s' % URL)
        yield URL
    finally:
        process.terminate()
        process.wait(30)


@pytest.fixture
def page(server):
    from playwright.sync_api import sync_playwright
    if not os.path.exists(CHROMIUM):
        pytest.fail('Chromium is missing: run scripts/system-packages.sh')
    os.makedirs(SHOTS, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
            '--disable-component-update', '--no-first-run'])
        context = browser.new_context(viewport={'width': 1400, 'height': 900},
                                      locale='vi-VN', timezone_id='Asia/Ho_Chi_Minh')
        page = context.new_page()
        page.errors = []
        page.on('pageerror', lambda error: page.errors.append(str(error)))
        page.on('console', lambda message: message.type == 'error' and page.errors.append(
            message.text))
        yield page
        browser.close()
    assert not page.errors, page.errors


def _login(page, login):
    page.goto(URL + '/web/login')
    page.fill('input[name=login]', login)
    page.fill('input[name=password]', login)
    page.click('button[type=submit]')
    page.wait_for_selector('.o_web_client', timeout=120000)


def _open_dossiers(page):
    page.goto(URL + '/web#action=tthc_dossier.tthc_dossier_action&view_type=list')
    page.wait_for_selector('.o_list_view', timeout=120000)


def test_desk_officer_receives_and_hands_over_a_dossier(page):
    _login(page, 'tnmt.officer')
    _open_dossiers(page)
    page.screenshot(path=os.path.join(SHOTS, 'dossiers-list.png'))
    assert 'Hồ sơ' in page.inner_text('.o_control_panel')

    page.click('.o_list_button_add')
    page.wait_for_selector('.o_form_editable')
    procedure = page.locator('.o_field_widget[name=procedure_id] input')
    procedure.fill('1.003010')
    page.wait_for_selector('.ui-autocomplete li a')
    page.click('.ui-autocomplete li a >> nth=0')
    page.fill('input[name=applicant_name]', 'Lê Văn Trình Duyệt')
    page.fill('input[name=applicant_phone]', '0912000111')
    page.click('.o_form_button_save')
    page.wait_for_selector('.o_form_readonly', timeout=30000)
    code = page.inner_text('.oe_title h1').strip()
    assert re.match(r'^000\.00\.20\.H36-\d{6}-\d{6}$', code), code
    assert 'Đã tiếp nhận' in page.inner_text('.o_statusbar_status .btn-primary')
    page.screenshot(path=os.path.join(SHOTS, 'dossier-received.png'))

    page.click('.o_form_statusbar .o_statusbar_buttons button:has-text("Chuyển bước tiếp theo")')
    page.wait_for_function(
        "document.querySelector('.o_statusbar_status .btn-primary').innerText"
        ".includes('Đang giải quyết')", timeout=30000)
    dossier_id = int(re.search(r'[#&]id=(\d+)', page.url).group(1))

    receipt = page.request.get(URL + '/report/pdf/tthc_dossier.report_receipt/%d' % dossier_id,
                               timeout=120000)
    assert receipt.status == 200
    assert receipt.body().startswith(b'%PDF')

    page.goto(URL + '/web#action=tthc_dossier.tthc_dossier_action&view_type=kanban')
    page.wait_for_selector('.o_kanban_view .o_kanban_record', timeout=120000)
    assert code in page.inner_text('.o_kanban_view')
    page.screenshot(path=os.path.join(SHOTS, 'dossiers-kanban.png'))


def test_statistics_open(page):
    _login(page, 'tnmt.leader')
    _open_dossiers(page)
    page.click('.o_cp_switch_pivot')
    page.wait_for_selector('.o_pivot table', timeout=120000)
    page.screenshot(path=os.path.join(SHOTS, 'dossiers-pivot.png'))
    page.click('.o_cp_switch_graph')
    page.wait_for_selector('.o_graph svg', timeout=120000)
    page.screenshot(path=os.path.join(SHOTS, 'dossiers-graph.png'))
