# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class TthcProcedureComponent(models.Model):
    """One document of the dossier a procedure requires, with how many of each form."""
    _name = 'tthc.procedure.component'
    _description = 'Dossier Component'
    _order = 'procedure_id, sequence, id'

    procedure_id = fields.Many2one('tthc.procedure', required=True, ondelete='cascade',
                                   index=True)
    sequence = fields.Integer(default=10)
    name = fields.Char(required=True)
    original_count = fields.Integer(string='Originals', default=1)
    certified_count = fields.Integer(string='Certified Copies', default=0)
    copy_count = fields.Integer(string='Copies', default=0)
    form_name = fields.Char(string='Form', help="Reference of the template form, if any.")

    _sql_constraints = [
        ('counts_positive',
         'CHECK(original_count >= 0 AND certified_count >= 0 AND copy_count >= 0)',
         'The number of documents cannot be negative.'),
    ]
