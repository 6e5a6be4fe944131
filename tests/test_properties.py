# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Property-based tests (hypothesis) on what takes outside input: the deadline engine, the
catalogue import's row checker and the public dossier lookup."""
from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings, strategies as st

from odoo.addons.tthc_catalog.engine.deadline import WorkingCalendar
from odoo.addons.tthc_catalog.engine.vn_calendar import vietnam_year
from odoo.addons.tthc_catalog.wizards.catalog_columns import COLUMNS, parse_rows
from odoo.exceptions import UserError
from odoo.tests.common import TransactionCase

DAYS = [day for year in (2025, 2026) for day in vietnam_year(year)]
CALENDAR = WorkingCalendar(holidays=[d for d, _n, kind in DAYS if kind == 'holiday'],
                           working_days=[d for d, _n, kind in DAYS if kind == 'working_day'])
moments = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2026, 10, 31))
durations = st.integers(min_value=0, max_value=120).map(lambda halves: halves / 2)


def _in_working_time(moment):
    return CALENDAR.is_working_day(moment.date()) and any(
        start <= moment.time() <= end for start, end in CALENDAR.intervals)


@settings(max_examples=400, deadline=None)
@given(moments, durations)
def test_deadline_is_working_time_and_exact(received, days):
    due = CALENDAR.deadline(received, days)
    assert due > received
    assert _in_working_time(due)
    # the counting starts at the opening of the working day after the (deemed) receipt day:
    # a receipt on a day off or after the cut-off is deemed made on the next working day
    deemed = received.date()
    if not CALENDAR.is_working_day(deemed) or received.time() > CALENDAR.cutoff:
        deemed = CALENDAR.next_working_day(deemed)
    start = datetime.combine(CALENDAR.next_working_day(deemed), CALENDAR.intervals[0][0])
    if days:
        assert abs(CALENDAR.working_hours_between(start, due) - days * 8) < 1e-9
    assert CALENDAR.classify(due, due) == 'on_time'
    assert CALENDAR.classify(due + timedelta(seconds=1), due) == 'late'


@settings(max_examples=300, deadline=None)
@given(moments, durations, durations)
def test_deadline_monotonic_in_days(received, days, more):
    assert CALENDAR.deadline(received, days) <= CALENDAR.deadline(received, days + more)


@settings(max_examples=300, deadline=None)
@given(moments, durations, st.lists(st.tuples(moments, st.integers(0, 20 * 24 * 3600)),
                                    max_size=4))
def test_pauses_only_push_the_due_moment(received, days, raw_pauses):
    pauses = [(start, start + timedelta(seconds=length)) for start, length in raw_pauses]
    plain = CALENDAR.deadline(received, days)
    paused = CALENDAR.deadline(received, days, pauses)
    assert paused >= plain
    assert _in_working_time(paused)
    # overlapping pauses count once: repeating them changes nothing
    assert CALENDAR.deadline(received, days, pauses + pauses) == paused


cells = st.one_of(st.none(), st.text(max_size=30), st.integers(-5, 2000),
                  st.floats(allow_nan=True, allow_infinity=True), st.dates(),
                  st.sampled_from(['1.004227', '9.999999', 'Tỉnh', 'Xã', 'Một cửa', 'Không',
                                   'TST', 'T00.01', '15/08/2022', '31/02/2022', '2,5']))
HEADER = [vi for _key, vi, _en, _required in COLUMNS]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(cells, min_size=0, max_size=12), max_size=15))
def test_import_rows_are_accepted_or_reported(rows):
    records, errors = parse_rows([HEADER] + rows, {'TST': 1}, {'T00.01': 7})
    accepted = {number for number, _values in records}
    reported = {number for number, _column, _reason in errors}
    assert not accepted & reported
    for number, values in records:
        assert set(values) >= {'code', 'name', 'field_id', 'level', 'agency_id',
                               'one_stop_type', 'processing_days'}
        assert 0 <= values['processing_days'] <= 1000
    nonempty = {number for number, row in enumerate(rows, start=2)
                if any(cell not in (None, '') for cell in row[:len(HEADER)])}
    assert accepted | reported >= nonempty
    # (an empty sheet is reported on row 2, where the first procedure was expected)
    assert all(1 <= number <= max(len(rows) + 1, 2) for number in accepted | reported)


class TestLookupProperties(TransactionCase):

    def test_any_input_gets_the_neutral_answer(self):
        Dossier = self.env['tthc.dossier'].with_context(lang='en_US')
        neutral = Dossier.public_lookup('NO-SUCH', '000000', '192.0.2.1')['message']
        answers = []

        @settings(max_examples=150, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture])
        @given(st.text(max_size=300), st.text(max_size=300),
               st.from_regex(r'\A10\.\d{1,3}\.\d{1,3}\.\d{1,3}\Z'))
        def probe(code, secret, address):
            answers.append(Dossier.public_lookup(code, secret, address))

        probe()
        assert answers
        for answer in answers:
            assert 'result' not in answer
            assert answer['message'] in (
                neutral, 'Too many attempts. Please try again in 15 minutes.')


