# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, fields, models

from odoo.addons.tthc_catalog.engine.dates import dmy


def _formats(workbook):
    return {
        'bold': workbook.add_format({'bold': True, 'text_wrap': True, 'valign': 'top'}),
        'note': workbook.add_format({'italic': True}),
        'alert': workbook.add_format({'bg_color': '#F4CCCC'}),
        'plain': workbook.add_format({}),
    }


def _write_notes(sheet, row, notes, style):
    for note in notes:
        sheet.write(row, 0, note, style)
        row += 1
    return row + 1


class TthcFocalTurnoverXlsx(models.AbstractModel):
    """Turnover of the main focal officer per agency and year, its formulas on top."""
    _name = 'report.tthc_training.turnover_xlsx'
    _inherit = 'report.report_xlsx.abstract'

    def generate_xlsx_report(self, workbook, data, statistics):
        style = _formats(workbook)
        threshold = self.env['tthc.focal.statistics']._setting('turnover_threshold')
        sheet = workbook.add_worksheet(_('Turnover'))
        row = _write_notes(sheet, 0, [
            _("Focal officer turnover, printed on %s") % dmy(fields.Date.context_today(self)),
            _("Change: a main focal officer assignment ended in the year and followed by "
              "another one in the same agency."),
            _("Average tenure: days in office, both ends counted, of the main assignments "
              "ended in the year."),
            _("Average posts: share of the year's days with a main focal officer (up to "
              "today for the current year)."),
            _("Turnover rate = changes / average posts x 100, truncated to 2 decimals."),
            _("Highlighted: turnover rate above %s%%.") % threshold,
        ], style['note'])
        sheet.write_row(row, 0, [_('Year'), _('Agency Code'), _('Agency'), _('Changes'),
                                 _('Average Tenure (days)'), _('Average Posts'),
                                 _('Turnover Rate (%)'), _('Above Threshold')], style['bold'])
        sheet.set_column(2, 2, 40)
        sheet.set_column(3, 7, 14)
        for line in statistics.sorted(lambda s: (s.year, s.agency_id.complete_name)):
            row += 1
            sheet.write_row(row, 0, [
                line.year, line.agency_id.code or '', line.agency_id.complete_name,
                line.changes, line.average_tenure_days or '', line.average_posts,
                line.turnover_rate, _('Yes') if line.above_threshold else ''],
                style['alert'] if line.above_threshold else style['plain'])


class TthcTrainingCoverageXlsx(models.AbstractModel):
    """Training coverage per agency and year, then the current officers still untrained."""
    _name = 'report.tthc_training.coverage_xlsx'
    _inherit = 'report.report_xlsx.abstract'

    def generate_xlsx_report(self, workbook, data, statistics):
        style = _formats(workbook)
        months = self.env['tthc.focal.statistics']._setting('coverage_months')
        sheet = workbook.add_worksheet(_('Coverage'))
        row = _write_notes(sheet, 0, [
            _("Training coverage of focal officers, printed on %s")
            % dmy(fields.Date.context_today(self)),
            _("Coverage = focal officers (main and deputy) at the reference date who passed a "
              "class in the %s months before it / focal officers at that date x 100, "
              "truncated to 2 decimals.") % months,
            _("Reference date: 31/12 of the year, today for the current year."),
        ], style['note'])
        sheet.write_row(row, 0, [_('Year'), _('Agency Code'), _('Agency'), _('Reference Date'),
                                 _('Focal Officers'), _('Trained'), _('Coverage (%)')],
                        style['bold'])
        sheet.set_column(2, 2, 40)
        sheet.set_column(3, 6, 14)
        for line in statistics.sorted(lambda s: (s.year, s.agency_id.complete_name)):
            row += 1
            sheet.write_row(row, 0, [
                line.year, line.agency_id.code or '', line.agency_id.complete_name,
                dmy(line.reference_date), line.officer_count, line.trained_count,
                line.coverage_rate if line.officer_count else ''])

        untrained = self.env['tthc.focal.assignment'].search([
            ('agency_id', 'in', statistics.mapped('agency_id').ids), ('is_current', '=', True),
            ('training_needed', '=', True)], order='agency_id, role')
        sheet = workbook.add_worksheet(_('Untrained Officers'))
        sheet.write_row(0, 0, [_('Agency'), _('Focal Officer'), _('Role'), _('Since'),
                               _('Last Training')], style['bold'])
        sheet.set_column(0, 1, 36)
        sheet.set_column(2, 4, 14)
        roles = dict(untrained._fields['role']._description_selection(self.env))
        for row, assignment in enumerate(untrained, start=1):
            sheet.write_row(row, 0, [
                assignment.agency_id.complete_name, assignment.employee_id.name,
                roles[assignment.role], dmy(assignment.date_from),
                dmy(assignment.last_training_date)])
