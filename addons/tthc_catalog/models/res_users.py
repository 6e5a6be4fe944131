# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models


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

    @api.multi
    def write(self, vals):
        res = super(ResUsers, self).write(vals)
        if 'tthc_agency_ids' in vals:
            # the record rules read the user's agencies and are cached per user: a user who
            # leaves an agency must lose its records at once, not at the next restart
            self.env['ir.rule'].clear_caches()
        return res