# Whole sheets through the import wizard: good rows, and rows broken in one known cell.
# (openpyxl writes a text starting with '=' as a formula, without the value a spreadsheet
# application would store beside it: such names are left out.)
good_rows = st.builds(
    lambda name, field, level, stop, days, date: [None, name, field, level, '000.00.20.H36',
                                                  stop, days, 'QĐ %s' % name[:5], date, None],
    st.text(alphabet=st.characters(blacklist_categories=('Cs', 'Cc')), min_size=1,
            max_size=40).filter(lambda name: name.strip() and not name.startswith('=')),
    st.sampled_from(['DD', 'MT', 'TNN']), st.sampled_from(['Tỉnh', 'cấp tỉnh', 'Xã']),
    st.sampled_from(['Một cửa', 'Liên thông', 'không']),
    st.one_of(st.integers(0, 90), st.sampled_from(['2,5', '7', '0.5'])),
    st.one_of(st.none(), st.dates(date(1945, 1, 1), date(2100, 12, 31)),
              st.sampled_from(['15/08/2022', '01/01/2025'])))
# (column, bad value): each makes its row wrong whatever the rest of the row
breakages = st.sampled_from([
    (0, '1.23'), (0, 'ABCDEFGH'), (1, None), (1, 'x' * 1001), (2, 'NO-SUCH-FIELD'),
    (3, 'Trung ương'), (4, '999.99.99.H99'), (5, 'hai cửa'), (6, -1), (6, 'năm ngày'),
    (6, 1001), (8, '31/02/2022'), (8, 'hôm qua'), (8, date(99, 1, 1)), (8, '01/01/0099'),
    (0, 'DUPLICATE')])


class TestImportWizardProperties(TransactionCase):
    """The import wizard, driven with generated XLSX files by a real controller: when any row
    is wrong nothing is written and exactly the wrong rows are reported; otherwise every row
    is written."""

    def test_all_or_nothing_with_a_report_per_bad_row(self):
        import base64
        import io

        import openpyxl

        controller = self.env.ref('tthc_catalog.user_controller')
        Procedure = self.env['tthc.procedure'].sudo(controller).with_context(
            active_test=False, lang='en_US')
        Wizard = self.env['tthc.catalog.import'].sudo(controller).with_context(lang='en_US')
        runs = []

        @settings(max_examples=60, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture,
                                         HealthCheck.too_slow])
        @given(st.lists(st.tuples(good_rows, st.one_of(st.none(), breakages)), min_size=1,
                        max_size=12), st.integers(0, 999), st.booleans())
        def probe(rows, base, clean):
            sheet_rows, bad = [], set()
            for number, (row, breakage) in enumerate(rows, start=2):
                row = list(row)
                row[0] = '9.%06d' % (base * 100 + number)
                if breakage and not clean and not (breakage[1] == 'DUPLICATE'
                                                   and not sheet_rows):
                    column, value = breakage
                    row[column] = sheet_rows[0][0] if value == 'DUPLICATE' else value
                    bad.add(number)
                sheet_rows.append(row)
            book = openpyxl.Workbook()
            book.active.append(HEADER)
            for row in sheet_rows:
                book.active.append(row)
            data = io.BytesIO()
            book.save(data)
            before = Procedure.search_count([])
            wizard = Wizard.create({'file': base64.b64encode(data.getvalue())})
            wizard.action_import()
            reported = set(wizard.error_ids.mapped('row'))
            if bad:
                assert wizard.state == 'failed'
                assert reported == bad, (reported, bad)
                assert all(error.reason for error in wizard.error_ids)
                assert Procedure.search_count([]) == before
            else:
                assert wizard.state == 'done', wizard.error_ids.mapped('reason')
                assert wizard.created_count + wizard.updated_count == len(sheet_rows)
                assert Procedure.search_count([]) == before + wizard.created_count
            runs.append(bool(bad))

        with self.env.cr.savepoint():
            probe()
        assert True in runs and False in runs
        print('import wizard: %d sheets, %d with bad rows' % (len(runs), sum(runs)))

    def test_a_file_that_is_not_a_workbook(self):
        controller = self.env.ref('tthc_catalog.user_controller')
        Wizard = self.env['tthc.catalog.import'].sudo(controller).with_context(lang='en_US')

        @settings(max_examples=40, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture])
        @given(st.binary(min_size=1, max_size=2000))
        def probe(data):
            import base64
            wizard = Wizard.create({'file': base64.b64encode(data)})
            with self.assertRaises(UserError):
                wizard.action_import()

        probe()
