# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Each role's working day in a real browser, in Vietnamese, from the login page: every user
lands on the home of their role (never Discuss, never an empty desk card) and does the day's
task from there; the inspector does it on a phone. Then every view of every menu of every role
is walked and fails on any English word left (outside a short allow-list of codes and names).
One server for the whole module; screenshots in var/screenshots/ (the README's pictures)."""
import re
from datetime import datetime, timedelta

import pytest

from .browser import (LOAD, URL, choose, login, next_step, screenshot, wait_for_status,
                      wait_for_view, wait_idle)
from .test_browser_inspection import _planned_visit

ROLES = ['tnmt.officer', 'tnmt.specialist', 'tnmt.leader', 'controller', 'inspector',
         'training.manager']


def breadcrumb(page):
    return page.inner_text('.o_control_panel .breadcrumb').strip()


def _late_dossier_for(rpc, holder):
    """A dossier of Sở TN&MT received two months ago, still open (so past its return date),
    handed to ``holder``."""
    officer = rpc.as_user('tnmt.officer')
    agency = rpc.ref('tthc_catalog.agency_tnmt')
    [procedure] = officer('tthc.procedure', 'search_read', [
        ('agency_id', '=', agency), ('has_approved_internal_procedure', '=', True)], ['id'],
        limit=1, order='processing_days')
    received = (datetime.utcnow() - timedelta(days=60)).strftime('%Y-%m-%d %H:%M:%S')
    dossier = officer('tthc.dossier', 'create', {
        'procedure_id': procedure['id'], 'agency_id': agency, 'received_at': received,
        'applicant_name': 'Vi Thị Muộn', 'user_id': rpc.ref(holder)})
    return officer('tthc.dossier', 'read', [dossier], ['code'])[0]['code']


def test_desk_officer_starts_on_the_desk_dashboard_and_receives(page):
    login(page, 'tnmt.officer')
    wait_for_view(page, 'kanban')
    assert breadcrumb(page) == 'Bảng điều khiển Một cửa'
    card = page.locator('.o_kanban_record', has_text='Sở Tài nguyên và Môi trường')
    received = int(card.locator('.o_tthc_desk_received_today div').first.inner_text())
    screenshot(page, 'dashboard-desk')

    card.locator('.o_tthc_desk_receive').click()
    page.wait_for_selector('.o_content .o_form_editable')
    choose(page, 'procedure_id', '1.003010')
    page.fill('.o_content input[name=applicant_name]', 'Nông Văn Sáng')
    page.click('.o_form_button_save')
    page.wait_for_selector('.o_content .o_form_readonly', timeout=LOAD)
    wait_for_status(page, 'Đã tiếp nhận')
    screenshot(page, 'dossier-received')

    page.click('.o_control_panel .breadcrumb a:has-text("Bảng điều khiển Một cửa")')
    wait_for_view(page, 'kanban')
    card = page.locator('.o_kanban_record', has_text='Sở Tài nguyên và Môi trường')
    assert int(card.locator('.o_tthc_desk_received_today div').first.inner_text()) == \
        received + 1


def test_specialist_starts_on_his_dossiers_late_first(page, rpc):
    code = _late_dossier_for(rpc, 'tthc_catalog.user_specialist_tnmt')
    login(page, 'tnmt.specialist')
    wait_for_view(page, 'list')
    assert breadcrumb(page) == 'Hồ sơ của tôi'
    # the most overdue first, in red, with the working days it is late by
    first = page.locator('.o_list_view tbody tr.o_data_row').first
    assert 'text-danger' in first.get_attribute('class')
    assert re.search(r'Trễ \d+ ngày làm việc', first.inner_text()), first.inner_text()
    row = page.locator('.o_list_view tbody tr.o_data_row', has_text=code)
    assert 'text-danger' in row.get_attribute('class')
    screenshot(page, 'home-specialist')

    row.click()
    wait_for_view(page, 'form')
    next_step(page)
    wait_for_status(page, 'Đang giải quyết')


def test_leader_starts_on_the_late_and_waiting_dossiers(page, rpc):
    code = _late_dossier_for(rpc, 'tthc_catalog.user_officer_tnmt')
    login(page, 'tnmt.leader')
    wait_for_view(page, 'list')
    assert breadcrumb(page) == 'Hồ sơ trễ hạn và đang chờ'
    facets = page.inner_text('.o_searchview')
    assert 'Đơn vị của tôi' in facets and 'Chưa hoàn thành' in facets, facets
    rows = page.locator('.o_list_view tbody tr.o_data_row')
    assert code in page.inner_text('.o_list_view')
    screenshot(page, 'home-leader')

    # one click: only the late ones, each in red, still of the leader's agency (AND)
    if not page.locator('.o_search_options button:has(.fa-filter):visible').count():
        page.click('.o_searchview_more')  # the search options, folded
    page.click('.o_search_options button:has(.fa-filter)')
    page.click('.o_filters_menu a:has-text("Quá ngày hẹn trả kết quả")')
    wait_idle(page)
    assert rows.count() >= 1
    for index in range(rows.count()):
        assert 'text-danger' in rows.nth(index).get_attribute('class')
    assert code in page.inner_text('.o_list_view')


def test_controller_starts_on_the_provincial_overview(page):
    login(page, 'controller')
    wait_for_view(page, 'list')
    assert breadcrumb(page) == 'Tổng quan toàn tỉnh'
    assert 'Sở Tài nguyên và Môi trường' in page.inner_text('.o_list_view')
    screenshot(page, 'dashboard-province-list')


def test_inspector_logs_a_finding_on_a_phone(page, rpc):
    campaign = _planned_visit(rpc)
    inspector = rpc.as_user('inspector')
    visits = inspector('tthc.inspection.visit', 'search',
                       [('campaign_id.name', '=', campaign)])
    inspector('tthc.inspection.visit', 'action_start', visits)  # on site this morning
    phone = page.context.browser.new_context(
        viewport={'width': 390, 'height': 844}, locale='vi-VN',
        timezone_id='Asia/Ho_Chi_Minh')
    mobile = phone.new_page()
    mobile.on('pageerror', lambda error: page.errors.append(str(error)))
    login(mobile, 'inspector')
    wait_for_view(mobile, 'kanban')
    assert 'Buổi kiểm tra' in breadcrumb(mobile)
    screenshot(mobile, 'home-inspector-phone')
    mobile.locator('.o_kanban_record', has_text=campaign).first.click()
    wait_for_view(mobile, 'form')

    # one column: the two halves of the sheet stacked, nothing wider than the screen
    halves = mobile.locator('.o_content .o_form_sheet > .o_group > .o_group')
    first, second = halves.nth(0).bounding_box(), halves.nth(1).bounding_box()
    assert second['y'] >= first['y'] + first['height'] - 1, (first, second)
    screenshot(mobile, 'inspection-phone-visit')
    sheet = mobile.locator('.o_content .o_form_sheet').bounding_box()
    assert sheet['x'] >= 0 and sheet['x'] + sheet['width'] <= 391, sheet
    assert not mobile.locator('.o_statusbar_buttons_dropdown:visible', has_text='Task').count()

    button = mobile.locator('.o_tthc_visit_mobile_actions button:visible',
                            has_text='Ghi nhận phát hiện')
    button.click()
    dialog = mobile.locator('.modal:visible')
    dialog.locator('.o_form_view').wait_for()
    dialog.locator('input[name=name]').fill('Sổ theo dõi hồ sơ thiếu ngày trả kết quả')
    screenshot(mobile, 'inspection-phone-finding')
    dialog.locator('.modal-footer button', has_text='Lưu').click()
    reward = mobile.locator('.o_reward')
    reward.wait_for(timeout=LOAD)
    assert 'Đã ghi nhận phát hiện' in reward.inner_text()
    screenshot(mobile, 'inspection-phone-saved')
    phone.close()


def test_hr_starts_on_the_focal_officers_to_replace_or_train(page):
    login(page, 'training.manager')
    wait_for_view(page, 'list')
    assert breadcrumb(page) == 'Cần thay thế hoặc tập huấn'
    assert page.locator('.o_list_view tbody tr.o_group_header').count() >= 1
    screenshot(page, 'home-hr')


# The sweep: every action of every menu of every role, in every view type the action has.

# Words a Vietnamese screen may show in Latin letters without being English: codes, names,
# units and the acronyms of the administration.
ALLOWED = {'odoo', 'email', 'excel', 'xlsx', 'pdf', 'url', 'id', 'qr', 'ok', 'administrator',
           'online', 'website', 'zalo', 'internet', 'gps', 'cccd', 'cmnd', 'mst'}
# a Latin word Vietnamese spelling allows: onset, vowels, coda
VIETNAMESE = re.compile(r'^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?'
                        r'[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$', re.I)
WORD = re.compile(r"(?<![\w./-])[A-Za-z]{3,}(?![\w./-])")
TEXT = """() => {
    const parts = [];
    for (const selector of ['.o_control_panel', '.o_content', '.oe_secondary_menu',
                            '.o_main_navbar', 'nav.navbar', '.modal']) {
        document.querySelectorAll(selector).forEach(node => parts.push(node.innerText));
    }
    // the search options' dropdowns, closed: their labels all the same
    document.querySelectorAll('.o_search_options .dropdown-menu a, .o_cp_switch_buttons button')
        .forEach(node => parts.push(node.textContent + ' ' + (node.title || '')));
    return parts.join('\\n');
}"""


def english_words(text):
    words = set()
    for word in WORD.findall(text):
        if word.isupper() or word.lower() in ALLOWED or VIETNAMESE.match(word):
            continue
        words.add(word)
    return words


def _menu_actions(rpc, login_name):
    """{action id: menu path} of the user's menus, from the menus the web client loads."""
    as_user = rpc.as_user(login_name)
    menus = as_user('ir.ui.menu', 'load_menus', False)
    actions = {}

    def walk(menu, path):
        model, _sep, action_id = (menu.get('action') or '').partition(',')
        if model in ('ir.actions.act_window', 'ir.actions.server'):
            actions.setdefault(int(action_id), ' / '.join(path))
        for child in menu.get('children', []):
            walk(child, path + [child['name']])
    root = [m for m in menus['children'] if m.get('xmlid') == 'tthc_catalog.tthc_root_menu']
    for menu in root:
        walk(menu, [menu['name']])
    return actions


@pytest.mark.skip(reason="unfinished: a wizard's or a client action's page is not yet waited "
                         "for; run it by hand with -k english")
def test_no_english_in_any_view_of_any_role(page, rpc):
    found = {}
    seen = set()
    for login_name in ROLES:
        page.context.clear_cookies()
        login(page, login_name)
        for action_id, path in sorted(_menu_actions(rpc, login_name).items()):
            page.keyboard.press('Escape')  # a wizard's dialog left open
            page.goto(URL + '/web#action=%d' % action_id)
            page.wait_for_timeout(150)
            page.wait_for_selector('.o_content > *', timeout=LOAD)
            wait_idle(page)
            switches = page.locator('.o_cp_switch_buttons button')
            views = [switches.nth(i).get_attribute('data-view-type')
                     for i in range(switches.count())] or [None]
            for view in views:
                if view and (action_id, view) in seen:
                    continue
                if view and switches.count() > 1:
                    page.click('.o_cp_switch_%s' % view)
                    wait_idle(page)
                seen.add((action_id, view))
                words = english_words(page.evaluate(TEXT))
                if words:
                    found['%s: %s (%s)' % (login_name, path, view)] = sorted(words)
            # the first record's form, where the action has one
            if 'list' in views or 'kanban' in views:
                if (action_id, 'form') in seen:
                    continue
                seen.add((action_id, 'form'))
                if 'list' in views and len(views) > 1:
                    page.click('.o_cp_switch_list')
                    wait_idle(page)
                rows = page.locator('.o_content .o_data_row, .o_content .o_kanban_record')
                if rows.count():
                    rows.first.click()
                    try:
                        page.wait_for_selector('.o_content .o_form_view', timeout=5000)
                    except Exception:
                        continue
                    wait_idle(page)
                    words = english_words(page.evaluate(TEXT))
                    if words:
                        found['%s: %s (form)' % (login_name, path)] = sorted(words)
    assert not found, '\n'.join('%s: %s' % item for item in sorted(found.items()))
