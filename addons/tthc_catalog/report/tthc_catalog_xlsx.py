# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, fields, models

from ..wizards.catalog_columns import COLUMNS, export_row


class TthcProcedureXlsx(models.AbstractModel):
    """The catalogue in the spreadsheet form provinces exchange; it imports back unchanged."""
    _name = 'report.tthc_catalog.procedure_xlsx'
    _inherit = 'report.report_xlsx.abstract'

    def generate_xlsx_report(self, workbook, data, procedures):
        bold = workbook.add_format({'bold': True, 'text_wrap': True, 'valign': 'top'})
        sheet = workbook.add_worksheet(_('Procedures'))
        for column, (_key, vi, _en, _required) in enumerate(COLUMNS):
            sheet.write(0, column, vi, bold)
            sheet.set_column(column, column, 40 if _key == 'name' else 16)
        sheet.freeze_panes(1, 0)
        for row, procedure in enumerate(procedures, start=1):
            sheet.write_row(row, 0, export_row({
                'code': procedure.code, 'name': procedure.name,
                'field_code': procedure.field_id.code, 'level': procedure.level,
                'agency_code': procedure.agency_id.code,
                'one_stop_type': procedure.one_stop_type,
                'processing_days': procedure.processing_days,
                'decision_number': procedure.decision_number,
                'decision_date': fields.Date.from_string(procedure.decision_date)
                if procedure.decision_date else None,
                'state': procedure.state,
            }))


class TthcInternalProcedureXlsx(models.AbstractModel):
    """Internal procedures with their steps, one row per step."""
    _name = 'report.tthc_catalog.internal_procedure_xlsx'
    _inherit = 'report.report_xlsx.abstract'

    def generate_xlsx_report(self, workbook, data, internal_procedures):
        bold = workbook.add_format({'bold': True, 'text_wrap': True, 'valign': 'top'})
        sheet = workbook.add_worksheet(_('Internal Procedures'))
        headers = [_('Procedure Code'), _('Procedure'), _('Agency'), _('Version'), _('State'),
                   _('Approval Decision'), _('Decision Date'), _('Step'), _('Step Name'),
                   _('Responsible Unit or Role'), _('Time (working days)')]
        sheet.write_row(0, 0, headers, bold)
        sheet.freeze_panes(1, 0)
        states = dict(self.env['tthc.internal.procedure']._fields['state']._description_selection(
            self.env))
        row = 1
        for record in internal_procedures:
            decision_date = fields.Date.from_string(record.decision_date).strftime('%d/%m/%Y') \
                if record.decision_date else ''
            for number, step in enumerate(record.step_ids, start=1):
                sheet.write_row(row, 0, [
                    record.procedure_id.code, record.procedure_id.name, record.agency_id.name,
                    record.version, states[record.state], record.decision_number or '',
                    decision_date, number, step.name, step.responsible, step.duration_days])
                row += 1
