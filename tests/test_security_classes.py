# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Whole classes of the security review, probed with the demo's real users (SECURITY.md,
section 7): every XLSX report keeps formula-like text as text; the receipt prints the lookup
code and the applicant's contact only to those who may read them; training facts of other
agencies' staff are not shown through computed fields."""
import io

import openpyxl
from odoo.tests.common import TransactionCase

from odoo.addons.tthc_catalog.report.xlsx_safe import ReportXlsxAbstract, SafeWorkbook

SUITE = ('tthc_catalog', 'tthc_dossier', 'tthc_inspection', 'tthc_training')
FORMULAS = ['=HYPERLINK("http://example.com","x")', '+1+2', '-2+3', '@SUM(1,2)', '=1+1']


class TestSecurityClasses(TransactionCase):

    def setUp(self):
        super(TestSecurityClasses, self).setUp()
        self.env = self.env(context=dict(self.env.context, lang='en_US'))

    def user(self, xmlid):
        return self.env.ref(xmlid)

    def test_every_xlsx_report_writes_through_the_safe_workbook(self):
        reports = self.env['ir.actions.report'].search([('report_type', '=', 'xlsx')])
        suite = [report for report in reports
                 if report.get_external_id()[report.id].split('.')[0] in SUITE]
        self.assertGreaterEqual(len(suite), 6)
        for report in suite:
            model = type(self.env['report.%s' % report.report_name])
            self.assertIs(model.create_xlsx_report, ReportXlsxAbstract.create_xlsx_report,
                          report.report_name)

    def _cells(self, content):
        book = openpyxl.load_workbook(io.BytesIO(content))
        return [cell for sheet in book.worksheets for row in sheet.iter_rows()
                for cell in row if cell.value is not None]

    def test_formula_like_text_stays_text(self):
        officer = self.user('tthc_catalog.user_officer_tnmt')
        Dossier = self.env['tthc.dossier'].sudo(officer)
        dossiers = Dossier.search([('agency_id', '=', self.env.ref(
            'tthc_catalog.agency_tnmt').id)], limit=len(FORMULAS))
        self.assertEqual(len(dossiers), len(FORMULAS))
        for dossier, text in zip(dossiers, FORMULAS):
            dossier.write({'applicant_name': text})
        content, _kind = self.env.ref(
            'tthc_dossier.tthc_dossier_tracking_book_xlsx_report').sudo(officer).render_xlsx(
            dossiers.ids, {})
        cells = self._cells(content)
        self.assertFalse([cell.coordinate for cell in cells if cell.data_type == 'f'])
        written = {cell.value: cell for cell in cells}
        for text in FORMULAS:
            self.assertIn(text, written)
            self.assertTrue(written[text].quotePrefix, text)

    def test_safe_workbook_keeps_the_cell_format(self):
        stream = io.BytesIO()
        book = SafeWorkbook(stream)
        bold = book.add_format({'bold': True})
        sheet = book.add_worksheet('x')
        sheet.write_row(0, 0, ['=1+1', 'plain', 5], bold)
        sheet.write_string(1, 0, '@cmd')
        book.close()
        cells = {cell.coordinate: cell for cell in self._cells(stream.getvalue())}
        self.assertEqual(cells['A1'].value, '=1+1')
        self.assertEqual(cells['A1'].data_type, 's')
        self.assertTrue(cells['A1'].font.b and cells['A1'].quotePrefix)
        self.assertTrue(cells['B1'].font.b and not cells['B1'].quotePrefix)
        self.assertEqual(cells['C1'].value, 5)
        self.assertTrue(cells['A2'].quotePrefix)

    def test_receipt_shows_lookup_code_and_contact_only_to_who_may_read_them(self):
        dossier = self.env['tthc.dossier'].search([('agency_id', '=', self.env.ref(
            'tthc_catalog.agency_tnmt').id)], limit=1)
        dossier.write({'applicant_phone': '0987654321'})
        secret = dossier.lookup_secret
        report = self.env.ref('tthc_dossier.tthc_dossier_receipt_report')
        officer = self.user('tthc_catalog.user_officer_tnmt')
        html = report.sudo(officer).render_qweb_html(dossier.ids)[0].decode()
        self.assertIn(secret, html)
        self.assertIn('0987654321', html)
        inspector = self.user('tthc_inspection.user_inspector')
        self.assertTrue(dossier.sudo(inspector).read(['code']))
        html = report.sudo(inspector).render_qweb_html(dossier.ids)[0].decode()
        self.assertIn(dossier.code, html)
        self.assertNotIn(secret, html)
        self.assertNotIn('0987654321', html)

    def test_training_facts_only_for_who_may_read_them(self):
        attendee = self.env['tthc.training.attendee'].search(
            [('result', '=', 'passed'), ('employee_id.user_id', '=', False)], limit=1)
        self.assertTrue(attendee)
        employee = attendee.employee_id
        self.assertTrue(employee.tthc_last_training_date)
        manager = self.user('tthc_training.user_training_manager')
        self.assertTrue(employee.sudo(manager).tthc_last_training_date)
        for xmlid in ('tthc_catalog.user_officer_congthuong', 'tthc_inspection.user_inspector'):
            user = self.user(xmlid)
            if attendee.agency_id in user.tthc_agency_scope_ids:
                continue
            facts = employee.sudo(user).read(['tthc_last_training_date',
                                              'tthc_training_needed'])[0]
            self.assertFalse(facts['tthc_last_training_date'], xmlid)
            self.assertFalse(facts['tthc_training_needed'], xmlid)
