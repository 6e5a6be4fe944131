# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class TthcField(models.Model):
    """A field of state management (lĩnh vực) grouping procedures, e.g. Land, Environment."""
    _name = 'tthc.field'
    _description = 'Procedure Field'
    _order = 'name'

    code = fields.Char(required=True)
    name = fields.Char(required=True)
    active = fields.Boolean(default=True)
    procedure_ids = fields.One2many('tthc.procedure', 'field_id', string='Procedures')

    _sql_constraints = [
        ('code_unique', 'UNIQUE(code)', 'Another field already has this code.'),
    ]
