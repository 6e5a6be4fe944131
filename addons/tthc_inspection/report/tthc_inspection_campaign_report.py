# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models

from odoo.addons.tthc_catalog.engine.dates import dmy


class ReportTthcInspectionCampaign(models.AbstractModel):
    """The conclusion of a campaign, in the layout of an administrative document."""
    _name = 'report.tthc_inspection.report_campaign'

    @api.model
    def get_report_values(self, docids, data=None):
        # a document of the province is in Vietnamese, whoever prints it
        campaigns = self.env['tthc.inspection.campaign'].with_context(lang='vi_VN').browse(docids)
        return {
            'doc_ids': docids, 'doc_model': 'tthc.inspection.campaign', 'docs': campaigns,
            'report_data': {campaign.id: campaign._report_data() for campaign in campaigns},
            'format_date': dmy,
        }
