# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models

# What the system can measure before the visit. Catalogue sources are computed here; the
# dossier sources are answered by ``tthc.inspection.visit._dossier_statistics``.
PREFILL_SOURCES = [
    ('manual', 'Checked by the team'),
    ('internal_procedure_coverage', 'Catalogue: one-stop procedures with an approved '
                                    'internal procedure'),
    ('dossier_on_time', 'Dossiers: on-time rate'),
    ('dossier_digitised', 'Dossiers: digitised'),
    ('dossier_fees_posted', 'Dossiers: fees publicly posted'),
]


class TthcInspectionCriterion(models.Model):
    _name = 'tthc.inspection.criterion'
    _description = 'Inspection Criterion'
    _order = 'template_id, sequence, id'

    template_id = fields.Many2one('tthc.inspection.template', string='Template', required=True,
                                  index=True, ondelete='cascade')
    group_id = fields.Many2one('tthc.inspection.criterion.group', string='Group', required=True,
                               ondelete='restrict')
    sequence = fields.Integer(default=10)
    name = fields.Char(required=True, translate=True)
    expected_evidence = fields.Text(translate=True,
                                    help="What the team asks to see on the spot.")
    prefill = fields.Selection(PREFILL_SOURCES, string='Pre-filled From', required=True,
                               default='manual')
