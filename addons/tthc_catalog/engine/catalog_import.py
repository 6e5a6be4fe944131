# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Reading what provinces really receive from the national database of administrative
procedures: its Excel export (main sheet with the 19 headings in row 3, sheet "Cách thức thực
hiện" one row per procedure and channel) and the national portal's procedure JSON (one object,
a list, or a zip of files). Plain Python, no Odoo import: the result is a list of plain
procedure dicts and a list of errors; the wizard maps names to records and writes.

Every message is a ``Message`` for the caller to translate. What cannot be read is kept as
published with ``unit = other`` and flagged for the province's attention, never guessed."""
import datetime
import io
import json
import re
import zipfile

from .catalog_columns import Message, code_kind
from .catalog_text import fee_text, fold, parse_fee_text, vnd

NATIONAL_HEADINGS = [
    'STT', 'Mã TTHC', 'Tên TTHC', 'Link truy cập', 'Số quyết định', 'Ngày quyết định',
    'Cơ quan ban hành', 'Lĩnh vực', 'Cấp thực hiện', 'Đối tượng thực hiện', 'Loại TTHC',
    'Từ khoá', 'Địa chỉ tiếp nhận', 'Cơ quan thực hiện', 'Cơ quan có thẩm quyền',
    'Cơ quan phối hợp', 'Cơ quan được uỷ quyền', 'Mô tả', 'Trạng thái']
NATIONAL_KEYS = [
    'stt', 'code', 'name', 'link', 'decision_number', 'decision_date', 'issuer', 'field',
    'levels', 'applicants', 'kind', 'keywords', 'reception', 'agencies', 'competent',
    'coordinating', 'delegated', 'description', 'status']
CHANNEL_SHEET = 'Cách thức thực hiện'
CHANNEL_HEADINGS = ['STT', 'Mã TTHC', 'Tên TTHC', 'Hình thức nộp', 'Thời hạn giải quyết',
                    'Phí, lệ phí', 'Mô tả', 'Trường hợp']
LEVELS = {'cap bo': 'ministry', 'cap tinh': 'province', 'cap huyen': 'district',
          'cap xa': 'commune'}
CHANNELS = {'truc tiep': 'direct', 'truc tuyen': 'online', 'buu chinh': 'postal',
            'dich vu buu chinh': 'postal', 'qua dich vu buu chinh': 'postal',
            'direct': 'direct', 'online': 'online', 'postal': 'postal'}
CHANNEL_WORDS = {'direct': 'Trực tiếp', 'online': 'Trực tuyến', 'postal': 'Bưu chính'}
STATUS = {'da cong khai': 'in_force', 'cong khai': 'in_force', 'active': 'in_force',
          'updated': 'amended', 'sua doi': 'amended', 'bai bo': 'abolished',
          'thay the': 'replaced'}
PORTAL_UNITS = {'WORKING_DAY': 'working_day', 'DAY': 'day', 'HOUR': 'hour',
                'OTHER': 'other'}
PORTAL_FEES = {'FEE': 'fee', 'CHARGE': 'charge', 'SERVICE_FEE': 'service',
               'SERVICE': 'service'}
UNIT_WORDS = {'working_day': 'ngày làm việc', 'day': 'ngày', 'hour': 'giờ'}
VIETNAM_OFFSET = datetime.timedelta(hours=7)
MAX_TEXT = 20000


def _(template):
    """Marks a message for Odoo's term extraction; translated by the caller."""
    return template


def msg(template, *args):
    return Message(template, args[0] if len(args) == 1 else args)


def text(value):
    if value is None:
        return ''
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return str(value).strip()


# ---------------------------------------------------------------------------------------------
# Times

_NUMBER_UNIT = re.compile(
    r'(\d+(?:[.,]\d+)?)\s*(ngay lam viec|ngay|gio lam viec|gio|thang|nam)(?![a-z])')
_CONNECTORS = re.compile(
    r'^[\s;,.+\-()]*((va|sau do|tiep theo|giai doan \d+:?|then)[\s;,.+\-()]*)*$')


