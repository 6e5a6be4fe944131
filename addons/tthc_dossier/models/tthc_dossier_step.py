# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models

from .tthc_dossier import TIMINGS


class TthcDossierStep(models.Model):
    """One step of the internal procedure as this dossier lived it: a row of the process
    control slip (form 06)."""
    _name = 'tthc.dossier.step'
    _description = 'Dossier Step'
    _order = 'dossier_id, started_at, id'

    dossier_id = fields.Many2one('tthc.dossier', required=True, ondelete='cascade', index=True,
                                 auto_join=True)
    step_id = fields.Many2one('tthc.internal.procedure.step', string='Step', required=True,
                              ondelete='restrict')
    responsible = fields.Char(related='step_id.responsible', readonly=True)
    user_id = fields.Many2one('res.users', string='Handled By')
    started_at = fields.Datetime(string='Received On', required=True)
    due_at = fields.Datetime(string='Step Due')
    finished_at = fields.Datetime(string='Handed Over On', index=True)
    finished_by_id = fields.Many2one('res.users', string='Handed Over By')
    timing = fields.Selection(TIMINGS, readonly=True)
    reminded = fields.Boolean(readonly=True, help="The overdue reminder was sent.")

    _sql_constraints = [
        # one step of a dossier is open at a time and runs once per hand-over
        ('dossier_step_started_unique', 'UNIQUE(dossier_id, step_id, started_at)',
         'This step of the dossier is already recorded.'),
    ]

    @api.multi
    def _finish(self, moment):
        calendar = self.env['tthc.working.calendar']
        for step in self:
            step.sudo().write({'finished_at': moment, 'finished_by_id': self.env.uid,
                               'timing': calendar.classify(moment, step.due_at)})
        return True
