# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
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

    def _tthc_parameters(self):
        parameters = super(ResConfigSettings, self)._tthc_parameters()
        parameters.update({'tthc_' + key: value for key, value in PARAMS.items()})
        return parameters

    @api.multi
    def set_values(self):
        # every addon's settings are saved together: rebuild the province's statistics only
        # when a setting they depend on changed
        Statistics = self.env['tthc.focal.statistics']
        before = {key: Statistics._setting(key) for key in PARAMS}
        res = super(ResConfigSettings, self).set_values()
        if before != {key: Statistics._setting(key) for key in PARAMS}:
            Statistics._refresh()
        return res