def _amount(number):
    return float(number.replace(',', '.'))


def parse_time_text(value):
    """Read a published time text into stages ``[(amount, unit)]`` and whether it was read
    with certainty. "2 ngày làm việc" → working days; "45 ngày" → calendar days; "4 giờ" →
    hours; "Tại thời điểm nhận hồ sơ" → at receipt; "Trong ngày" → 0 working days (the day's
    close, with the cut-off); "45 ngày; 30 ngày" → two stages; "Khác", months, alternatives
    or anything else → ``[(0, 'other')]`` and not certain."""
    folded = fold(value)
    if not folded:
        return [], False
    if 'khac' in folded.split() or folded.endswith('khac'):
        return [(0.0, 'other')], False
    found = list(_NUMBER_UNIT.finditer(folded))
    if not found:
        if 'tai thoi diem' in folded or 'ngay khi nhan' in folded or 'ngay sau khi nhan' \
                in folded:
            return [(0.0, 'at_receipt')], True
        if folded.startswith('trong ngay') or folded in ('trong ngay lam viec', '0'):
            return [(0.0, 'working_day')], True
        # a bare number or anything else: the unit is not said, so it is not guessed
        return [(0.0, 'other')], False
    stages = []
    for match in found:
        word = match.group(2)
        unit = {'ngay lam viec': 'working_day', 'ngay': 'day', 'gio lam viec': 'hour',
                'gio': 'hour'}.get(word)
        if not unit:           # months, years: never converted by guess
            return [(0.0, 'other')], False
        stages.append((_amount(match.group(1)), unit))
    if len(stages) > 1:
        rest = _NUMBER_UNIT.sub(' ', folded)
        if not _CONNECTORS.match(rest):
            return [(0.0, 'other')], False
    return stages, True


def time_text(rows):
    """The published text of time rows (stages of one channel and case), for the export."""
    parts = []
    for amount, unit in rows:
        if unit == 'other':
            return 'Khác'
        if unit == 'at_receipt':
            return 'Tại thời điểm nhận hồ sơ'
        parts.append('%s %s' % (('%g' % amount).replace('.', ','), UNIT_WORDS[unit]))
    return '; '.join(parts)


# ---------------------------------------------------------------------------------------------
# Dates, levels, lists of names

def parse_date(value):
    """A decision date: a date cell, dd/mm/yyyy text, or epoch milliseconds at Vietnamese
    midnight (read in Vietnamese time: a naive UTC reading gives the day before)."""
    if value in (None, ''):
        return None
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        result = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool) and value > 10 ** 10:
        result = (datetime.datetime(1970, 1, 1) + datetime.timedelta(milliseconds=value)
                  + VIETNAM_OFFSET).date()
    else:
        raw = text(value)
        if re.match(r'^-?\d{11,}$', raw):
            return parse_date(int(raw))
        result = datetime.datetime.strptime(raw[:10], '%d/%m/%Y').date()
    if not 1945 <= result.year <= 2100:
        raise ValueError(value)
    return result


def parse_levels(value):
    """'Cấp tỉnh, Cấp xã' → ['province', 'commune']; unknown parts → ValueError."""
    levels = []
    for part in re.split(r'[,;\n]+', text(value)):
        folded = fold(part)
        if not folded:
            continue
        if folded not in LEVELS:
            raise ValueError(part)
        if LEVELS[folded] not in levels:
            levels.append(LEVELS[folded])
    return levels


def split_names(value):
    """Agency names of one cell: separated by commas, semicolons or new lines."""
    names = []
    for part in re.split(r'[;\n]+|,(?![^()]*\))', text(value)):
        part = ' '.join(part.split()).strip(' .-')
        if part and part[0].islower() and names:
            # "Sở Tư pháp tỉnh, thành phố trực thuộc Trung ương": one name with a comma
            names[-1] = '%s, %s' % (names[-1], part)
        elif part and part not in names:
            names.append(part)
    return names


