# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""An inspector on site, in a real browser in Vietnamese: opens the team's visit to a
department, starts it, logs a deficiency with a photo taken on the spot (uploaded through the
file input of the short form), saves it and finds it, photo included, on the visit and on the
findings board. Any JavaScript error fails (conftest.py)."""
import io
from datetime import date, timedelta

from PIL import Image

from .browser import (URL, login, open_menu, press, screenshot, wait_for_status, wait_for_view,
                      wait_idle)

FINDING = 'Chưa niêm yết công khai quy trình nội bộ tại Bộ phận Một cửa'


def _photo():
    image = Image.new('RGB', (320, 240), (34, 110, 170))
    image.paste((240, 200, 60), (40, 40, 280, 200))
    content = io.BytesIO()
    image.save(content, 'PNG')
    return content.getvalue()


def _planned_visit(rpc):
    """This year's campaign, set up and planned by the demo team lead with the demo inspector
    as a member, with one visit to Sở TN&MT (the demo visits are all concluded)."""
    lead = rpc.as_user('inspector.lead')
    today = date.today()
    number = lead('tthc.inspection.campaign', 'search_count', [('year', '=', today.year)]) + 1
    campaign = 'Đoàn kiểm tra số %d/%d' % (number, today.year)
    inspectors = [rpc.ref('tthc_inspection.user_inspector_lead'),
                  rpc.ref('tthc_inspection.user_inspector')]
    campaign_id = lead('tthc.inspection.campaign', 'create', {
        'name': campaign, 'year': today.year,
        'decision_number': '%d/QĐ-UBND' % (2000 + number), 'decision_date': str(today),
        'decision_signer': 'Chủ tịch UBND tỉnh',
        'template_id': rpc.ref('tthc_inspection.template_standard'),
        'member_ids': [(6, 0, inspectors[1:])],
        'date_start': str(today), 'date_end': str(today + timedelta(days=30)),
        'visit_ids': [(0, 0, {'agency_id': rpc.ref('tthc_catalog.agency_tnmt'),
                              'date': str(today), 'inspector_ids': [(6, 0, inspectors)]})]})
    lead('tthc.inspection.campaign', 'action_plan', [campaign_id])
    return campaign


def test_inspector_logs_a_finding_with_a_photo(page, rpc):
    campaign = _planned_visit(rpc)
    login(page, 'inspector')
    open_menu(page, 'tthc_catalog.tthc_root_menu', 'Kiểm tra',
              'tthc_inspection.tthc_inspection_visit_menu')
    wait_for_view(page, 'kanban')
    card = page.locator('.o_kanban_record', has_text=campaign)
    column = page.locator('.o_kanban_group', has=card)
    assert 'Đã lập kế hoạch' in column.locator('.o_column_title').inner_text()
    screenshot(page, 'inspection-visits')

    card.click()
    wait_for_view(page, 'form')
    assert 'Sở Tài nguyên và Môi trường' in page.inner_text('.o_content .oe_title')
    assert page.locator('.o_content .o_field_widget[name=checklist_line_ids] '
                        'tr.o_data_row').count() > 0
    press(page, 'Bắt đầu kiểm tra')
    wait_for_status(page, 'Đang kiểm tra tại cơ quan')

    # the short form of the finding, as on a tablet, with a photo taken on the spot
    press(page, 'Ghi nhận phát hiện')
    dialog = page.locator('.modal:visible')
    dialog.locator('.o_form_view').wait_for()
    dialog.locator('input[name=name]').fill(FINDING)
    dialog.locator('textarea[name=description]').fill(
        'Quầy tiếp nhận không có bản niêm yết quy trình nội bộ của thủ tục 1.003010.')
    dialog.locator('textarea[name=recommendation]').fill(
        'Niêm yết đầy đủ quy trình nội bộ trong 05 ngày làm việc.')
    dialog.locator('input[type=file]').set_input_files(
        {'name': 'anh-quay-tiep-nhan.png', 'mimeType': 'image/png', 'buffer': _photo()})
    dialog.locator('.oe_attachment', has_text='anh-quay-tiep-nhan').wait_for()
    screenshot(page, 'inspection-finding-dialog')
    dialog.locator('.modal-footer button', has_text='Lưu').click()
    dialog.wait_for(state='detached')
    wait_idle(page)

    # on the visit
    page.click('.o_content .o_notebook a[role=tab]:has-text("Phát hiện")')
    findings = page.locator('.o_content .o_field_widget[name=finding_ids] tr.o_data_row')
    assert findings.count() == 1 and FINDING in findings.first.inner_text()
    screenshot(page, 'inspection-visit-findings')

    # on the findings board, with its photo
    open_menu(page, 'tthc_catalog.tthc_root_menu', 'Kiểm tra',
              'tthc_inspection.tthc_inspection_finding_menu')
    wait_for_view(page, 'kanban')
    page.locator('.o_kanban_record', has_text=FINDING).first.click()
    wait_for_view(page, 'form')
    link = page.locator('.o_content .o_field_widget[name=attachment_ids] a',
                        has_text='anh-quay-tiep-nhan.png')
    link.wait_for()
    photo = page.request.get(URL + link.get_attribute('href'))
    assert photo.status == 200
    assert photo.body().startswith(b'\x89PNG')
    screenshot(page, 'inspection-finding')
