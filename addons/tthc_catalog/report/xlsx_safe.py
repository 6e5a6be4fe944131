# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Every XLSX report of the suite is written through this workbook: a text that starts like a
formula (``=``, ``+``, ``-``, ``@``) stays text. XlsxWriter writes a string starting with
``=`` as a live formula, and spreadsheets read the others as formulas when a user edits the
cell or saves the sheet as CSV: so no text becomes a formula, and such a text is stored with
Excel's quote prefix (shown as typed, kept as text when edited)."""
from io import BytesIO

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from odoo import models

FORMULA_STARTS = ('=', '+', '-', '@', '\t', '\r')
INTERNAL = ('xf_index', 'dxf_index', 'xf_format_indices', 'dxf_format_indices')


class SafeWorksheet(Worksheet):

    def _write_string(self, row, col, string, cell_format=None):
        if isinstance(string, str) and string.startswith(FORMULA_STARTS):
            cell_format = self.tthc_workbook.tthc_quoted(cell_format)
        return super(SafeWorksheet, self)._write_string(row, col, string, cell_format)


class SafeWorkbook(xlsxwriter.Workbook):

    def __init__(self, filename=None, options=None):
        options = dict(options or {}, strings_to_formulas=False)
        super(SafeWorkbook, self).__init__(filename, options)
        self.tthc_quoted_formats = {}

    def add_worksheet(self, name=None, worksheet_class=None):
        worksheet = super(SafeWorkbook, self).add_worksheet(
            name, worksheet_class=worksheet_class or SafeWorksheet)
        worksheet.tthc_workbook = self
        return worksheet

    def tthc_quoted(self, cell_format):
        """``cell_format`` with the quote prefix (one copy per format)."""
        key = id(cell_format)
        if key not in self.tthc_quoted_formats:
            quoted = self.add_format()
            for name, value in vars(cell_format or self.add_format()).items():
                if name not in INTERNAL:
                    setattr(quoted, name, value)
            quoted.set_quote_prefix()
            self.tthc_quoted_formats[key] = (cell_format, quoted)
        return self.tthc_quoted_formats[key][1]


class ReportXlsxAbstract(models.AbstractModel):
    """All the XLSX reports (``report_xlsx``) write through the safe workbook."""
    _inherit = 'report.report_xlsx.abstract'

    def create_xlsx_report(self, docids, data):
        objs = self._get_objs_for_report(docids, data)
        file_data = BytesIO()
        workbook = SafeWorkbook(file_data, self.get_workbook_options())
        self.generate_xlsx_report(workbook, data, objs)
        workbook.close()
        file_data.seek(0)
        return file_data.read(), 'xlsx'
