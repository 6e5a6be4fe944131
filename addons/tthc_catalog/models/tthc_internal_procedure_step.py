# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError


class TthcInternalProcedureStep(models.Model):
    """One step of an internal procedure: what is done, by which unit, in how many working
    days (fractions allowed; 0 only for handing the result back)."""
    _name = 'tthc.internal.procedure.step'
    _description = 'Internal Procedure Step'
    _order = 'internal_procedure_id, sequence, id'

    internal_procedure_id = fields.Many2one('tthc.internal.procedure', required=True,
                                            ondelete='cascade', index=True)
    sequence = fields.Integer(default=10)
    name = fields.Char(string='Step', required=True)
    responsible = fields.Char(string='Responsible Unit or Role', required=True,
                              help="E.g. One-stop desk, Land Registration Office, "
                                   "Department Director.")
    duration_days = fields.Float(string='Time (working days)', required=True, default=1.0)
    is_result_return = fields.Boolean(
        string='Returns the Result',
        help="The step that hands the result back to the applicant: the only one allowed to "
             "take 0 days.")

    @api.constrains('duration_days', 'is_result_return')
    def _check_duration_days(self):
        for step in self:
            if step.duration_days < 0:
                raise ValidationError(_("Step %r cannot take a negative time.") % step.name)
            if step.duration_days == 0 and not step.is_result_return:
                raise ValidationError(_(
                    "Step %r takes 0 days: only the step that returns the result may.")
                    % step.name)

    def _check_draft(self, internal_procedures):
        for internal_procedure in internal_procedures:
            if internal_procedure.state != 'draft':
                raise UserError(_(
                    "The steps of %s can no longer be changed: create a new version instead.")
                    % internal_procedure.name)

    @api.model
    def create(self, vals):
        self._check_draft(self.env['tthc.internal.procedure'].browse(
            vals.get('internal_procedure_id')))
        return super(TthcInternalProcedureStep, self).create(vals)

    @api.multi
    def write(self, vals):
        self._check_draft(self.mapped('internal_procedure_id'))
        if vals.get('internal_procedure_id'):
            self._check_draft(self.env['tthc.internal.procedure'].browse(
                vals['internal_procedure_id']))
        return super(TthcInternalProcedureStep, self).write(vals)

    @api.multi
    def unlink(self):
        self._check_draft(self.mapped('internal_procedure_id'))
        return super(TthcInternalProcedureStep, self).unlink()
