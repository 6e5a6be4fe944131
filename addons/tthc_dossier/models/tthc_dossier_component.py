# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models


class TthcDossierComponent(models.Model):
    """A document of the dossier as received (or found missing by a supplement request)."""
    _name = 'tthc.dossier.component'
    _description = 'Dossier Component Received'
    _order = 'dossier_id, sequence, id'

    dossier_id = fields.Many2one('tthc.dossier', required=True, ondelete='cascade', index=True,
                                 auto_join=True)
    sequence = fields.Integer(default=10)
    name = fields.Char(required=True)
    original_count = fields.Integer(string='Originals', default=0)
    certified_count = fields.Integer(string='Certified Copies', default=0)
    copy_count = fields.Integer(string='Copies', default=0)
