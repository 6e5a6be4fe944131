# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""HR in a real browser, in Vietnamese: a training manager ends the assignment of a focal
officer of TTHC control, sees HR and the control office notified and the to-do to train the
successor, records the successor and finds them flagged as needing the training. Any
JavaScript error fails (conftest.py)."""
from .browser import (choose, field, local_today, login, open_menu, screenshot,
                      wait_for_view, wait_idle)

HR_LOGIN = 'training.manager'  # the demo's HR and training officer, Sở Nội vụ
LEAVING = 'Phan Văn Đức'  # main focal officer of Sở NN&PTNT since 2019 in the demo data
SUCCESSOR = 'Lương Thị Kế'


def _serving_again(rpc):
    """On a database this test already ran on, put the demo officer back in office."""
    admin = rpc.as_user('admin', 'admin')
    assignment = rpc.ref('tthc_training.focal_nnptnt_duc')
    if admin('tthc.focal.assignment', 'read', [assignment], ['date_to'])[0]['date_to']:
        successors = admin('tthc.focal.assignment', 'search', [
            ('agency_id', '=', rpc.ref('tthc_catalog.agency_nnptnt')),
            ('employee_id.name', '=', SUCCESSOR)], context={'active_test': False})
        admin('tthc.focal.assignment', 'unlink', successors)
        admin('mail.activity', 'unlink', admin('mail.activity', 'search', [
            ('res_model', '=', 'tthc.focal.assignment'), ('res_id', '=', assignment)]))
        admin('tthc.focal.assignment', 'write', [assignment],
              {'date_to': False, 'end_reason': False})


def _open_focal_officers(page, menu='tthc_training.tthc_focal_assignment_menu'):
    open_menu(page, 'tthc_catalog.tthc_root_menu', 'Công chức đầu mối', menu)
    wait_for_view(page, 'list')


def test_hr_ends_a_focal_assignment_and_sees_the_successor_flagged(page, rpc):
    _serving_again(rpc)
    login(page, HR_LOGIN)
    _open_focal_officers(page)
    screenshot(page, 'focal-officers')

    # the officer leaves: last day yesterday, transferred
    page.locator('.o_content .o_data_row', has_text=LEAVING).click()
    wait_for_view(page, 'form')
    page.click('.o_form_button_edit')
    page.wait_for_selector('.o_content .o_form_editable')
    date_to = field(page, 'date_to').locator('input')
    date_to.fill(local_today(-1))
    date_to.press('Enter')
    field(page, 'end_reason').select_option(label='Điều động, luân chuyển')
    page.click('.o_form_button_save')
    page.wait_for_selector('.o_content .o_form_readonly')
    wait_idle(page)
    assert field(page, 'date_to').inner_text().strip() == local_today(-1)

    # HR and the control office are told; the training manager has a to-do
    notice = page.locator('.o_content .o_thread_message', has_text='thôi làm công chức đầu mối')
    assert LEAVING in notice.first.inner_text()
    assert 'Người kế nhiệm cần được tập huấn' in notice.first.inner_text()
    todo = page.locator('.o_content .o_mail_activity',
                        has_text='Tập huấn cho người kế nhiệm của %s' % LEAVING)
    todo.wait_for()
    screenshot(page, 'focal-officer-ended')

    # the successor, recorded from today, is flagged at once
    page.click('.o_control_panel .breadcrumb a:has-text("Công chức đầu mối")')
    wait_for_view(page, 'list')
    page.click('.o_list_button_add')
    page.wait_for_selector('.o_content .o_form_editable')
    # a new employee (quick create), or the one an earlier run created
    choose(page, 'employee_id', SUCCESSOR, option=SUCCESSOR)
    choose(page, 'agency_id', 'Nông nghiệp')
    page.click('.o_form_button_save')
    page.wait_for_selector('.o_content .o_form_readonly')
    wait_idle(page)
    flag = page.locator('.o_content .alert-warning')
    assert flag.is_visible()
    assert 'chưa có kết quả tập huấn' in flag.inner_text()
    screenshot(page, 'focal-officer-successor')

    # and listed among the officers needing training, under their agency
    _open_focal_officers(page, 'tthc_training.tthc_focal_assignment_untrained_menu')
    page.locator('.o_content .o_group_header', has_text='Nông nghiệp').click()
    page.locator('.o_content .o_data_row', has_text=SUCCESSOR).wait_for()
    screenshot(page, 'focal-officers-untrained')
