# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

PAUSE_KINDS = [
    ('supplement', 'Supplement requested'),
    ('obligation', 'Financial obligation pending'),
]


class TthcDossierPause(models.Model):
    """A period during which the applicant owes something: supplementary documents (form 02)
    or a payment of financial obligations. Whether it stops the clock depends on the kind and
    on the procedure's settings (``counts_on_clock``)."""
    _name = 'tthc.dossier.pause'
    _description = 'Dossier Pause'
    _order = 'dossier_id, date_start, id'

    dossier_id = fields.Many2one('tthc.dossier', required=True, ondelete='cascade', index=True,
                                 auto_join=True)
    kind = fields.Selection(PAUSE_KINDS, required=True)
    date_start = fields.Datetime(string='From', required=True)
    date_end = fields.Datetime(string='Until')
    reason = fields.Text()
    guidance = fields.Text(help="What the applicant must do (printed on form 02).")
    missing_component_ids = fields.Many2many('tthc.dossier.component',
                                             string='Missing Components')
    user_id = fields.Many2one('res.users', string='Requested By',
                              default=lambda self: self.env.user)
    counts_on_clock = fields.Boolean(
        compute='_compute_counts_on_clock', store=True,
        help="Whether the processing time stops during this pause.")

    @api.depends('kind', 'dossier_id.procedure_id.obligation_pauses_clock')
    def _compute_counts_on_clock(self):
        for pause in self:
            pause.counts_on_clock = pause.kind == 'supplement' or \
                pause.dossier_id.procedure_id.obligation_pauses_clock

    @api.constrains('date_start', 'date_end')
    def _check_dates(self):
        for pause in self:
            if pause.date_end and pause.date_end < pause.date_start:
                raise ValidationError(_("A pause cannot end before it starts."))
