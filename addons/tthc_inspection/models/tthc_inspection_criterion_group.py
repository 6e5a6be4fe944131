# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class TthcInspectionCriterionGroup(models.Model):
    """A heading of the checklist (control of procedures, reform, one-stop mechanism,
    internal procedures…); a campaign's scope is a set of these groups."""
    _name = 'tthc.inspection.criterion.group'
    _description = 'Inspection Criteria Group'
    _order = 'sequence, id'

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
