# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import re

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

CASE_CODE = re.compile(r'^\d\.\d{6}\.\d{2,}$')


class TthcProcedureCase(models.Model):
    """A case (trường hợp) of a procedure as published, e.g. "first issue" and "re-issue",
    each with its own time. A procedure without published cases has one implicit case: its
    times and internal procedures then name no case."""
    _name = 'tthc.procedure.case'
    _description = 'Procedure Case'
    _order = 'procedure_id, sequence, id'

    procedure_id = fields.Many2one('tthc.procedure', string='Procedure', required=True,
                                   ondelete='cascade', index=True)
    sequence = fields.Integer(default=10)
    code = fields.Char(help="Published case code d.dddddd.NN (the procedure's code and a "
                            "number), when the national portal publishes one.")
    name = fields.Char(required=True)
    time_ids = fields.One2many('tthc.procedure.time', 'case_id', string='Times')

    _sql_constraints = [
        ('code_unique', 'UNIQUE(procedure_id, code)',
         'Another case of this procedure already has this code.'),
    ]

    @api.constrains('code')
    def _check_code(self):
        for case in self:
            if case.code and not CASE_CODE.match(case.code):
                raise ValidationError(_(
                    "Case code %r is not of the form d.dddddd.NN (e.g. 1.004227.01).")
                    % case.code)

    @api.multi
    def name_get(self):
        return [(case.id, '%s%s' % ('[%s] ' % case.code if case.code else '', case.name))
                for case in self]
