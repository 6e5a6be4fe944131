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

    dossier_id = fields.Many2one('tthc.dossier', required=True, readonly=True)
    event = fields.Selection(EVENTS, required=True)
    reason = fields.Text(required=True)
    guidance = fields.Text(help="What the applicant must do to complete the dossier.")
    missing_component_ids = fields.Many2many('tthc.dossier.component',
                                             string='Missing Components')
    new_due_at = fields.Datetime(string='New Return Date')

    @api.model
    def _context_dossier(self):
        """The dossier the dialog was opened from: named by ``tthc_dossier_id`` (the
        dossier's own actions set it), else by ``active_id`` only when ``active_model`` says
        it is a dossier. Never a ``default_dossier_id`` or ``active_id`` left in the context
        by the screen the dossier was opened from."""
        context = self.env.context
        dossier_id = context.get('tthc_dossier_id')
        if not dossier_id and context.get('active_model') == 'tthc.dossier':
            dossier_id = context.get('active_id')
        return self.env['tthc.dossier'].browse(dossier_id or [])

    @api.model
    def default_get(self, fields_list):
        values = super(TthcDossierEvent, self).default_get(fields_list)
        values['dossier_id'] = self._context_dossier().id or False
        return values

    @api.model
    def create(self, vals):
        dossier = self._context_dossier()
        # the dialog shows the dossier read-only: the web client does not send it back
        vals = dict(vals, dossier_id=vals.get('dossier_id') or dossier.id)
        if not vals['dossier_id']:
            raise UserError(_("Open this dialog from the dossier it concerns."))
        if dossier and vals['dossier_id'] != dossier.id:
            raise UserError(_(
                "This dialog was opened from dossier %s: it cannot act on another dossier.")
                % dossier.code)
        return super(TthcDossierEvent, self).create(vals)

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
