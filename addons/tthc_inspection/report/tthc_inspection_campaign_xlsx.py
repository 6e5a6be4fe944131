# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, models

from odoo.addons.tthc_catalog.engine.dates import dmy


class TthcInspectionCampaignXlsx(models.AbstractModel):
    """The campaign report as a workbook: one sheet per part of the PDF conclusion, one row
    per line of every selected campaign."""
    _name = 'report.tthc_inspection.campaign_xlsx'
    _inherit = 'report.report_xlsx.abstract'

    def generate_xlsx_report(self, workbook, data, campaigns):
        bold = workbook.add_format({'bold': True, 'text_wrap': True, 'valign': 'top'})
        ratings = dict(self.env['tthc.inspection.visit']._fields['rating']
                       ._description_selection(self.env))
        severities = dict(self.env['tthc.inspection.finding']._fields['severity']
                          ._description_selection(self.env))
        layout = [
            ('visits', _('Visits'), [_('Campaign'), _('Agency'), _('Date'), _('Rating'),
                                     _('Findings'), _('Deficiencies')]),
            ('criteria', _('Deficiencies by Criterion'),
             [_('Campaign'), _('Criteria Group'), _('Criterion')] + list(severities.values())
             + [_('Total')]),
            ('commended', _('Commended Units'), [_('Campaign'), _('Agency')]),
            ('overdue', _('Overdue Actions'), [_('Campaign'), _('Agency'), _('Action'),
                                               _('Owner'), _('Deadline')]),
        ]
        sheets = {}
        for key, title, headers in layout:
            # a sheet name has at most 31 characters; translations may be longer
            worksheet = workbook.add_worksheet(title[:31])
            worksheet.write_row(0, 0, headers, bold)
            worksheet.freeze_panes(1, 0)
            sheets[key] = [worksheet, 1]

        def append(key, values):
            worksheet, row = sheets[key]
            worksheet.write_row(row, 0, values)
            sheets[key][1] = row + 1

        for campaign in campaigns:
            content = campaign._report_data()
            for visit in content['visits']:
                append('visits', [
                    campaign.name, visit.agency_id.name, dmy(visit.date),
                    ratings.get(visit.rating, ''), len(visit.finding_ids),
                    len(visit.finding_ids.filtered(lambda f: f.kind == 'deficiency'))])
            for line in content['by_criterion']:
                append('criteria', [campaign.name, line['group'], line['criterion']]
                       + [line['counts'][key] for key in severities] + [line['total']])
            for visit in content['commended']:
                append('commended', [campaign.name, visit.agency_id.name])
            for action in content['overdue_actions']:
                append('overdue', [campaign.name, action.agency_id.name, action.name,
                                   action.owner_id.name, dmy(action.deadline)])
