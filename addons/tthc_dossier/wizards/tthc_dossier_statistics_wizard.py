# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models


class TthcDossierStatisticsWizard(models.TransientModel):
    """Choose the period and scope of the statistics, then export them as XLSX."""
    _name = 'tthc.dossier.statistics.wizard'
    _description = 'Dossier Statistics'

    date_from = fields.Date(required=True, default=lambda self: fields.Date.to_string(
        fields.Date.from_string(fields.Date.context_today(self)).replace(month=1, day=1)))
    date_to = fields.Date(required=True, default=fields.Date.context_today)
    group_by = fields.Selection([('agency', 'Agency'), ('field', 'Field'),
                                 ('procedure', 'Procedure')], required=True, default='agency')
    agency_ids = fields.Many2many('tthc.agency', string='Agencies',
                                  help="Leave empty for every agency you may read.")
    field_id = fields.Many2one('tthc.field', string='Field')
    procedure_id = fields.Many2one('tthc.procedure', string='Procedure')
    rule = fields.Selection([('truncate', 'Truncate'), ('half_up', 'Round half up')],
                            string='Rounding', required=True, default='truncate')

    def _statistics(self):
        self.ensure_one()
        return self.env['tthc.dossier.statistics'].compute(
            self.date_from, self.date_to, group_by=self.group_by,
            agency_ids=self.agency_ids.ids, field_id=self.field_id.id,
            procedure_id=self.procedure_id.id, rule=self.rule)

    @api.multi
    def action_export_xlsx(self):
        return self.env.ref('tthc_dossier.tthc_dossier_statistics_xlsx_report').report_action(
            self)
