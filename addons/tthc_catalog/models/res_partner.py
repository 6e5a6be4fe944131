# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models


class ResPartner(models.Model):
    _inherit = 'res.partner'

    @api.multi
    def _notify_by_chat(self, message):
        """Odoo 11 formats every message for the chat even when no partner is to be told (a
        quarter of the time of receiving a dossier, whose tracking messages notify nobody)."""
        if not self:
            return None
        return super(ResPartner, self)._notify_by_chat(message)
