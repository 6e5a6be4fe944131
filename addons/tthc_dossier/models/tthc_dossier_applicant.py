# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models


class TthcDossier(models.Model):
    _inherit = 'tthc.dossier'

    @api.model
    def create(self, vals):
        dossier = super(TthcDossier, self).create(vals)
        dossier._mark_applicant()
        return dossier

    @api.multi
    def write(self, vals):
        result = super(TthcDossier, self).write(vals)
        if vals.get('partner_id') or vals.get('agency_id'):
            self._mark_applicant()
        return result

    def _mark_applicant(self):
        """The applicant's partner becomes personal data, read by the staff of the agencies
        of its dossiers (res.partner.tthc_applicant, tthc_catalog's record rule)."""
        for dossier in self.filtered('partner_id'):
            partner = dossier.partner_id.sudo()
            if not partner.tthc_applicant or \
                    dossier.agency_id not in partner.tthc_applicant_agency_ids:
                # the officer may have no right to write a partner: the mark is the suite's
                partner.write({'tthc_applicant': True,
                               'tthc_applicant_agency_ids': [(4, dossier.agency_id.id)]})

    @api.multi
    def applicant_contact(self):
        """The applicant's address, phone, e-mail and identifier for the forms and the
        tracking book: empty for a user who may not read personal data (an inspector)."""
        self.ensure_one()
        names = ('applicant_address', 'applicant_phone', 'applicant_email',
                 'applicant_identifier')
        if not self.user_has_groups(self._fields['applicant_phone'].groups):
            return dict.fromkeys(names, '')
        return {name: self[name] or '' for name in names}
