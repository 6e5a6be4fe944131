#!/usr/bin/env python3
# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Build the real catalogue slices the demo and the tests import, from public copies of the
national public service portal (dichvucong.gov.vn).

Source: the procedure pages of dichvucong.gov.vn as scraped and published in the public GitHub
repository chatbot-tthc/chatbot_tthc (scripts/crawler/data/raw/<ministry>/<code>.json, commit
7a3d7a5 of 2026-07-17): code, name, publishing decision, level, field, implementing agencies,
and the "Cách thức thực hiện" table (channel, time, fees, description) of each procedure.
Every value written comes from those pages; only the layout is ours:

- ``national_export.xlsx``: the layout of the national database's Excel export (title row,
  empty row, the 19 headings in row 3, sheet "Cách thức thực hiện" one row per procedure and
  channel). The cells the pages do not give (decision date, issuer, …) stay empty.
- ``portal.json``: the national portal's procedure JSON (``code``, ``name``,
  ``executionMethods[]`` with ``submissionMethod``/``processingTime``/``processingTimeUnit``/
  ``fees``, ``categoriesDetails``, ``unitGroupsExecuting``, ``isMinistry``/``isProvince``/
  ``isWard``, ``procedureProposal.decisionNumber``), as CATALOGUE_FORMATS.md B describes it;
  the pages give no field codes nor decision dates, so none is written.

