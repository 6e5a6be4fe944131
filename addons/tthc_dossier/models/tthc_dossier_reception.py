# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
import logging

from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..engine import cccd
from ..engine.text import sql_unaccent, strip_accents

_logger = logging.getLogger(__name__)


class TthcDossier(models.Model):
    """Reception in few clicks: the applicant from the chip identity card's QR code (typed by
    a desk scanner or read from a photo) or from an earlier dossier, the components from the
    procedure's required documents, the return date shown before saving, and search without
    diacritics."""
    _inherit = 'tthc.dossier'

    applicant_birth_date = fields.Date(string='Birth Date')
    applicant_sex = fields.Selection([('male', 'Male'), ('female', 'Female')], string='Sex')
    applicant_id_issue_date = fields.Date(string='ID Issued On')
    partner_id = fields.Many2one(
        string='Earlier Applicant', domain=[('tthc_applicant', '=', True)],
        help="An applicant of an earlier dossier: choosing them fills the applicant's fields.")
    cccd_scan = fields.Char(
        string='Scan the ID Card', compute='_compute_cccd_scan', inverse='_inverse_cccd_scan',
        help="Scan the QR code of the chip identity card (CCCD) with the desk scanner into "
             "this field: the applicant's fields are filled from it.")
    cccd_photo = fields.Binary(
        string='Photo of the ID Card', compute='_compute_cccd_scan',
        inverse='_inverse_cccd_scan', attachment=False,
        help="A photo of the QR code of the chip identity card (CCCD), taken with a phone or "
             "a webcam: the applicant's fields are filled from it.")
    search_key = fields.Char(compute='_compute_search_key', store=True, index=True,
                             help="Code and applicant without diacritics.")
    text_search = fields.Char(string='Dossier, Applicant or Procedure',
                              compute='_compute_cccd_scan', search='_search_text_search')

    def _compute_cccd_scan(self):
        for dossier in self:
            dossier.cccd_scan = dossier.cccd_photo = dossier.text_search = False

    def _inverse_cccd_scan(self):
        """Nothing is kept: the scan only fills the applicant's fields."""

    @api.depends('code', 'applicant_name', 'applicant_identifier')
    def _compute_search_key(self):
        for dossier in self:
            dossier.search_key = strip_accents(' '.join(filter(None, [
                dossier.code, dossier.applicant_name, dossier.applicant_identifier])))

    def _search_text_search(self, operator, value):
        """"dat dai" and "đất đai" both find the dossiers of "Đất đai" procedures, "le thi
        dao" those of the applicant Lê Thị Đào (the procedures are matched apart: renaming
        one does not rewrite its dossiers)."""
        if operator not in ('ilike', 'like', '=', '=ilike', 'not ilike') or \
                not isinstance(value, str):
            raise UserError(_("Search the dossiers by a text."))
        key = strip_accents(value)
        procedures = self.env['tthc.procedure']._search_unaccented(key)
        domain = ['|', ('search_key', 'ilike', key), ('procedure_id', 'in', procedures)]
        return ['!'] + domain if operator == 'not ilike' else domain

    # The applicant from the identity card

    @api.onchange('cccd_scan')
    def _onchange_cccd_scan(self):
        if self.cccd_scan:
            text, self.cccd_scan = self.cccd_scan, False
            return self._fill_from_cccd(text)

    @api.onchange('cccd_photo')
    def _onchange_cccd_photo(self):
        if self.cccd_photo:
            photo, self.cccd_photo = self.cccd_photo, False
            texts = cccd.decode_image(base64.b64decode(photo))
            if not texts:
                return self._warning(_(
                    "No QR code could be read on this photo: take it again closer to the code, "
                    "in focus and without reflection, or type the applicant's fields."))
            return self._fill_from_cccd(texts[0])

    def _warning(self, message):
        return {'warning': {'title': _("Identity card"), 'message': message}}

    def _fill_from_cccd(self, text):
        try:
            card = cccd.parse(text)
        except cccd.CccdError as error:
            _logger.info("Not a CCCD QR code: %s", error)
            return self._warning(_(
                "This is not the QR code of a chip identity card (CCCD): scan the code on the "
                "front of the card again, or type the applicant's fields."))
        self.applicant_type = 'person'
        self.applicant_name = card['name']
        self.applicant_identifier = card['id_number']
        self.applicant_address = card['address']
        self.applicant_birth_date = fields.Date.to_string(card['birth_date'])
        self.applicant_sex = card['sex']
        self.applicant_id_issue_date = card['issue_date'] and \
            fields.Date.to_string(card['issue_date'])
        earlier = self.env['res.partner'].search([
            ('tthc_applicant', '=', True), ('ref', 'in', list(filter(None, [
                card['id_number'], card['old_id_number']])))], limit=1)
        if earlier:
            self.partner_id = earlier
            self.applicant_phone = self.applicant_phone or earlier.phone or earlier.mobile
            self.applicant_email = self.applicant_email or earlier.email

    @api.onchange('partner_id')
    def _onchange_partner_id(self):
        partner = self.partner_id
        if partner:
            self.applicant_type = 'organisation' if partner.is_company else 'person'
            self.applicant_name = partner.name
            self.applicant_identifier = partner.ref or partner.vat or self.applicant_identifier
            self.applicant_address = partner.street or self.applicant_address
            self.applicant_phone = partner.phone or partner.mobile or self.applicant_phone
            self.applicant_email = partner.email or self.applicant_email

    # The components and the return date

    @api.onchange('procedure_id')
    def _onchange_procedure_components(self):
        """The procedure's required documents, each received as required (untick those
        missing); the lines of the procedure chosen before are replaced, the ones typed
        by hand stay."""
        kept = self.component_ids.filtered(lambda c: not c.procedure_component_id)
        commands = [(5, 0, 0)] + [(0, 0, {
            'name': line.name, 'sequence': line.sequence, 'original_count': line.original_count,
            'certified_count': line.certified_count, 'copy_count': line.copy_count,
        }) for line in kept]
        for line in self.procedure_id.component_ids:
            received_as = 'original' if line.original_count else \
                'certified' if line.certified_count else 'copy'
            commands.append((0, 0, {
                'procedure_component_id': line.id, 'name': line.name,
                'sequence': line.sequence, 'received': True, 'received_as': received_as,
                'original_count': line.original_count, 'certified_count': line.certified_count,
                'copy_count': line.copy_count,
            }))
        self.component_ids = commands

    @api.onchange('procedure_id', 'agency_id', 'received_at', 'channel', 'case_id')
    def _onchange_reception_due(self):
        """The return date before saving, as the reception will compute it."""
        if self.state != 'received' or self.code or not (self.procedure_id and self.agency_id):
            return
        received_at = self.received_at or self._now()
        self.due_at = self._reception_due(self.procedure_id, self.agency_id, received_at, {
            'channel': self.channel, 'procedure_id': self.procedure_id.id,
            'agency_id': self.agency_id.id, 'case_id': self.case_id.id})

    # Applicants suggested from earlier dossiers

    @api.model
    def create(self, vals):
        dossier = super(TthcDossier, self).create(vals)
        if not dossier.partner_id and dossier.applicant_identifier:
            dossier._link_applicant()
        return dossier

    def _link_applicant(self):
        """The applicant becomes known (a contact flagged as applicant, their ID or tax number
        as reference), so that their next dossier suggests them: the officer may not manage
        contacts, the dossier's reception does it for them."""
        Partner = self.env['res.partner'].sudo()
        partner = Partner.search([('tthc_applicant', '=', True),
                                  ('ref', '=', self.applicant_identifier)], limit=1)
        if not partner:
            partner = Partner.create({
                'name': self.applicant_name, 'ref': self.applicant_identifier,
                'is_company': self.applicant_type == 'organisation',
                'street': self.applicant_address, 'phone': self.applicant_phone,
                'email': self.applicant_email, 'tthc_applicant': True,
                'customer': False, 'supplier': False,
            })
        self.write({'partner_id': partner.id})


