# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The dashboards in a real browser, in Vietnamese: the desk officer opens the app and lands
on the desk dashboard, whose counter opens exactly the dossiers it counts; a leader sees where
dossiers wait per step (graph, pivot); the provincial controller sees every agency's facts
(list, graph, pivot). Any JavaScript error fails (conftest.py)."""
from .browser import login, open_menu, screenshot, switch_view, wait_for_view, wait_idle

ROOT_MENU = 'tthc_catalog.tthc_root_menu'


def _receive_now(rpc):
    """A dossier received now at Sở TN&MT by its desk officer: "received today" is not 0."""
    officer = rpc.as_user('tnmt.officer')
    agency = rpc.ref('tthc_catalog.agency_tnmt')
    [procedure] = officer('tthc.procedure', 'search_read', [
        ('agency_id', '=', agency), ('has_approved_internal_procedure', '=', True)], ['id'],
        limit=1)
    officer('tthc.dossier', 'create', {'procedure_id': procedure['id'], 'agency_id': agency,
                                       'applicant_name': 'Hoàng Văn Nam'})


def test_desk_officer_lands_on_the_desk_dashboard(page, rpc):
    _receive_now(rpc)
    login(page, 'tnmt.officer')
    if not page.locator('body.drawer-open').count():
        page.click('a.app-drawer-toggle')
    page.click('#appDrawerApps a[data-menu-xmlid="%s"]' % ROOT_MENU)
    wait_for_view(page, 'kanban')
    assert 'Bảng điều khiển Một cửa' in page.inner_text('.o_control_panel .breadcrumb')
    card = page.locator('.o_kanban_record', has_text='Sở Tài nguyên và Môi trường')
    for label in ('Tiếp nhận hôm nay', 'Đến hạn hôm nay', 'Quá hạn', 'Chờ bổ sung',
                  'Đúng hạn trong tháng'):
        assert label in card.inner_text(), label
    received = int(card.locator('.o_tthc_desk_received_today div').first.inner_text())
    assert received >= 1
    screenshot(page, 'dashboard-desk')

    card.locator('.o_tthc_desk_received_today').click()
    wait_for_view(page, 'list')
    assert 'Tiếp nhận hôm nay' in page.inner_text('.o_control_panel .breadcrumb')
    assert page.locator('.o_list_view tbody tr.o_data_row').count() == received


def test_leader_sees_where_dossiers_wait(page):
    login(page, 'tnmt.leader')
    open_menu(page, ROOT_MENU, 'Hồ sơ', 'tthc_dossier.tthc_dossier_step_report_menu')
    wait_for_view(page, 'graph')
    screenshot(page, 'dashboard-waiting-steps-graph')
    switch_view(page, 'pivot')
    pivot = page.inner_text('.o_pivot table')
    for measure in ('Số hồ sơ đang chờ', 'Thời gian chờ trung bình (ngày làm việc)',
                    'Thời gian chờ lâu nhất (ngày làm việc)', 'Quá hạn của bước'):
        assert measure in pivot, measure
    screenshot(page, 'dashboard-waiting-steps-pivot')


def test_controller_sees_the_province_per_agency(page):
    login(page, 'controller')
    open_menu(page, ROOT_MENU, 'Báo cáo', 'tthc_catalog.tthc_agency_overview_menu')
    wait_for_view(page, 'list')
    table = page.inner_text('.o_list_view')
    assert 'Sở Tài nguyên và Môi trường' in table
    for column in ('Tỷ lệ đúng hạn (%)', 'Tỷ lệ có quy trình nội bộ (%)',
                   'Biện pháp khắc phục chưa hoàn thành', 'Công chức đầu mối chưa được tập huấn'):
        assert column in table, column
    screenshot(page, 'dashboard-province-list')
    switch_view(page, 'graph')
    screenshot(page, 'dashboard-province-graph')
    switch_view(page, 'pivot')
    wait_idle(page)
    screenshot(page, 'dashboard-province-pivot')