def _status(value):
    return STATUS.get(fold(value))


# ---------------------------------------------------------------------------------------------
# The national database's Excel export

def _find_heading_row(rows, required=('ma tthc', 'ten tthc')):
    for number, row in enumerate(rows[:6], start=1):
        folded = [fold(cell) for cell in row or ()]
        if all(word in folded for word in required):
            return number, folded
    return None, None


def is_national_export(sheets):
    """Whether the workbook (``{sheet name: rows}``) is a national export: a sheet with the
    headings "Mã TTHC", "Tên TTHC", "Cấp thực hiện" and "Cơ quan thực hiện"."""
    return _main_sheet(sheets)[0] is not None


def _main_sheet(sheets):
    for name, rows in sheets.items():
        if fold(name) == fold(CHANNEL_SHEET):
            continue
        number, folded = _find_heading_row(
            rows, ('ma tthc', 'ten tthc', 'cap thuc hien', 'co quan thuc hien'))
        if number:
            return name, number, folded
    return None, None, None


def new_procedure(source, position):
    return {'source': source, 'row': position, 'code': '', 'name': '', 'decision_number': '',
            'decision_date': None, 'field_name': '', 'field_code': '', 'levels': [],
            'agency_sources': [], 'state': 'in_force', 'description': '', 'link': '',
            'catalogue': '',
            'cases': [], 'times': [], 'fees': [], 'attention': []}


def read_national_export(sheets):
    """``sheets``: {sheet name: list of row tuples} of the workbook. Returns
    ``(procedures, errors)``; errors are (sheet, row, column, Message)."""
    name, heading_row, folded = _main_sheet(sheets)
    if not name:
        return [], [('', 1, '', msg(_(
            "No sheet has the headings of the national database's export (Mã TTHC, Tên TTHC, "
            "Cấp thực hiện, Cơ quan thực hiện) in its first rows.")))]
    index = {}
    for key, heading in zip(NATIONAL_KEYS, NATIONAL_HEADINGS):
        if fold(heading) in folded:
            index[key] = folded.index(fold(heading))
    procedures, errors, seen = [], [], {}
    for number, row in enumerate(sheets[name][heading_row:], start=heading_row + 1):
        cells = {key: (row[pos] if pos < len(row) else None) for key, pos in index.items()}
        if all(text(value) == '' for key, value in cells.items() if key != 'stt'):
            continue
        procedure = new_procedure(name, number)
        row_errors = []

        def error(key, reason):
            row_errors.append((name, number, NATIONAL_HEADINGS[NATIONAL_KEYS.index(key)],
                               reason))

        for key in cells:
            if len(text(cells[key])) > MAX_TEXT:
                error(key, msg(_("Too long (more than %d characters)."), MAX_TEXT))
                cells[key] = ''
        code = text(cells.get('code'))
        if not code:
            error('code', msg(_("Required.")))
        elif not code_kind(code):
            error('code', msg(_("%r is not a procedure code (national d.dddddd, local "
                                "d.dddddd.XXX or legacy)."), code))
        elif code in seen:
            error('code', msg(_("Code %s already appears on row %d."), (code, seen[code])))
        else:
            seen[code] = number
        procedure['code'] = code
        procedure['name'] = text(cells.get('name'))
        if not procedure['name']:
            error('name', msg(_("Required.")))
        procedure['decision_number'] = text(cells.get('decision_number'))
        try:
            procedure['decision_date'] = parse_date(cells.get('decision_date'))
        except (TypeError, ValueError, OverflowError):
            error('decision_date', msg(_("%r is not a date (dd/mm/yyyy)."),
                                       text(cells.get('decision_date'))))
        procedure['field_name'] = text(cells.get('field'))
        if not procedure['field_name']:
            error('field', msg(_("Required.")))
        try:
            procedure['levels'] = parse_levels(cells.get('levels'))
        except ValueError as bad:
            error('levels', msg(_("Unknown level %r (Cấp bộ, Cấp tỉnh, Cấp huyện, Cấp xã)."),
                                str(bad)))
        if not procedure['levels'] and not row_errors:
            error('levels', msg(_("Required.")))
        procedure['agency_sources'] = split_names(cells.get('agencies'))
        status = text(cells.get('status'))
        if status:
            procedure['state'] = _status(status) or 'in_force'
            if not _status(status):
                procedure['attention'].append(('Trạng thái', msg(_(
                    "Unknown status %r: read as in force."), status)))
        procedure['description'] = text(cells.get('description'))
        procedure['link'] = text(cells.get('link'))
        if row_errors:
            errors.extend(row_errors)
        else:
            procedures.append(procedure)
    title = next((text(cell) for row in sheets[name][:heading_row - 1] for cell in row or ()
                  if text(cell)), '')
    for procedure in procedures:
        procedure['catalogue'] = title or name
    by_code = {procedure['code']: procedure for procedure in procedures}
    channel_rows = next((rows for sheet, rows in sheets.items()
                         if fold(sheet) == fold(CHANNEL_SHEET)), None)
    if channel_rows is not None:
        errors.extend(_read_channels(channel_rows, by_code, seen))
    for procedure in procedures:
        if not procedure['times']:
            procedure['times'].append({'case': None, 'channel': 'direct', 'stage': 1,
                                       'amount': 0.0, 'unit': 'other', 'text': '',
                                       'description': ''})
            procedure['attention'].append((CHANNEL_SHEET, msg(_(
                "No processing time published: the province must set it."))))
    if not procedures and not errors:
        errors.append((name, heading_row + 1, '', msg(_("The sheet has no procedure."))))
    return procedures, errors


