# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models

from .tthc_working_calendar import PARAMS


class ResConfigSettings(models.TransientModel):
    _inherit = 'res.config.settings'

    tthc_morning_start = fields.Float(string='Morning Starts', default=7.5)
    tthc_morning_end = fields.Float(string='Morning Ends', default=11.5)
    tthc_afternoon_start = fields.Float(string='Afternoon Starts', default=13.0)
    tthc_afternoon_end = fields.Float(string='Afternoon Ends', default=17.0)
    tthc_cutoff = fields.Float(
        string='Afternoon Cut-off', default=15.0,
        help="Dossiers received after this hour count as received on the next working day. "
             "0 disables the cut-off.")

    def _tthc_parameters(self):
        """{settings field: (system parameter, default, type)}: the settings of the suite
        kept as ``ir.config_parameter`` (Odoo 11 has no ``config_parameter=`` on fields).
        Addons of the suite add theirs."""
        return {'tthc_' + key: (name, default, float) for key, (name, default) in PARAMS.items()}

    @api.model
    def get_values(self):
        res = super(ResConfigSettings, self).get_values()
        params = self.env['ir.config_parameter'].sudo()
        for field, (name, default, kind) in self._tthc_parameters().items():
            value = params.get_param(name)
            res[field] = kind(value) if value not in (None, False, '') else default
        return res

    @api.multi
    def set_values(self):
        res = super(ResConfigSettings, self).set_values()
        params = self.env['ir.config_parameter'].sudo()
        for field, (name, _default, _kind) in self._tthc_parameters().items():
            params.set_param(name, repr(self[field]))
        return res
