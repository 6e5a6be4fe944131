# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models


class ResUsers(models.Model):
    _inherit = 'res.users'

    @api.model
    def _tthc_homes(self):
        """Leaders start on their agencies' late and waiting dossiers, desk officers on the
        desk dashboard, the other officers (specialists) on the dossiers they hold."""
        return super(ResUsers, self)._tthc_homes() + [
            (20, 'tthc_catalog.group_tthc_leader', 'tthc_dossier.tthc_dossier_action_agency'),
            (30, 'tthc_catalog.group_tthc_desk', 'tthc_dossier.tthc_agency_action_desk'),
            (40, 'tthc_catalog.group_tthc_officer', 'tthc_dossier.tthc_dossier_action_mine'),
        ]
