# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models


class ResUsers(models.Model):
    _inherit = 'res.users'

    @api.model
    def _tthc_homes(self):
        """Inspectors start on their team's current visits."""
        return super(ResUsers, self)._tthc_homes() + [
            (50, 'tthc_inspection.group_tthc_inspector',
             'tthc_inspection.tthc_inspection_visit_action'),
        ]
