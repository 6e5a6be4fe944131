# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The catalogue import on real files (tests/data, built by scripts/catalogue_real_slices.py
from the national portal's pages: see tests/data/README.md): the national database's Excel
layout and the portal's JSON, preview before writing, names mapped through the mapping table,
times read or left to set, idempotence, a newer export's differences as review entries, the
export in the national layout read back unchanged, and the same over HTTP as the controller."""
import base64
import io
import json
import logging
import os
import zipfile

import openpyxl
import requests

from odoo.tests.common import HOST, PORT, HttpCase

from ..engine.catalog_import import parse_date, parse_time_text, split_names
from .common import TthcCase

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data')
_logger = logging.getLogger(__name__)
EXPORT = 'national_export_slice.xlsx'
PORTAL = 'portal_slice.json'


def data(name):
    with open(os.path.join(DATA, name), 'rb') as handle:
        return handle.read()


def workbook_bytes(book):
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


class TestCatalogImportReal(TthcCase):

    def _wizard(self, content, filename, user=None, **values):
        Wizard = self.env['tthc.catalog.import'].sudo(user or self.controller)
        return Wizard.create(dict(values, file=base64.b64encode(content), filename=filename))

    def _codes(self, content):
        rows = openpyxl.load_workbook(io.BytesIO(content), read_only=True)['TTHC'].iter_rows(
            min_row=4, values_only=True)
        return [row[1] for row in rows if row[1]]

    def test_engine_reads_the_published_texts(self):
        self.assertEqual(parse_time_text('25 ngày làm việc'), ([(25.0, 'working_day')], True))
        self.assertEqual(parse_time_text('45 ngày'), ([(45.0, 'day')], True))
        self.assertEqual(parse_time_text('4 giờ'), ([(4.0, 'hour')], True))
        self.assertEqual(parse_time_text('45 ngày; 30 ngày'),
                         ([(45.0, 'day'), (30.0, 'day')], True))
        self.assertEqual(parse_time_text('Tại thời điểm nhận hồ sơ'),
                         ([(0.0, 'at_receipt')], True))
        for text in ('Khác', '0 Khác', '1 Khác', '220', '02 tháng và 15 ngày làm việc',
                     'Tại thời điểm nhận hồ sơ/tại thời điểm xử lý hồ sơ. Khác',
                     '15 ngày làm việc (xác minh: không quá 30 ngày làm việc)'):
            self.assertEqual(parse_time_text(text), ([(0.0, 'other')], False), text)
        # epoch milliseconds at Vietnamese midnight: the day itself, not the day before
        self.assertEqual(str(parse_date(1546189200000)), '2018-12-31')
        self.assertEqual(str(parse_date('09/01/2018')), '2018-01-09')
        self.assertEqual(split_names('Sở Tư pháp tỉnh, thành phố trực thuộc Trung ương, '
                                     'Ủy ban nhân dân cấp xã'),
                         ['Sở Tư pháp tỉnh, thành phố trực thuộc Trung ương',
                          'Ủy ban nhân dân cấp xã'])

    def test_national_export_preview_import_and_again(self):
        content = data(EXPORT)
        codes = self._codes(content)
        Procedure = self.env['tthc.procedure']
        self.assertFalse(Procedure.search([('code', 'in', codes)]))
        # the demo's real catalogue may have taught the province these field names already:
        # start from a province that has never met them
        self.env['tthc.catalog.mapping'].search([('kind', '=', 'field')]).unlink()
        for field in self.env['tthc.field'].with_context(active_test=False).search([]):
            field.write({'name': '%s (%d)' % (field.name, field.id), 'national_code': False})
        # fields come by name: unknown names stop the import until mapped (or created)
        wizard = self._wizard(content, EXPORT)
        wizard.action_preview()
        self.assertEqual(wizard.state, 'failed')
        self.assertTrue(wizard.unmapped_ids.filtered(lambda m: m.kind == 'field'))
        self.assertFalse(Procedure.search([('code', 'in', codes)]))
        wizard = self._wizard(content, EXPORT, create_missing_fields=True)
        wizard.action_preview()
        self.assertEqual((wizard.state, wizard.created_count), ('preview', len(codes)))
        self.assertFalse(Procedure.search([('code', 'in', codes)]), "the preview wrote")
        wizard.action_import()
        self.assertEqual((wizard.state, wizard.created_count, wizard.updated_count),
                         ('done', len(codes), 0))
        imported = Procedure.search([('code', 'in', codes)])
        self.assertEqual(len(imported), len(codes))
        self.assertTrue(all(imported.mapped('level_ids')))
        self.assertGreater(wizard.field_mapped_count, 0)
        self.assertEqual(wizard.time_to_set_count, len(imported.filtered('time_to_set')))
        self.assertEqual(set(imported.mapped('import_origin')), {'national_xlsx'})
        units = set(imported.mapped('time_ids.unit'))
        self.assertTrue({'working_day', 'day'} <= units, units)
        self.assertTrue(imported.mapped('fee_ids'))
        # the same file again changes nothing
        before = imported.mapped(lambda p: (p.write_date, len(p.time_ids), len(p.fee_ids)))
        again = self._wizard(content, EXPORT)
        again.action_import()
        self.assertEqual((again.state, again.created_count, again.updated_count,
                          again.unchanged_count, again.review_entry_count),
                         ('done', 0, 0, len(codes), 0))
        self.assertEqual(imported.mapped(lambda p: (p.write_date, len(p.time_ids),
                                                    len(p.fee_ids))), before)

    def test_newer_export_differences_become_review_entries(self):
        content = data(EXPORT)
        self._wizard(content, EXPORT, create_missing_fields=True).action_import()
        codes = self._codes(content)
        # next year's export (a modified copy of the real slice): the first procedure is no
        # longer published, the second has a new in-person time, a new one appears
        book = openpyxl.load_workbook(io.BytesIO(content))
        main, channels = book['TTHC'], book['Cách thức thực hiện']
        gone, amended = codes[0], codes[1]
        for row in list(main.iter_rows(min_row=4)):
            if row[1].value == gone:
                row[1].value = '1.999901'
        for row in channels.iter_rows(min_row=2):
            if row[1].value == gone:
                row[1].value = '1.999901'
            if row[1].value == amended:
                row[4].value = '99 ngày làm việc'
        newer = workbook_bytes(book)
        wizard = self._wizard(newer, 'newer.xlsx', create_missing_fields=True)
        wizard.action_preview()
        actions = {line.code: line.action for line in wizard.line_ids}
        self.assertEqual((actions['1.999901'], actions[amended], actions[gone]),
                         ('create', 'update', 'unpublished'))
        self.assertIn('times', wizard.line_ids.filtered(lambda line: line.code == amended).changes)
        wizard.action_import()
        self.assertEqual(wizard.state, 'done')
        entries = self.env['tthc.review.entry'].search(
            [('decision_id', '=', wizard.review_decision_id.id)])
        self.assertEqual(sorted((e.procedure_id.code, e.change_type) for e in entries),
                         sorted([('1.999901', 'new'), (amended, 'amended'),
                                 (gone, 'abolished')]))
        self.assertEqual(wizard.review_entry_count, 3)

    def test_portal_json_file_and_zip(self):
        content = data(PORTAL)
        items = json.loads(content.decode('utf-8'))
        items[0]['procedureProposal']['decisionDate'] = 1546189200000
        wizard = self._wizard(json.dumps(items).encode(), PORTAL, create_missing_fields=True)
        wizard.action_import()
        self.assertEqual((wizard.state, wizard.file_format, wizard.created_count),
                         ('done', 'portal_json', len(items)))
        first = self.env['tthc.procedure'].search([('code', '=', items[0]['code'])])
        self.assertEqual(first.decision_date, '2018-12-31')
        self.assertEqual(first.import_origin, 'portal_json')
        # a zip of the same objects, one file each: nothing to change
        stream = io.BytesIO()
        with zipfile.ZipFile(stream, 'w') as archive:
            for item in items:
                archive.writestr('%s.json' % item['code'], json.dumps(item))
        again = self._wizard(stream.getvalue(), 'portal.zip')
        again.action_import()
        self.assertEqual((again.state, again.created_count, again.unchanged_count),
                         ('done', 0, len(items)))

    def test_malformed_file_writes_nothing_and_reports_each_row(self):
        book = openpyxl.load_workbook(io.BytesIO(data(EXPORT)))
        main = book['TTHC']
        main.cell(row=4, column=9).value = 'Cấp thôn'
        main.cell(row=5, column=2).value = 'not a code'
        wizard = self._wizard(workbook_bytes(book), 'bad.xlsx', create_missing_fields=True)
        wizard.action_import()
        self.assertEqual(wizard.state, 'failed')
        self.assertEqual(sorted((e.row, e.column) for e in wizard.error_ids
                                if e.sheet == 'TTHC'), [(4, 'Cấp thực hiện'), (5, 'Mã TTHC')])
        # the channel rows of the procedure whose code is wrong are reported too
        self.assertTrue(wizard.error_ids.filtered(lambda e: e.sheet == 'Cách thức thực hiện'))
        self.assertFalse(self.env['tthc.procedure'].search(
            [('code', 'in', self._codes(data(EXPORT)))]))

    def test_export_in_the_national_layout_imports_back_unchanged(self):
        content = data(EXPORT)
        self._wizard(content, EXPORT, create_missing_fields=True).action_import()
        procedures = self.env['tthc.procedure'].search([('code', 'in', self._codes(content))])
        procedures[0].agency_ids = self.agency_a
        report = self.env.ref('tthc_catalog.tthc_procedure_national_xlsx_report')
        exported, kind = report.render_xlsx(procedures.ids, {})
        self.assertEqual(kind, 'xlsx')
        rows = list(openpyxl.load_workbook(io.BytesIO(exported)).worksheets[0].iter_rows(
            values_only=True))
        self.assertEqual(rows[2][:3], ('STT', 'Mã TTHC', 'Tên TTHC'))
        wizard = self._wizard(exported, 'export.xlsx')
        wizard.action_import()
        self.assertEqual((wizard.state, wizard.created_count, wizard.updated_count,
                          wizard.unchanged_count), ('done', 0, 0, len(procedures)))


class TestCatalogImportHttp(HttpCase):
    """The control officer imports through the web client's JSON-RPC, with their own
    session: a real national export and a real portal JSON."""

    def _call(self, client, model, method, *args):
        response = client.post('http://%s:%s/web/dataset/call_kw' % (HOST, PORT), timeout=300,
                               json={'jsonrpc': '2.0', 'method': 'call', 'params': {
                                   'model': model, 'method': method, 'args': list(args),
                                   'kwargs': {'context': {'lang': 'vi_VN'}}}})
        body = response.json()
        self.assertNotIn('error', body, body.get('error'))
        return body['result']

    def test_controller_imports_a_real_export_and_a_real_portal_json(self):
        client = requests.Session()
        response = client.post('http://%s:%s/web/session/authenticate' % (HOST, PORT),
                               timeout=60, json={'jsonrpc': '2.0', 'method': 'call', 'params': {
                                   'db': self.env.cr.dbname, 'login': 'controller',
                                   'password': 'controller'}})
        self.assertEqual(response.json()['result']['uid'],
                         self.env.ref('tthc_catalog.user_controller').id)
        fields = ['state', 'created_count', 'updated_count', 'unchanged_count',
                  'time_to_set_count', 'field_mapped_count', 'agency_mapped_count',
                  'unmapped_count', 'review_entry_count']
        results = {}
        for name in (EXPORT, PORTAL, EXPORT):
            wizard_id = self._call(client, 'tthc.catalog.import', 'create', {
                'file': base64.b64encode(data(name)).decode(), 'filename': name,
                'create_missing_fields': True})
            self._call(client, 'tthc.catalog.import', 'action_preview', [wizard_id])
            self._call(client, 'tthc.catalog.import', 'action_import', [wizard_id])
            [result] = self._call(client, 'tthc.catalog.import', 'read', [wizard_id], fields)
            results.setdefault(name, []).append(result)
            _logger.info('HTTP import as controller of %s: %s', name, {
                key: result[key] for key in fields})
        first, second = results[EXPORT]
        self.assertEqual((first['state'], first['created_count']), ('done', 7))
        self.assertGreater(first['field_mapped_count'], 0)
        self.assertEqual((second['created_count'], second['updated_count'],
                          second['unchanged_count']), (0, 0, 7))
        portal = results[PORTAL][0]
        self.assertEqual((portal['state'], portal['created_count']), ('done', 6))
