# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The columns of the catalogue spreadsheet provinces exchange, shared by the import and the
export so that an exported file imports back unchanged. Plain Python: no ORM here."""
import datetime
import unicodedata

from odoo import _

from ..models.tthc_procedure import PROCEDURE_CODE

# (key, Vietnamese header, English header, required)
COLUMNS = [
    ('code', 'Mã TTHC', 'Code', True),
    ('name', 'Tên TTHC', 'Name', True),
    ('field_code', 'Mã lĩnh vực', 'Field Code', True),
    ('level', 'Cấp thực hiện', 'Level', True),
    ('agency_code', 'Mã cơ quan thực hiện', 'Agency Code', True),
    ('one_stop_type', 'Cơ chế một cửa', 'One-stop Type', True),
    ('processing_days', 'Thời hạn giải quyết (ngày làm việc)', 'Processing Time (working days)',
     True),
    ('decision_number', 'Số quyết định công bố', 'Publishing Decision', False),
    ('decision_date', 'Ngày quyết định', 'Decision Date', False),
    ('state', 'Tình trạng', 'State', False),
]
LEVEL_WORDS = {'province': ('tinh', 'cap tinh', 'province'),
               'district': ('huyen', 'cap huyen', 'district'),
               'commune': ('xa', 'cap xa', 'commune')}
ONE_STOP_WORDS = {'one_stop': ('mot cua', 'one-stop', 'one_stop'),
                  'interconnected': ('lien thong', 'mot cua lien thong', 'interconnected'),
                  'none': ('khong', 'none', 'not under one-stop')}
STATE_WORDS = {'in_force': ('con hieu luc', 'hieu luc', 'in force', 'in_force'),
               'amended': ('sua doi', 'sua doi, bo sung', 'amended'),
               'replaced': ('thay the', 'replaced'),
               'abolished': ('bai bo', 'abolished')}
EXPORT_WORDS = {'level': {'province': 'Tỉnh', 'district': 'Huyện', 'commune': 'Xã'},
                'one_stop_type': {'one_stop': 'Một cửa', 'interconnected': 'Liên thông',
                                  'none': 'Không'},
                'state': {'in_force': 'Còn hiệu lực', 'amended': 'Sửa đổi',
                          'replaced': 'Thay thế', 'abolished': 'Bãi bỏ'}}
MAX_TEXT = 1000


def fold(text):
    """Lower case, no accents, single spaces: 'Cấp  Tỉnh' -> 'cap tinh'."""
    text = unicodedata.normalize('NFD', str(text)).replace('đ', 'd').replace('Đ', 'D')
    text = ''.join(c for c in text if unicodedata.category(c) != 'Mn')
    return ' '.join(text.lower().split())


def header_index(header_row):
    """Map column keys to positions from the header row; unknown headers are ignored."""
    names = {}
    for key, vi, en, _required in COLUMNS:
        names[fold(vi)] = key
        names[fold(en)] = key
    index = {}
    for position, cell in enumerate(header_row):
        key = names.get(fold(cell)) if cell is not None else None
        if key and key not in index:
            index[key] = position
    return index


def _choice(value, words):
    folded = fold(value)
    for key, spellings in words.items():
        if folded in spellings:
            return key
    return None


def _date(value):
    """A date of a decision: a date cell or dd/mm/yyyy text, between 1945 and 2100 (a year
    such as 0099 from a mistyped cell would reach the database as a date it refuses)."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    elif not isinstance(value, datetime.date):
        value = datetime.datetime.strptime(str(value).strip(), '%d/%m/%Y').date()
    if not 1945 <= value.year <= 2100:
        raise ValueError(value)
    return value


def parse_rows(rows, field_codes, agency_codes, cr=None, context=None):
    """Validate the data rows of a catalogue sheet (the header row first).

    ``cr`` and ``context`` are only there for Odoo's ``_()``, which finds the cursor and the
    language in its caller's local variables: with them, the reasons come translated.

    Returns ``(records, errors)``: ``records`` a list of (row number, values) ready for the
    ORM once codes are resolved, ``errors`` a list of (row number, column header, reason).
    Row numbers are the spreadsheet's (the header is row 1)."""
    rows = list(rows)
    if not rows:
        return [], [(1, '', _("The sheet is empty."))]
    index = header_index(rows[0])
    headers = {key: vi for key, vi, _en, _req in COLUMNS}
    missing = [headers[key] for key, _vi, _en, required in COLUMNS
               if required and key not in index]
    if missing:
        return [], [(1, header, _("Missing column.")) for header in missing]

    records, errors, seen = [], [], {}
    for number, row in enumerate(rows[1:], start=2):
        cells = {key: (row[pos] if pos < len(row) else None) for key, pos in index.items()}
        if all(value in (None, '') for value in cells.values()):
            continue
        row_errors = []

        def error(key, reason):
            row_errors.append((number, headers[key], reason))

        values = {}
        text = {key: ('' if value is None else str(value).strip()) for key, value in cells.items()}
        for key in text:
            if len(text[key]) > MAX_TEXT:
                error(key, _("Too long (more than %d characters).") % MAX_TEXT)
                text[key] = ''
        for key, _vi, _en, required in COLUMNS:
            if required and key in text and not text[key]:
                error(key, _("Required."))

        code = text.get('code', '')
        if code:
            if not PROCEDURE_CODE.match(code):
                error('code', _("%r is not a procedure code of the form d.dddddd.") % code)
            elif code in seen:
                error('code', _("Code %s already appears on row %d.") % (code, seen[code]))
            else:
                seen[code] = number
                values['code'] = code
        if text.get('name'):
            values['name'] = text['name']
        if text.get('field_code'):
            if text['field_code'] in field_codes:
                values['field_id'] = field_codes[text['field_code']]
            else:
                error('field_code', _("No field has the code %s.") % text['field_code'])
        if text.get('agency_code'):
            if text['agency_code'] in agency_codes:
                values['agency_id'] = agency_codes[text['agency_code']]
            else:
                error('agency_code', _("No agency has the code %s.") % text['agency_code'])
        for key, words in (('level', LEVEL_WORDS), ('one_stop_type', ONE_STOP_WORDS),
                           ('state', STATE_WORDS)):
            if text.get(key):
                choice = _choice(text[key], words)
                if choice:
                    values[key] = choice
                else:
                    error(key, _("Unknown value %r.") % text[key])
        if text.get('processing_days'):
            try:
                days = float(text['processing_days'].replace(',', '.'))
            except ValueError:
                days = None
            if days is None or days != days or days < 0 or days > 1000:
                error('processing_days', _("%r is not a number of working days.")
                      % text['processing_days'])
            else:
                values['processing_days'] = days
        if text.get('decision_number'):
            values['decision_number'] = text['decision_number']
        if cells.get('decision_date') not in (None, ''):
            try:
                values['decision_date'] = _date(cells['decision_date'])
            except (TypeError, ValueError):
                error('decision_date', _("%r is not a date (dd/mm/yyyy).")
                      % text['decision_date'])
        if row_errors:
            errors.extend(row_errors)
        else:
            records.append((number, values))
    if not records and not errors:
        errors.append((2, '', _("The sheet has no procedure.")))
    return records, errors


def export_row(procedure_values):
    """The cells of one procedure, in COLUMNS order, from plain values."""
    row = []
    for key, _vi, _en, _req in COLUMNS:
        value = procedure_values.get(key)
        if key in EXPORT_WORDS:
            value = EXPORT_WORDS[key].get(value, value or '')
        elif key == 'decision_date' and value:
            value = value.strftime('%d/%m/%Y')
        row.append('' if value in (None, False) else value)
    return row
