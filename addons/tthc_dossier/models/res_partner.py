from odoo import api, fields, models


class ResPartner(models.Model):
    """Applicants kept as partners carry personal data (Decree 13/2023/NĐ-CP): Odoo 11 lets
    every employee read every partner. A partner that applied for a dossier is marked, and
    the record rules (security/tthc_dossier_rules.xml) let read it only the officers and
    leaders of the agencies of its dossiers, the provincial controllers and administrators."""
    _inherit = 'res.partner'

    tthc_applicant = fields.Boolean(
        string='TTHC Applicant', readonly=True, index=True, copy=False,
        help="Applied for a dossier: personal data, read only by who handles or supervises "
             "the dossiers.")
    tthc_dossier_ids = fields.One2many('tthc.dossier', 'partner_id', string='Dossiers',
                                       readonly=True)


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
        if vals.get('partner_id'):
            self._mark_applicant()
        return result

    def _mark_applicant(self):
        partners = self.mapped('partner_id').filtered(lambda partner: not partner.tthc_applicant)
        if partners:
            # the officer may have no right to write a partner: the mark is the suite's
            partners.sudo().write({'tthc_applicant': True})

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
