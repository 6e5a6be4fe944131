# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models
from odoo.exceptions import UserError

EVENTS = [
    ('supplement', 'Request a supplement (form 02)'),
    ('obligation', 'Financial obligation to pay'),
    ('apology', 'Apologise with a new return date (form 04)'),
    ('refuse', 'Refuse reception (form 03)'),
    ('stop', 'Stop processing (form 05)'),
    ('withdraw', 'Withdrawn by the applicant'),
]


class TthcDossierEvent(models.TransientModel):
    """The exceptions of a dossier's life, each asking for its reason (and what the form it
    prints needs)."""
    _name = 'tthc.dossier.event'
    _description = 'Dossier Exception'

    dossier_id = fields.Many2one('tthc.dossier', required=True)
    event = fields.Selection(EVENTS, required=True)
    reason = fields.Text(required=True)
    guidance = fields.Text(help="What the applicant must do to complete the dossier.")
    missing_component_ids = fields.Many2many('tthc.dossier.component',
                                             string='Missing Components')
    new_due_at = fields.Datetime(string='New Return Date')

    @api.multi
    def action_confirm(self):
        self.ensure_one()
        dossier = self.dossier_id
        if self.event == 'supplement':
            dossier.action_request_supplement(self.reason, self.guidance,
                                              self.missing_component_ids)
        elif self.event == 'obligation':
            dossier.action_request_obligation(self.reason)
        elif self.event == 'apology':
            if not self.new_due_at:
                raise UserError(_("Give the new return date."))
            dossier.action_apologize(self.new_due_at, self.reason)
        elif self.event == 'refuse':
            dossier.action_refuse(self.reason)
        elif self.event == 'stop':
            dossier.action_stop(self.reason)
        elif self.event == 'withdraw':
            dossier.action_withdraw(self.reason)
        return {'type': 'ir.actions.act_window_close'}