def _read_channels(rows, by_code, known_codes):
    """The "Cách thức thực hiện" rows: channel, time, fees, description (and the case, in the
    suite's own export). Two rows of one channel for one procedure are two cases."""
    errors = []
    number, folded = _find_heading_row(rows, ('ma tthc',))
    start = number or 1
    position = {'code': 1, 'channel': 3, 'time': 4, 'fee': 5, 'description': 6, 'case': None}
    if folded:
        for key, heading in (('code', 'Mã TTHC'), ('channel', 'Hình thức nộp'),
                             ('time', 'Thời hạn giải quyết'), ('fee', 'Phí, lệ phí'),
                             ('description', 'Mô tả'), ('case', 'Trường hợp')):
            if fold(heading) in folded:
                position[key] = folded.index(fold(heading))
    grouped = {}
    for row_number, row in enumerate(rows[start:], start=start + 1):
        def cell(key):
            pos = position[key]
            return row[pos] if pos is not None and pos < len(row) else None
        code = text(cell('code'))
        if not code:
            continue
        if code not in by_code:
            if code not in known_codes:
                errors.append((CHANNEL_SHEET, row_number, 'Mã TTHC', msg(_(
                    "Procedure %s is not on the main sheet."), code)))
            continue
        channel = CHANNELS.get(fold(cell('channel')))
        if not channel:
            errors.append((CHANNEL_SHEET, row_number, 'Hình thức nộp', msg(_(
                "Unknown channel %r (Trực tiếp, Trực tuyến, Bưu chính)."),
                text(cell('channel')))))
            continue
        grouped.setdefault(code, []).append((row_number, channel, text(cell('time')),
                                             text(cell('fee')), text(cell('description')),
                                             text(cell('case'))))
    for code, lines in grouped.items():
        procedure = by_code[code]
        per_channel = {}
        for line in lines:
            per_channel.setdefault(line[1], []).append(line)
        repeated = max(len(group) for group in per_channel.values()) > 1
        case_names = []
        for row_number, channel, time_value, fee_value, description, case_name in lines:
            case = None
            if case_name or repeated:
                if not case_name:
                    case_name = 'Trường hợp %d' % (
                        [line[0] for line in per_channel[channel]].index(row_number) + 1)
                if case_name not in case_names:
                    case_names.append(case_name)
                    procedure['cases'].append({'code': '', 'name': case_name})
                case = case_name
            stages, certain = parse_time_text(time_value)
            if not stages:
                stages, certain = [(0.0, 'other')], False
            for stage, (amount, unit) in enumerate(stages, start=1):
                procedure['times'].append({
                    'case': case, 'channel': channel, 'stage': stage, 'amount': amount,
                    'unit': unit, 'text': time_value, 'description': description or time_value})
            if not certain:
                procedure['attention'].append((CHANNEL_SHEET, msg(_(
                    "%s, %s: time %r not read with certainty, imported as \"other\": the "
                    "province must set it."), (code, CHANNEL_WORDS[channel], time_value))))
            for fee in parse_fee_text(fee_value):
                fee = dict(fee, channel=channel)
                if fee not in procedure['fees']:     # one fee repeated on a case's row
                    procedure['fees'].append(fee)
        _merge_channel_fees(procedure)
    return errors


