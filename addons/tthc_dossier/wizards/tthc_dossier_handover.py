# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models
from odoo.exceptions import UserError


class TthcDossierHandover(models.TransientModel):
    """Hand a dossier over to a person: the next step's holder chosen among the officers of
    the responsible unit (by default its usual handler) with a note; or back to the previous
    step with the reason."""
    _name = 'tthc.dossier.handover'
    _description = 'Dossier Hand-over'

    dossier_id = fields.Many2one('tthc.dossier', required=True, readonly=True)
    direction = fields.Selection([('next', 'To the next step'),
                                  ('back', 'Back to the previous step')],
                                 required=True, default='next', readonly=True)
    expected_step_id = fields.Integer(readonly=True)
    step_id = fields.Many2one('tthc.internal.procedure.step', string='Step',
                              compute='_compute_step_id')
    candidate_ids = fields.Many2many('res.users', compute='_compute_step_id')
    user_id = fields.Many2one('res.users', string='Officer',
                              help="Who holds the step: one of the responsible unit's officers. "
                                   "By default its usual handler.")
    note = fields.Text(help="For the officer who takes the dossier over (also in the "
                            "dossier's messages).")
    reason = fields.Text(help="Why the dossier goes back to the previous step.")

    @api.depends('dossier_id', 'direction')
    def _compute_step_id(self):
        for wizard in self:
            dossier = wizard.dossier_id
            if not dossier:
                continue
            wizard.step_id = dossier._previous_step() if wizard.direction == 'back' \
                else dossier._next_step()
            wizard.candidate_ids = dossier._handover_candidates()

    @api.model
    def default_get(self, fields_list):
        values = super(TthcDossierHandover, self).default_get(fields_list)
        dossier = self.env['tthc.dossier.event']._context_dossier()
        values['dossier_id'] = dossier.id or False
        if dossier:
            back = values.get('direction') == 'back'
            step = dossier._previous_step() if back else dossier._next_step()
            if back:
                holder = dossier.dossier_step_ids.filtered(
                    lambda s: s.step_id == step).sorted('started_at')[-1:].user_id
            else:
                holder = dossier._usual_handler(step) if step else dossier.env.user
            values['user_id'] = holder.id or False
        return values

    @api.model
    def create(self, vals):
        dossier = self.env['tthc.dossier.event']._context_dossier()
        # the dialog shows the dossier read-only: the web client does not send it back
        vals = dict(vals, dossier_id=vals.get('dossier_id') or dossier.id)
        if not vals['dossier_id']:
            raise UserError(_("Open this dialog from the dossier it concerns."))
        if dossier and vals['dossier_id'] != dossier.id:
            raise UserError(_(
                "This dialog was opened from dossier %s: it cannot act on another dossier.")
                % dossier.code)
        return super(TthcDossierHandover, self).create(vals)

    @api.multi
    def action_confirm(self):
        self.ensure_one()
        dossier = self.dossier_id
        if self.direction == 'back':
            if not self.reason:
                raise UserError(_("Give the reason for sending the dossier back."))
            dossier.action_previous_step(self.reason, user=self.user_id)
        else:
            dossier.with_context(tthc_expected_step_id=self.expected_step_id or False) \
                .action_next_step(user=self.user_id, note=self.note)
        return {'type': 'ir.actions.act_window_close'}
