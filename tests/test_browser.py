# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The desk officer's day in a real browser (Playwright driving Debian's Chromium), in
Vietnamese, against a real server: log in, receive a dossier through the form, print the
receipt, find it in the kanban, move it through every step of its internal procedure to the
result; a leader opens the statistics. Any JavaScript error fails (conftest.py). Screenshots
are saved in var/screenshots/."""
import io
import re

import openpyxl

from .browser import (download, field, login, open_menu, press, screenshot, switch_view,
                      wait_for_field, wait_for_status, wait_for_view, wait_idle)

ROOT_MENU = 'tthc_catalog.tthc_root_menu'


def _open_dossiers(page):
    open_menu(page, ROOT_MENU, 'Hồ sơ', 'tthc_dossier.tthc_dossier_menu')
    wait_for_view(page, 'list')


def test_desk_officer_receives_a_dossier_and_moves_it_to_the_result(page, rpc):
    login(page, 'tnmt.officer')
    _open_dossiers(page)
    screenshot(page, 'dossiers-list')
    assert 'Hồ sơ' in page.inner_text('.o_control_panel .breadcrumb')

    # reception at the one-stop desk
    page.click('.o_list_button_add')
    page.wait_for_selector('.o_form_editable')
    field(page, 'procedure_id').locator('input').fill('1.003010')
    page.click('.ui-autocomplete li a >> nth=0')
    page.fill('input[name=applicant_name]', 'Lê Văn Trình Duyệt')
    page.fill('input[name=applicant_phone]', '0912000111')
    page.click('.o_form_button_save')
    page.wait_for_selector('.o_form_readonly', timeout=30000)
    code = page.inner_text('.oe_title h1').strip()
    assert re.match(r'^000\.00\.20\.H36-\d{6}-\d{6}$', code), code
    wait_for_status(page, 'Đã tiếp nhận')
    screenshot(page, 'dossier-received')
    dossier_id = int(re.search(r'[#&]id=(\d+)', page.url).group(1))

    officer = rpc.as_user('tnmt.officer')
    internal_id = officer('tthc.dossier', 'read', [dossier_id],
                          ['internal_procedure_id'])[0]['internal_procedure_id'][0]
    steps = officer('tthc.internal.procedure.step', 'search_read',
                    [('internal_procedure_id', '=', internal_id)],
                    ['name', 'is_result_return'], order='sequence, id')
    assert len(steps) >= 3 and steps[-1]['is_result_return'], steps
    wait_for_field(page, 'step_id', steps[0]['name'])

    # the receipt and appointment slip (form 01) handed to the applicant
    response, pdf = download(page, lambda: press(page, 'In Giấy tiếp nhận hồ sơ'),
                             '/report/download')
    assert response.status == 200
    assert pdf.startswith(b'%PDF')

    # back to the dossiers: it waits in the column of its first step
    page.click('.o_control_panel .breadcrumb a:has-text("Hồ sơ")')
    wait_for_view(page, 'list')
    switch_view(page, 'kanban')
    column = page.locator('.o_kanban_group', has=page.locator('.o_kanban_record',
                                                              has_text=code))
    assert column.locator('.o_column_title').inner_text().strip() == steps[0]['name']
    screenshot(page, 'dossiers-kanban')

    # from the card to the next step
    column.locator('.o_kanban_record', has_text=code).click()
    wait_for_view(page, 'form')
    assert page.inner_text('.oe_title h1').strip() == code
    press(page, 'Chuyển bước tiếp theo')
    wait_for_field(page, 'step_id', steps[1]['name'])
    wait_for_status(page, 'Đang giải quyết')
    screenshot(page, 'dossier-processing')

    # the procedure's board: one column per step of its internal procedure, empty ones too
    field(page, 'procedure_id').click()
    wait_for_view(page, 'form')
    page.click('.oe_button_box button:has-text("Hồ sơ")')
    wait_for_view(page, 'kanban')
    titles = [title.strip() for title in page.locator('.o_column_title').all_inner_texts()]
    assert titles == [step['name'] for step in steps], titles
    column = page.locator('.o_kanban_group', has=page.locator('.o_kanban_record',
                                                              has_text=code))
    assert column.locator('.o_column_title').inner_text().strip() == steps[1]['name']
    screenshot(page, 'dossiers-by-step')

    # on through the remaining steps: the result is ready at the result-return step
    column.locator('.o_kanban_record', has_text=code).click()
    wait_for_view(page, 'form')
    for step in steps[2:]:
        press(page, 'Chuyển bước tiếp theo')
        wait_for_field(page, 'step_id', step['name'])
        wait_for_status(page, 'Đã có kết quả' if step['is_result_return'] else 'Đang giải quyết')
    assert field(page, 'timing').inner_text().strip() == 'Trước hạn'

    press(page, 'Trả kết quả')
    wait_for_status(page, 'Đã trả kết quả')
    wait_idle(page)
    assert field(page, 'returned_at').inner_text().strip()
    page.click('.o_notebook a[role=tab]:has-text("Quá trình xử lý")')
    process = field(page, 'dossier_step_ids').locator('tbody tr.o_data_row')
    assert process.count() == len(steps)
    screenshot(page, 'dossier-returned')


def test_leader_opens_the_statistics(page):
    login(page, 'tnmt.leader')
    _open_dossiers(page)
    # every dossier, not only the open ones: the rates are about the resolved
    page.click('.o_searchview_facet .o_facet_remove')
    wait_idle(page)
    switch_view(page, 'pivot')
    pivot = page.inner_text('.o_pivot table')
    assert 'Sở Tài nguyên và Môi trường' in pivot
    assert 'Tổng' in pivot
    screenshot(page, 'dossiers-pivot')
    switch_view(page, 'graph')
    screenshot(page, 'dossiers-graph')

    # the statistics of the period, as the provincial report in XLSX
    open_menu(page, ROOT_MENU, 'Báo cáo', 'tthc_dossier.tthc_dossier_statistics_menu')
    dialog = page.locator('.modal:visible')
    dialog.locator('.o_form_view').wait_for()
    assert 'Thống kê' in dialog.locator('.modal-title').inner_text()
    screenshot(page, 'dossier-statistics-wizard')
    response, xlsx = download(page, lambda: dialog.locator('footer button, .modal-footer button',
                                                           has_text='Xuất XLSX').first.click(),
                              '/report/xlsx/')
    assert response.status == 200
    rows = list(openpyxl.load_workbook(io.BytesIO(xlsx)).active.iter_rows(values_only=True))
    assert rows[0][0] == 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'
    units = [row[1] for row in rows]
    assert any(unit and unit.endswith('Sở Tài nguyên và Môi trường') for unit in units), units
    # "Total" has two Vietnamese translations among the installed modules
    total = next(row for row in rows if row[1] in ('Tổng', 'Tổng cộng'))
    assert total[2] >= 1, total
