# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models


class TthcHolidayGenerate(models.TransientModel):
    """Fill a year of the working calendar from the Labour Code rules (lunar dates included),
    for staff to adjust when the Prime Minister announces the year's exact days."""
    _name = 'tthc.holiday.generate'
    _description = 'Generate the Working Calendar of a Year'

    year = fields.Integer(required=True, default=lambda self: fields.Date.from_string(
        fields.Date.context_today(self)).year + 1)
    replace_existing = fields.Boolean(
        help="Replace the days already recorded for this year. Leave unticked to keep "
             "adjustments made by hand and add only the missing days.")

    @api.multi
    def action_generate(self):
        self.ensure_one()
        self.env['tthc.holiday'].generate_year(self.year, replace=self.replace_existing)
        return {
            'type': 'ir.actions.act_window', 'name': _('Working Calendar %s') % self.year,
            'res_model': 'tthc.holiday', 'view_mode': 'tree,calendar',
            'domain': [('year', '=', self.year)],
        }
