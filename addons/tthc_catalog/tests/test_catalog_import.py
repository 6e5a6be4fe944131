# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
import io

import openpyxl

from odoo.exceptions import AccessError, UserError

from .common import TthcCase

HEADER = ['Mã TTHC', 'Tên TTHC', 'Mã lĩnh vực', 'Cấp thực hiện', 'Mã cơ quan thực hiện',
          'Cơ chế một cửa', 'Thời hạn giải quyết (ngày làm việc)', 'Số quyết định công bố',
          'Ngày quyết định', 'Tình trạng']


def xlsx(rows):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    stream = io.BytesIO()
    book.save(stream)
    return base64.b64encode(stream.getvalue())


class TestCatalogImport(TthcCase):

    def _import(self, rows, user=None):
        Wizard = self.env['tthc.catalog.import']
        if user:
            Wizard = Wizard.sudo(user)
        wizard = Wizard.create({'file': xlsx(rows), 'filename': 'catalogue.xlsx'})
        wizard.action_import()
        return wizard

    def test_import_creates_and_updates(self):
        wizard = self._import([
            HEADER,
            ['9.100001', 'New procedure', 'TST', 'Tỉnh', 'T00.01', 'Một cửa', 7, '5/QĐ-UBND',
             '15/08/2022', 'Còn hiệu lực'],
            ['9.100002', 'Commune procedure', 'TST', 'Cấp xã', 'T00.02', 'Liên thông', '2,5',
             None, None, None],
            ['9.000001', 'Renamed by import', 'TST', 'province', 'T00.01', 'one-stop', 12,
             None, None, 'Sửa đổi'],
            [None] * 10,
        ])
        self.assertEqual((wizard.state, wizard.created_count, wizard.updated_count),
                         ('done', 2, 1))
        new = self.env['tthc.procedure'].search([('code', '=', '9.100001')])
        self.assertEqual((new.level, new.agency_id, new.decision_date, new.processing_days),
                         ('province', self.agency_a, '2022-08-15', 7.0))
        commune = self.env['tthc.procedure'].search([('code', '=', '9.100002')])
        self.assertEqual((commune.level, commune.one_stop_type, commune.processing_days),
                         ('commune', 'interconnected', 2.5))
        procedure = self.procedure
        self.assertEqual((procedure.name, procedure.state, procedure.processing_days),
                         ('Renamed by import', 'amended', 12.0))

    def test_wrong_rows_write_nothing_and_are_all_reported(self):
        count = self.env['tthc.procedure'].search_count([])
        wizard = self._import([
            HEADER,
            ['9.100003', 'Fine row', 'TST', 'Tỉnh', 'T00.01', 'Một cửa', 5, None, None, None],
            ['1.23', 'Bad code', 'TST', 'Tỉnh', 'T00.01', 'Một cửa', 5, None, None, None],
            ['9.100004', '', 'NOPE', 'Vùng', 'X99', 'Có', -1, None, '31/02/2022', 'Mới'],
            ['9.100003', 'Duplicate', 'TST', 'Tỉnh', 'T00.01', 'Một cửa', 'năm', None, None, None],
        ])
        self.assertEqual(wizard.state, 'failed')
        self.assertEqual(self.env['tthc.procedure'].search_count([]), count)
        reported = [(e.row, e.column) for e in wizard.error_ids]
        self.assertEqual(reported, [
            (3, 'Mã TTHC'),
            (4, 'Tên TTHC'), (4, 'Mã lĩnh vực'), (4, 'Mã cơ quan thực hiện'),
            (4, 'Cấp thực hiện'), (4, 'Cơ chế một cửa'), (4, 'Tình trạng'),
            (4, 'Thời hạn giải quyết (ngày làm việc)'), (4, 'Ngày quyết định'),
            (5, 'Mã TTHC'), (5, 'Thời hạn giải quyết (ngày làm việc)'),
        ])
        self.assertIn('d.dddddd', wizard.error_ids[0].reason)
        self.assertIn('row 2', wizard.error_ids.filtered(lambda e: e.row == 5)[0].reason)

    def test_missing_columns_and_bad_file(self):
        wizard = self._import([['Mã TTHC', 'Tên TTHC'], ['9.100005', 'x']])
        self.assertEqual(wizard.state, 'failed')
        self.assertIn('Mã lĩnh vực', wizard.error_ids.mapped('column'))
        wizard = self.env['tthc.catalog.import'].create({'file': base64.b64encode(b'not xlsx')})
        with self.assertRaises(UserError):
            wizard.action_import()

    def test_orm_refusal_undoes_every_row(self):
        count = self.env['tthc.procedure'].search_count([])
        internal = self._internal_procedure(steps=((5, False), (0, True)))
        self.assertTrue(internal)
        wizard = self._import([
            HEADER,
            ['9.100006', 'Fine row', 'TST', 'Tỉnh', 'T00.01', 'Một cửa', 5, None, None, None],
            # shorter than the 5 days of its internal procedure's steps: refused by the ORM
            ['9.000001', 'Too short', 'TST', 'Tỉnh', 'T00.01', 'Một cửa', 2, None, None, None],
        ])
        self.assertEqual(wizard.state, 'failed')
        self.assertEqual(wizard.error_ids.mapped('row'), [3])
        self.assertEqual(self.env['tthc.procedure'].search_count([]), count)
        self.assertEqual(self.procedure.processing_days, 10)

    def test_export_imports_back(self):
        report = self.env.ref('tthc_catalog.tthc_procedure_xlsx_report')
        content, kind = report.render_xlsx(self.procedure.ids, {})
        self.assertEqual(kind, 'xlsx')
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        rows = list(sheet.iter_rows(values_only=True))
        self.assertEqual(list(rows[0]), HEADER)
        self.assertEqual(rows[1][:7], ('9.000001', 'Test procedure', 'TST', 'Tỉnh', 'T00.01',
                                       'Một cửa', 10))
        wizard = self.env['tthc.catalog.import'].create({'file': base64.b64encode(content)})
        wizard.action_import()
        self.assertEqual((wizard.state, wizard.updated_count), ('done', 1))

    def test_internal_procedures_export(self):
        internal = self._internal_procedure(steps=((1, False), (0.5, False), (0, True)))
        report = self.env.ref('tthc_catalog.tthc_internal_procedure_xlsx_report')
        content, _kind = report.render_xlsx(internal.ids, {})
        rows = list(openpyxl.load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))
        self.assertEqual(len(rows), 4)
        self.assertEqual(rows[3][7:], (3, 'Step 2', 'Unit', 0))

    def test_officer_cannot_import(self):
        with self.assertRaises(AccessError):
            self._import([
                HEADER,
                ['9.100007', 'Officer row', 'TST', 'Tỉnh', 'T00.01', 'Một cửa', 5, None, None,
                 None],
            ], user=self.officer_a)
