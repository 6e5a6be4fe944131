# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models


class ResUsers(models.Model):
    _inherit = 'res.users'

    @api.model
    def _tthc_homes(self):
        """HR starts on the focal officers to replace or to train."""
        return super(ResUsers, self)._tthc_homes() + [
            (60, 'tthc_training.group_tthc_training_manager',
             'tthc_training.tthc_focal_assignment_action_todo'),
        ]