def _merge_channel_fees(procedure):
    """The same fees on every channel are published once, for whatever channel."""
    channels = {time['channel'] for time in procedure['times']}
    by_channel = {}
    for fee in procedure['fees']:
        by_channel.setdefault(fee['channel'], []).append(
            (fee['kind'], fee['amount'], fee['description']))
    values = list(by_channel.values())
    if channels and set(by_channel) == channels and all(
            sorted(value) == sorted(values[0]) for value in values):
        procedure['fees'] = [{'channel': None, 'kind': kind, 'amount': amount,
                              'description': description}
                             for kind, amount, description in values[0]]


# ---------------------------------------------------------------------------------------------
# The national portal's procedure JSON

def read_portal_files(payload, filename=''):
    """The objects of a portal JSON file (one object, a list of them, or an envelope with
    ``data``/``result``) or of a zip of such files. Returns (objects with their file name,
    errors)."""
    objects, errors = [], []
    if zipfile.is_zipfile(io.BytesIO(payload)):
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            for member in sorted(archive.namelist()):
                if member.lower().endswith('.json'):
                    found, member_errors = read_portal_files(archive.read(member), member)
                    objects.extend(found)
                    errors.extend(member_errors)
        if not objects and not errors:
            errors.append((filename, 0, '', msg(_("The zip holds no JSON file."))))
        return objects, errors
    try:
        data = json.loads(payload.decode('utf-8-sig'))
    except (UnicodeDecodeError, ValueError):
        return [], [(filename, 0, '', msg(_("%s is not a JSON file."), filename or '?'))]
    for key in ('data', 'result', 'items'):
        if isinstance(data, dict) and isinstance(data.get(key), (list, dict)) \
                and 'code' not in data:
            data = data[key]
    if isinstance(data, dict) and isinstance(data.get('detail'), dict):
        data = data['detail']
    items = data if isinstance(data, list) else [data]
    for position, item in enumerate(items, start=1):
        if isinstance(item, dict) and isinstance(item.get('detail'), dict):
            item = item['detail']
        if not isinstance(item, dict):
            errors.append((filename, position, '', msg(_("Item %d is not a procedure."),
                                                       position)))
            continue
        objects.append((filename, position, item))
    return objects, errors


