from odoo import api, fields, models

from .tthc_focal_statistics import PARAMS


class ResConfigSettings(models.TransientModel):
    _inherit = 'res.config.settings'

    tthc_turnover_threshold = fields.Float(
        string='Turnover Threshold (%)', default=100.0,
        help="Agencies whose yearly turnover rate of the main focal officer is above this "
             "are highlighted in the statistics.")
    tthc_coverage_months = fields.Integer(
        string='Training Validity (months)', default=12,
        help="A focal officer counts as trained for this many months after passing a class.")

    @api.model
    def get_values(self):
        res = super(ResConfigSettings, self).get_values()
        statistics = self.env['tthc.focal.statistics']
        res.update({'tthc_' + key: statistics._setting(key) for key in PARAMS})
        return res

    @api.multi
    def set_values(self):
        super(ResConfigSettings, self).set_values()
        params = self.env['ir.config_parameter'].sudo()
        for key, (name, _default, _kind) in PARAMS.items():
            params.set_param(name, repr(self['tthc_' + key]))
        self.env['tthc.focal.statistics']._refresh()
