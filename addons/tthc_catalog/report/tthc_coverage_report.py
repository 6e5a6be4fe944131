# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models


class ReportTthcCoverage(models.AbstractModel):
    """Coverage statistics of the selected agencies and the agencies below them."""
    _name = 'report.tthc_catalog.report_coverage'

    @api.model
    def get_report_values(self, docids, data=None):
        agencies = self.env['tthc.agency'].browse(docids)
        return {
            'doc_ids': docids, 'doc_model': 'tthc.agency', 'docs': agencies,
            'summary': self.env['tthc.coverage.report'].summary(
                [('agency_id', 'child_of', agencies.ids)]),
        }
