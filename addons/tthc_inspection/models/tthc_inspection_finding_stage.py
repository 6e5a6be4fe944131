# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models

# The technical states the code relies on; teams add stages (columns) over them.
FINDING_STATES = [
    ('draft', 'Logged'),
    ('open', 'Confirmed'),
    ('closed', 'Closed'),
    ('cancelled', 'Cancelled'),
]


class TthcInspectionFindingStage(models.Model):
    _name = 'tthc.inspection.finding.stage'
    _description = 'Inspection Finding Stage'
    _order = 'sequence, id'

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    state = fields.Selection(FINDING_STATES, required=True, default='draft',
                             help="What the stage means to the code: the finding buttons "
                                  "move a finding to the first stage of the target state.")
    fold = fields.Boolean(string='Folded in Kanban')