class TthcDossierComponent(models.Model):
    _inherit = 'tthc.dossier.component'

    procedure_component_id = fields.Many2one(
        'tthc.procedure.component', string='Required Document', ondelete='set null',
        help="The document of the procedure's list this line answers.")
    received = fields.Boolean(default=True,
                              help="Untick a required document the applicant did not bring.")
    received_as = fields.Selection([('original', 'Original'), ('certified', 'Certified Copy'),
                                    ('copy', 'Copy')], string='Received As')


class TthcProcedure(models.Model):
    _inherit = 'tthc.procedure'

    @api.model
    def _search_unaccented(self, key):
        """Ids of the procedures whose code or name contains ``key`` (without diacritics)."""
        self.env.cr.execute(
            'SELECT id FROM tthc_procedure WHERE %s ILIKE %%s OR %s ILIKE %%s' % (
                sql_unaccent('name'), sql_unaccent('code')), ['%%%s%%' % key] * 2)
        return [row[0] for row in self.env.cr.fetchall()]

    @api.model
    def name_search(self, name='', args=None, operator='ilike', limit=100):
        """Typed without diacritics ("dat dai") a procedure is found all the same."""
        result = super(TthcProcedure, self).name_search(
            name, args=args, operator=operator, limit=limit)
        if not name or operator != 'ilike' or (limit and len(result) >= limit):
            return result
        found = self._search_unaccented(strip_accents(name))
        ids = [pair[0] for pair in result]
        more = self.search([('id', 'in', found), ('id', 'not in', ids)] + list(args or []),
                           limit=limit and limit - len(result))
        return result + more.name_get()
