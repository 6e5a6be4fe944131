# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models

LEVEL_CODES = [
    ('ministry', 'Ministry'),
    ('province', 'Province'),
    ('district', 'District'),
    ('commune', 'Commune'),
]


class TthcLevel(models.Model):
    """A level of government at which the national database publishes a procedure
    ("Cấp bộ", "Cấp tỉnh", "Cấp huyện", "Cấp xã"). One procedure may be published for several."""
    _name = 'tthc.level'
    _description = 'Level of Government'
    _order = 'sequence, id'

    code = fields.Selection(LEVEL_CODES, required=True)
    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)

    _sql_constraints = [
        ('code_unique', 'UNIQUE(code)', 'Another level already has this code.'),
    ]

    def by_code(self, code):
        """The level of ``code`` (ministry, province, district, commune), or an empty set."""
        return self.search([('code', '=', code)], limit=1)