def _items(value):
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def read_portal_procedures(objects):
    """Procedures from portal objects (see ``read_portal_files``)."""
    procedures, errors, seen = [], [], {}
    for filename, position, item in objects:
        procedure = new_procedure(filename, position)
        row_errors = []

        def error(key, reason):
            row_errors.append((filename, position, key, reason))

        code = text(item.get('code'))
        if not code:
            error('code', msg(_("Required.")))
        elif not code_kind(code):
            error('code', msg(_("%r is not a procedure code (national d.dddddd, local "
                                "d.dddddd.XXX or legacy)."), code))
        elif code in seen:
            error('code', msg(_("Code %s already appears in %s."), (code, seen[code])))
        else:
            seen[code] = '%s #%d' % (filename, position)
        procedure['code'] = code
        procedure['name'] = text(item.get('name'))
        if not procedure['name']:
            error('name', msg(_("Required.")))
        proposal = item.get('procedureProposal') if isinstance(
            item.get('procedureProposal'), dict) else {}
        procedure['decision_number'] = text(
            proposal.get('decisionNumber') or proposal.get('proposalNumber')
            or item.get('decisionNo') or item.get('decisionNumber'))
        try:
            procedure['decision_date'] = parse_date(
                proposal.get('decisionDate') or item.get('decisionDate'))
        except (TypeError, ValueError, OverflowError):
            error('decisionDate', msg(_("%r is not a date."), text(
                proposal.get('decisionDate') or item.get('decisionDate'))))
        categories = _items(item.get('categoriesDetails')) or (
            [item['category']] if isinstance(item.get('category'), dict) else [])
        if categories:
            procedure['field_name'] = text(categories[0].get('name'))
            procedure['field_code'] = text(categories[0].get('code'))
        if not (procedure['field_name'] or procedure['field_code']):
            error('categoriesDetails', msg(_("Required.")))
        levels = [level for key, level in (('isMinistry', 'ministry'),
                                           ('isProvince', 'province'),
                                           ('isDistrict', 'district'), ('isWard', 'commune'))
                  if item.get(key) is True]
        procedure['levels'] = levels
        if not levels:
            error('isProvince', msg(_("No level: none of isMinistry, isProvince, isDistrict, "
                                      "isWard is true.")))
        departments = _items(item.get('departmentsExecuting')) or _items(
            item.get('unitGroupsExecuting'))
        for department in departments:
            source = text(department.get('code')) or text(department.get('name'))
            label = text(department.get('name'))
            if source and (source, label) not in procedure['agency_sources']:
                procedure['agency_sources'].append((source, label))
        state = text(item.get('state')).upper()
        procedure['state'] = {'ACTIVE': 'in_force', 'UPDATED': 'amended'}.get(state,
                                                                              'in_force')
        procedure['description'] = text(item.get('description'))
        method_units = {}
        for method in _items(item.get('executionMethods')):
            channel = CHANNELS.get(fold(method.get('submissionMethod')))
            if not channel:
                procedure['attention'].append(('executionMethods', msg(_(
                    "Unknown channel %r: skipped."), text(method.get('submissionMethod')))))
                continue
            amount, unit, certain = _portal_time(method.get('processingTime'),
                                                 method.get('processingTimeUnit'))
            published = ('%s %s' % (text(method.get('processingTime')),
                                    text(method.get('processingTimeUnit')))).strip()
            procedure['times'].append({
                'case': None, 'channel': channel, 'stage': 1, 'amount': amount,
                'unit': unit, 'text': published,
                'description': text(method.get('description')) or published})
            method_units[channel] = (amount, unit)
            if not certain:
                procedure['attention'].append(('executionMethods', msg(_(
                    "%s, %s: time %s %s imported as \"other\": the province must set it."),
                    (code, CHANNEL_WORDS[channel], text(method.get('processingTime')),
                     text(method.get('processingTimeUnit'))))))
            for fee in _items(method.get('fees')):
                procedure['fees'].append(_portal_fee(fee, channel))
        for fee in _items(item.get('fees')):
            procedure['fees'].append(_portal_fee(fee, None))
        for number, case in enumerate(_items(item.get('cases'))
                                      or _items(item.get('executionCases')), start=1):
            name = text(case.get('name')) or 'Trường hợp %d' % number
            procedure['cases'].append({'code': text(case.get('code')), 'name': name})
            day = case.get('processingDay') if isinstance(case.get('processingDay'),
                                                          dict) else None
            if day:
                amount, unit, certain = _portal_time(day.get('qty'), day.get('type'))
                published = ('%s %s' % (text(day.get('qty')), text(day.get('type')))).strip()
                procedure['times'].append({'case': name, 'channel': 'direct', 'stage': 1,
                                           'amount': amount, 'unit': unit, 'text': published,
                                           'description': name})
                differing = {key for key, value in method_units.items()
                             if value != (amount, unit)}
                if differing:
                    procedure['attention'].append(('cases', msg(_(
                        "%s: case %r takes %s %s, the channels say otherwise: both kept."),
                        (code, name, text(day.get('qty')), text(day.get('type'))))))
        if not procedure['times']:
            procedure['times'].append({'case': None, 'channel': 'direct', 'stage': 1,
                                       'amount': 0.0, 'unit': 'other', 'text': '',
                                       'description': ''})
            procedure['attention'].append(('executionMethods', msg(_(
                "No processing time published: the province must set it."))))
        if row_errors:
            errors.extend(row_errors)
        else:
            procedures.append(procedure)
    return procedures, errors


