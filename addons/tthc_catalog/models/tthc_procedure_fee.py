# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models

from .tthc_procedure_time import CHANNELS

FEE_KINDS = [
    ('fee', 'Fee (lệ phí)'),
    ('charge', 'Charge (phí)'),
    ('service', 'Service price'),
]


class TthcProcedureFee(models.Model):
    """A fee or charge of a procedure, in VND, optionally for one channel only; the caps,
    per-page rules and exemptions stay in the description as published."""
    _name = 'tthc.procedure.fee'
    _description = 'Procedure Fee'
    _order = 'procedure_id, sequence, id'

    procedure_id = fields.Many2one('tthc.procedure', string='Procedure', required=True,
                                   ondelete='cascade', index=True)
    sequence = fields.Integer(default=10)
    channel = fields.Selection(CHANNELS, help="Empty: whatever the channel.")
    kind = fields.Selection(FEE_KINDS, required=True, default='fee')
    amount = fields.Float(string='Amount (VND)', digits=(16, 0), default=0.0)
    description = fields.Text(help="Caps, per-page rules, exemptions, as published.")

    _sql_constraints = [
        ('amount_positive', 'CHECK(amount >= 0)', 'A fee cannot be negative.'),
    ]
