# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class TthcInspectionTemplate(models.Model):
    """A checklist the teams reuse from year to year; each visit gets its own copy when the
    campaign is planned, so editing the template later does not rewrite past visits."""
    _name = 'tthc.inspection.template'
    _description = 'Inspection Checklist Template'
    _order = 'name'

    name = fields.Char(required=True, translate=True)
    active = fields.Boolean(default=True)
    criterion_ids = fields.One2many('tthc.inspection.criterion', 'template_id',
                                    string='Criteria', copy=True)
