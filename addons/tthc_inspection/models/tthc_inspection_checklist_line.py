# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models

RESULTS = [
    ('met', 'Met'),
    ('partly_met', 'Partly Met'),
    ('not_met', 'Not Met'),
    ('not_applicable', 'Not Applicable'),
]


class TthcInspectionChecklistLine(models.Model):
    """A criterion as copied into one visit's checklist, with what was measured or seen."""
    _name = 'tthc.inspection.checklist.line'
    _description = 'Inspection Checklist Line'
    _order = 'visit_id, sequence, id'

    visit_id = fields.Many2one('tthc.inspection.visit', string='Visit', required=True,
                               index=True, ondelete='cascade')
    criterion_id = fields.Many2one('tthc.inspection.criterion', string='Criterion',
                                   ondelete='restrict')
    group_id = fields.Many2one(related='criterion_id.group_id', store=True, readonly=True)
    sequence = fields.Integer(default=10)
    name = fields.Char(required=True)
    expected_evidence = fields.Text()
    measured_value = fields.Char(help="Filled in by the system from the catalogue (or the "
                                      "dossiers) when the checklist is made.")
    result = fields.Selection(RESULTS)
    note = fields.Text()