def _portal_time(amount, unit):
    unit = PORTAL_UNITS.get(text(unit).upper())
    try:
        amount = float(amount) if amount not in (None, '') else None
    except (TypeError, ValueError):
        amount = None
    if unit is None or amount is None or amount < 0 or (unit == 'other'):
        return 0.0, 'other', False
    return amount, unit, True


def _portal_fee(fee, channel):
    try:
        amount = float(fee.get('value') or 0)
    except (TypeError, ValueError):
        amount = vnd(text(fee.get('value'))) if re.match(r'^[\d.,]+$', text(fee.get('value'))) \
            else 0.0
    return {'channel': channel, 'kind': PORTAL_FEES.get(text(fee.get('type')).upper(), 'fee'),
            'amount': max(amount, 0.0), 'description': text(fee.get('description'))}


# ---------------------------------------------------------------------------------------------
# Export in the national layout

def export_sheets(procedures):
    """The national layout of ``procedures`` (plain dicts as the import produces them, plus
    ``agency_names``): {sheet name: rows}, main sheet first."""
    main = [['Danh mục thủ tục hành chính'], [], list(NATIONAL_HEADINGS)]
    channels = [list(CHANNEL_HEADINGS)]
    level_words = {value: key for key, value in LEVELS.items()}
    level_labels = {'cap bo': 'Cấp bộ', 'cap tinh': 'Cấp tỉnh', 'cap huyen': 'Cấp huyện',
                    'cap xa': 'Cấp xã'}
    for number, procedure in enumerate(procedures, start=1):
        row = [''] * len(NATIONAL_HEADINGS)
        row[0] = number
        row[1] = procedure['code']
        row[2] = procedure['name']
        row[3] = procedure.get('link') or ''
        row[4] = procedure.get('decision_number') or ''
        row[5] = procedure['decision_date'].strftime('%d/%m/%Y') \
            if procedure.get('decision_date') else ''
        row[7] = procedure['field_name']
        row[8] = ', '.join(level_labels[level_words[level]] for level in procedure['levels'])
        row[13] = ', '.join(procedure.get('agency_names') or [])
        row[17] = procedure.get('description') or ''
        row[18] = {'in_force': 'Đã công khai', 'amended': 'Sửa đổi', 'abolished': 'Bãi bỏ',
                   'replaced': 'Thay thế'}.get(procedure.get('state'), 'Đã công khai')
        main.append(row)
        groups = {}
        for time in procedure['times']:
            groups.setdefault((time['case'] or '', time['channel']), []).append(time)
        for (case, channel), times in sorted(groups.items(), key=lambda item: (
                item[0][0], ['direct', 'online', 'postal'].index(item[0][1]))):
            times = sorted(times, key=lambda time: time['stage'])
            fees = [fee for fee in procedure['fees'] if fee['channel'] in (None, channel)]
            published = times[0].get('text') or time_text(
                [(time['amount'], time['unit']) for time in times])
            description = times[0]['description'] or ''
            channels.append([
                len(channels), procedure['code'], procedure['name'], CHANNEL_WORDS[channel],
                published, ' '.join(fee_text(fee) for fee in fees),
                '' if description == published else description, case])
    return {'TTHC': main, CHANNEL_SHEET: channels}
