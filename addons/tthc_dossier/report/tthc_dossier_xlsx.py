# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, models


class TthcDossierStatisticsXlsx(models.AbstractModel):
    """The statistics in the layout of the provincial reports on the settlement of
    administrative procedures, with the denominators and the rounding stated under the table."""
    _name = 'report.tthc_dossier.statistics_xlsx'
    _inherit = 'report.report_xlsx.abstract'

    def generate_xlsx_report(self, workbook, data, wizards):
        stats = wizards._statistics()
        head = workbook.add_format({'bold': True, 'align': 'center', 'valign': 'vcenter',
                                    'text_wrap': True, 'border': 1})
        cell = workbook.add_format({'border': 1})
        number = workbook.add_format({'border': 1, 'num_format': '#,##0'})
        rate = workbook.add_format({'border': 1, 'num_format': '0.00'})
        bold = workbook.add_format({'bold': True, 'border': 1, 'num_format': '#,##0'})
        sheet = workbook.add_worksheet(_('Statistics'))
        sheet.merge_range(0, 0, 0, 12, _('SETTLEMENT OF ADMINISTRATIVE PROCEDURES'), head)
        sheet.merge_range(1, 0, 1, 12, _('Period: %s - %s') % (
            wizards.date_from[8:10] + '/' + wizards.date_from[5:7] + '/' + wizards.date_from[:4],
            wizards.date_to[8:10] + '/' + wizards.date_to[5:7] + '/' + wizards.date_to[:4]))
        sheet.merge_range(3, 0, 4, 0, _('No.'), head)
        sheet.merge_range(3, 1, 4, 1, _('Unit'), head)
        sheet.merge_range(3, 2, 4, 2, _('Received in the period'), head)
        sheet.merge_range(3, 3, 3, 7, _('Resolved'), head)
        for column, label in enumerate([_('Total'), _('Early'), _('On time'), _('Late'),
                                        _('of which awaiting financial obligations')], start=3):
            sheet.write(4, column, label, head)
        sheet.merge_range(3, 8, 3, 9, _('In progress at the end of the period'), head)
        sheet.write(4, 8, _('Within the return date'), head)
        sheet.write(4, 9, _('Past the return date'), head)
        sheet.merge_range(3, 10, 4, 10, _('Early or on time (%)'), head)
        sheet.merge_range(3, 11, 4, 11, _('Late (%)'), head)
        sheet.merge_range(3, 12, 4, 12, _('766 on-time rate (%)'), head)
        sheet.set_column(1, 1, 45)
        sheet.set_column(2, 12, 13)
        row = 5
        for index, line in enumerate(stats['lines'] + [stats['total']], start=1):
            is_total = line is stats['total']
            sheet.write(row, 0, '' if is_total else index, cell)
            sheet.write(row, 1, line['name'], cell)
            for column, key in enumerate(['received', 'resolved', 'early', 'on_time', 'late',
                                          'late_obligation', 'in_progress_within',
                                          'in_progress_past'], start=2):
                sheet.write_number(row, column, line[key], bold if is_total else number)
            for column, key in enumerate(['in_time_rate', 'late_rate', 'index_on_time_rate'],
                                         start=10):
                if line[key] is None:
                    sheet.write(row, column, '-', cell)
                else:
                    sheet.write_number(row, column, line[key], rate)
            row += 1
        rule = {'truncate': _('truncated'), 'half_up': _('rounded half up')}[stats['rule']]
        notes = [
            _('Early or on time (%%) and late (%%): share of the dossiers resolved in the '
              'period, to two decimals, %s.') % rule,
            _('766 on-time rate (%%): (resolved early or on time + in progress within the '
              'return date) / (resolved + in progress), Decision 766/QĐ-TTg, to two decimals, '
              '%s.') % rule,
        ]
        for note in notes:
            row += 1
            sheet.write(row, 1, note)


class TthcDossierTrackingBookXlsx(models.AbstractModel):
    """Form 07: the dossier tracking book of the one-stop desk."""
    _name = 'report.tthc_dossier.tracking_book_xlsx'
    _inherit = 'report.report_xlsx.abstract'

    def generate_xlsx_report(self, workbook, data, dossiers):
        calendar = self.env['tthc.working.calendar']
        head = workbook.add_format({'bold': True, 'align': 'center', 'valign': 'vcenter',
                                    'text_wrap': True, 'border': 1})
        cell = workbook.add_format({'border': 1, 'text_wrap': True, 'valign': 'top'})
        sheet = workbook.add_worksheet(_('Tracking Book'))
        sheet.merge_range(0, 0, 0, 12, _('DOSSIER TRACKING BOOK'), head)
        headers = [_('No.'), _('Dossier code'), _('Procedure'), _('Number of dossiers'),
                   _('Applicant'), _('Address, phone'), _('Agency in charge'),
                   _('Received on'), _('Return date'), _('Result ready on'),
                   _('Returned on'), _('Applicant signature'), _('Note')]
        sheet.write_row(2, 0, headers, head)
        sheet.set_row(2, 45)
        sheet.set_column(0, 0, 5)
        sheet.set_column(1, 12, 18)
        sheet.set_column(2, 2, 40)

        def day(value):
            return calendar.to_local(value).strftime('%d/%m/%Y %H:%M') if value else ''
        states = dict(dossiers._fields['state']._description_selection(self.env))
        for index, dossier in enumerate(dossiers.sorted('received_at'), start=1):
            sheet.write_row(2 + index, 0, [
                index, dossier.code, dossier.procedure_id.name,
                dossier.procedure_id.dossier_count, dossier.applicant_name,
                ', '.join(filter(None, [dossier.applicant_address, dossier.applicant_phone])),
                dossier.agency_id.name, day(dossier.received_at), day(dossier.due_at),
                day(dossier.finished_at), day(dossier.returned_at), '',
                states[dossier.state]], cell)
