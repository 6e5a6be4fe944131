# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models


class ResPartner(models.Model):
    """Applicants kept as partners carry personal data (Decree 13/2023/NĐ-CP): Odoo 11 lets
    every employee read every partner. A partner that applied for a dossier is marked with the
    agencies of its dossiers (by tthc_dossier), and a global record rule
    (security/tthc_rules.xml) lets read it only the officers and leaders of those agencies,
    the provincial controllers and administrators."""
    _inherit = 'res.partner'

    tthc_applicant = fields.Boolean(
        string='TTHC Applicant', readonly=True, index=True, copy=False,
        help="Applied for a dossier: personal data, read only by who handles or supervises "
             "the dossiers.")
    tthc_applicant_agency_ids = fields.Many2many(
        'tthc.agency', 'tthc_agency_applicant_partner_rel', 'partner_id', 'agency_id',
        string="Agencies of the Applicant's Dossiers", readonly=True, copy=False)

    @api.multi
    def _notify_by_chat(self, message):
        """Odoo 11 formats every message for the chat even when no partner is to be told (a
        quarter of the time of receiving a dossier, whose tracking messages notify nobody)."""
        if not self:
            return None
        return super(ResPartner, self)._notify_by_chat(message)
