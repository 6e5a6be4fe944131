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

    @api.model
    def get_values(self):
        res = super(ResConfigSettings, self).get_values()
        calendar = self.env['tthc.working.calendar']
        res.update({'tthc_' + key: calendar._setting(key) for key in PARAMS})
        return res

    @api.multi
    def set_values(self):
        super(ResConfigSettings, self).set_values()
        params = self.env['ir.config_parameter'].sudo()
        for key, (name, _default) in PARAMS.items():
            params.set_param(name, repr(self['tthc_' + key]))
