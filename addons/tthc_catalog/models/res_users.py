# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models

from .tthc_agency import check_membership_rights


class ResUsers(models.Model):
    _inherit = 'res.users'

    tthc_agency_ids = fields.Many2many(
        'tthc.agency', 'tthc_agency_res_users_rel', 'user_id', 'agency_id', string='Agencies',
        help="The agencies this user works for: the base of every access rule of the suite.")
    tthc_agency_scope_ids = fields.Many2many(
        'tthc.agency', string='Agencies in Scope', compute='_compute_tthc_agency_scope_ids',
        help="The user's agencies and every agency below them: what the record rules allow.")

    @api.depends('tthc_agency_ids')
    def _compute_tthc_agency_scope_ids(self):
        # the record rules use this list (cached with their domain, per user) rather than
        # 'child_of', which costs a query on the agencies at every access check
        Agency = self.env['tthc.agency'].sudo()
        for user in self:
            user.tthc_agency_scope_ids = Agency.search(
                [('id', 'child_of', user.sudo().tthc_agency_ids.ids)]) \
                if user.sudo().tthc_agency_ids else Agency

    @api.model
    def create(self, vals):
        if vals.get('tthc_agency_ids'):
            check_membership_rights(self.env)
        user = super(ResUsers, self).create(vals)
        if user.sudo().tthc_agency_ids:
            user.sudo().tthc_agency_ids._log_membership({
                agency.id: (agency.user_ids - user, agency.parent_id)
                for agency in user.sudo().tthc_agency_ids}, author=self.env.user)
        return user

    @api.multi
    def write(self, vals):
        before = None
        if 'tthc_agency_ids' in vals:
            check_membership_rights(self.env)
            before = {agency.id: (agency.user_ids, agency.parent_id)
                      for agency in self.sudo().mapped('tthc_agency_ids')}
        res = super(ResUsers, self).write(vals)
        if before is not None:
            agencies = self.sudo().mapped('tthc_agency_ids')
            for agency in agencies:
                before.setdefault(agency.id, (agency.user_ids - self, agency.parent_id))
            agencies |= self.env['tthc.agency'].sudo().browse(list(before))
            agencies._log_membership(before, author=self.env.user)
        if 'tthc_agency_ids' in vals:
            # the record rules read the user's agencies and are cached per user: a user who
            # leaves an agency must lose its records at once, not at the next restart
            self.env['ir.rule'].clear_caches()
        return res
