# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class TthcTrainingTopic(models.Model):
    """A subject taught to focal officers: TTHC control, building an internal procedure and
    its approval dossier, the one-stop system..."""
    _name = 'tthc.training.topic'
    _description = 'Training Topic'
    _order = 'sequence, name'

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    description = fields.Text(translate=True)
    active = fields.Boolean(default=True)