Usage: scripts/catalogue_real_slices.py RAW_DIR OUT_DIR [--tests]
"""
import json
import os
import re
import sys

import openpyxl

HEADINGS = ['STT', 'Mã TTHC', 'Tên TTHC', 'Link truy cập', 'Số quyết định', 'Ngày quyết định',
            'Cơ quan ban hành', 'Lĩnh vực', 'Cấp thực hiện', 'Đối tượng thực hiện', 'Loại TTHC',
            'Từ khoá', 'Địa chỉ tiếp nhận', 'Cơ quan thực hiện', 'Cơ quan có thẩm quyền',
            'Cơ quan phối hợp', 'Cơ quan được uỷ quyền', 'Mô tả', 'Trạng thái']
CHANNEL_HEADINGS = ['STT', 'Mã TTHC', 'Tên TTHC', 'Hình thức nộp', 'Thời hạn giải quyết',
                    'Phí, lệ phí', 'Mô tả']
CHANNELS = r'(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)'
TIME = re.compile(r'^(\d+(?:[.,]\d+)?)\s*(Ngày làm việc|Ngày|Giờ làm việc|Giờ|Tháng|Năm)?')
NO_INFO = 'Không có thông tin'
PORTAL_METHOD = {'Trực tiếp': 'DIRECT', 'Trực tuyến': 'ONLINE', 'Dịch vụ bưu chính': 'POSTAL'}
ISSUERS = {'bo-tu-phap': 'Bộ Tư pháp', 'bo-xay-dung': 'Bộ Xây dựng',
           'bo-tai-chinh': 'Bộ Tài chính', 'bo-cong-an': 'Bộ Công an',
           'bo-nong-nghiep-mt': 'Bộ Nông nghiệp và Môi trường',
           'ngan-hang-nha-nuoc': 'Ngân hàng Nhà nước Việt Nam'}
SOURCE = 'https://github.com/chatbot-tthc/chatbot_tthc/tree/7a3d7a5/scripts/crawler/data/raw'


def _balanced(text):
    """Length of a leading "(…)" group, parentheses balanced, or 0."""
    if not text.startswith('('):
        return 0
    depth = 0
    for position, char in enumerate(text):
        depth += {'(': 1, ')': -1}.get(char, 0)
        if depth == 0:
            return position + 1
    return len(text)


def _fee(rest):
    """(fee text, description) of what follows the time cell on the page."""
    fee = ''
    while True:
        match = re.match(r'^(Miễn phí|Không có thông tin|[\d.,]+ (?:Việt Nam Đồng|VNĐ|Đồng))',
                         rest)
        if not match:
            break
        part, rest = match.group(1), rest[match.end():]
        paren = _balanced(rest)
        part, rest = part + rest[:paren], rest[paren:]
        fee = '%s; %s' % (fee, part) if fee else part
        if not re.match(r'^[\d.,]+ (?:Việt Nam Đồng|VNĐ|Đồng)', rest):
            break
    return fee, rest.strip()


def channel_rows(page):
    """(channel, time text, fee text, description) of the flattened "Cách thức" table."""
    text = page['cach_thuc_thuc_hien']
    head = 'Hình thức nộpThời gianPhí, lệ phíMô tả'
    text = text[len(head):] if text.startswith(head) else text
    parts = re.split(CHANNELS, text)
    rows = []
    for index in range(1, len(parts), 2):
        rest = parts[index + 1]
        match = TIME.match(rest)
        if match:
            time = '%s %s' % (match.group(1), match.group(2).lower()) if match.group(2) \
                else match.group(1)
            rest = rest[match.end():]
        elif rest.startswith(NO_INFO):
            time, rest = 'Khác', rest[len(NO_INFO):]
        else:
            time = 'Khác'
        fee, description = _fee(rest)
        if fee in (NO_INFO, ''):
            fee = ''
        rows.append((parts[index], time, _fee_text(fee), description))
    return rows


def _fee_text(fee):
    """The page's fee cell in the export's words: "Miễn phí(x)" -> "Phí: 0 VNĐ (x)";
    "135,000 Việt Nam Đồng(x)" -> "Lệ phí: 135.000 VNĐ (x)"."""
    parts = []
    for part in [p for p in fee.split('; ') if p]:
        match = re.match(r'^(Miễn phí|([\d.,]+) (?:Việt Nam Đồng|VNĐ|Đồng))(?:\((.*)\))?$', part,
                         re.S)
        if not match:
            parts.append(part)
            continue
        amount = '0' if match.group(1) == 'Miễn phí' else \
            '{:,}'.format(int(re.sub(r'[.,]', '', match.group(2)))).replace(',', '.')
        label = 'Phí' if match.group(1) == 'Miễn phí' else 'Lệ phí'
        note = (match.group(3) or '').strip()
        parts.append('%s: %s VNĐ%s' % (label, amount, ' (%s)' % note if note else ''))
    return ' '.join(parts)


def agencies(page):
    value = page.get('co_quan_thuc_hien') or ''
    return '' if value == NO_INFO else value.strip().rstrip('.')


def load(raw_dir, codes):
    pages = {}
    for ministry in sorted(os.listdir(raw_dir)):
        for name in sorted(os.listdir(os.path.join(raw_dir, ministry))):
            code = name[:-5]
            if code in codes:
                with open(os.path.join(raw_dir, ministry, name), encoding='utf-8') as handle:
                    pages[code] = dict(json.load(handle), ministry=ministry)
    return [pages[code] for code in codes if code in pages]


def write_export(pages, path, title):
    book = openpyxl.Workbook()
    main = book.active
    main.title = 'TTHC'
    main.append([title])
    main.append([])
    main.append(HEADINGS)
    channels = book.create_sheet('Cách thức thực hiện')
    channels.append(CHANNEL_HEADINGS)
    for number, page in enumerate(pages, start=1):
        row = [''] * len(HEADINGS)
        row[0], row[1], row[2] = number, page['ma_thu_tuc'], page['ten_thu_tuc']
        row[3] = page.get('detail_url') or ''
        row[4] = page.get('so_quyet_dinh') or ''
        row[6] = ISSUERS.get(page['ministry'], '')
        row[7] = page.get('linh_vuc') or ''
        row[8] = ', '.join(part for part in page['cap_thuc_hien'].split(', ')
                           if part.startswith('Cấp'))
        row[9] = page.get('doi_tuong_thuc_hien') or ''
        row[10] = page.get('loai_thu_tuc') or ''
        row[13] = agencies(page)
        row[18] = 'Đã công khai'
        main.append(row)
        for channel, time, fee, description in channel_rows(page):
            channels.append([channels.max_row, page['ma_thu_tuc'], page['ten_thu_tuc'],
                             channel, time, fee, description])
    book.save(path)


def portal_object(page):
    methods = []
    for channel, time, fee, description in channel_rows(page):
        match = re.match(r'^(\d+(?:[.,]\d+)?)\s*(ngày làm việc|ngày|giờ làm việc|giờ)?$', time)
        unit = {'ngày làm việc': 'WORKING_DAY', 'ngày': 'DAY', 'giờ': 'HOUR',
                'giờ làm việc': 'HOUR'}.get(match.group(2), 'OTHER') if match else 'OTHER'
        fees = []
        for part in re.findall(r'(?:Lệ phí|Phí): [\d.]+ VNĐ(?: \([^)]*\))?', fee):
            amount = int(re.search(r': ([\d.]+) VNĐ', part).group(1).replace('.', ''))
            fees.append({'type': 'FEE' if part.startswith('Lệ phí') else 'CHARGE',
                         'value': amount, 'description': part})
        methods.append({'submissionMethod': PORTAL_METHOD[channel],
                        'processingTime': float(match.group(1).replace(',', '.'))
                        if match else None,
                        'processingTimeUnit': unit, 'description': description,
                        'fees': fees})
    levels = page['cap_thuc_hien']
    return {
        'code': page['ma_thu_tuc'], 'name': page['ten_thu_tuc'],
        'executionMethods': methods,
        'categoriesDetails': [{'name': page.get('linh_vuc') or ''}],
        'unitGroupsExecuting': [{'name': name.strip()} for name in agencies(page).split(',')
                                if name.strip()],
        'isMinistry': 'Cấp bộ' in levels, 'isProvince': 'Cấp tỉnh' in levels,
        'isWard': 'Cấp xã' in levels, 'state': 'ACTIVE',
        'procedureProposal': {'decisionNumber': page.get('so_quyet_dinh') or ''},
        'sourceUrl': page.get('detail_url') or '',
    }


def main():
    raw_dir, out_dir = sys.argv[1], sys.argv[2]
    with open(os.path.join(out_dir, 'codes.json'), encoding='utf-8') as handle:
        plan = json.load(handle)
    for target in plan:
        pages = load(raw_dir, target['codes'])
        path = os.path.join(out_dir, target['file'])
        if target['file'].endswith('.xlsx'):
            write_export(pages, path, target['title'])
        else:
            with open(path, 'w', encoding='utf-8') as handle:
                json.dump([portal_object(page) for page in pages], handle, ensure_ascii=False,
                          indent=1)
        print('%s: %d procedures' % (target['file'], len(pages)))


if __name__ == '__main__':
    main()
