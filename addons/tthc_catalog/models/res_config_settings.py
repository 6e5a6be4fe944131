# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models

from .tthc_working_calendar import CUTOFF_READING, PARAMS

CUTOFF_READING_HELP = (
    "How the next working day counts for a dossier received after the cut-off or on a day "
    "off. Not counted: that day is taken as the day of receipt and, like it, is not counted; "
    "counting starts on the working day after it (Civil Code art. 147). First counted day: "
    "counting starts on that day. A dossier received before the cut-off is counted from the "
    "next working day either way.")


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
    tthc_cutoff_reading = fields.Selection(
        [('not_counted', 'Day of receipt, not counted (Civil Code art. 147)'),
         ('counted', 'First counted day')],
        string='Next Working Day after the Cut-off', default='not_counted', required=True,
        help=CUTOFF_READING_HELP)

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
        res['tthc_cutoff_reading'] = self.env['tthc.working.calendar']._cutoff_reading()
        return res

    @api.multi
    def set_values(self):
        res = super(ResConfigSettings, self).set_values()
        params = self.env['ir.config_parameter'].sudo()
        for field, (name, _default, _kind) in self._tthc_parameters().items():
            params.set_param(name, repr(self[field]))
        params.set_param(CUTOFF_READING[0], self.tthc_cutoff_reading or CUTOFF_READING[1])
        return res
