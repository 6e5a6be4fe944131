# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models

from .tthc_agency import check_membership_rights

# (rank, group, action): a user lands on the action of the first group they belong to.
# The other addons add their roles (``_tthc_homes``); the catalogue is the last resort.
HOMES = [
    (10, 'tthc_catalog.group_tthc_controller', 'tthc_catalog.tthc_agency_overview_action'),
    (100, 'tthc_catalog.group_tthc_user', 'tthc_catalog.tthc_procedure_action'),
]


class ResUsers(models.Model):
    _inherit = 'res.users'

    tthc_agency_ids = fields.Many2many(
        'tthc.agency', 'tthc_agency_res_users_rel', 'user_id', 'agency_id', string='Agencies',
        help="The agencies this user works for: the base of every access rule of the suite.")
    tthc_agency_scope_ids = fields.Many2many(
        'tthc.agency', string='Agencies in Scope', compute='_compute_tthc_agency_scope_ids',
        help="The user's agencies and every agency below them: what the record rules allow.")
    # every new user starts on the home of their role, read at each login: a role given
    # later moves the home with it (Odoo would open the first app, Discuss, otherwise)
    action_id = fields.Many2one(default=lambda self: self._default_tthc_home())

    @api.model
    def _default_tthc_home(self):
        return self.env.ref('tthc_catalog.tthc_home_action', raise_if_not_found=False)

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

    @api.model
    def _tthc_homes(self):
        """[(rank, group xml id, action xml id)]: the homes of the roles, extended by the
        addons that bring a role."""
        return list(HOMES)

    @api.model
    def _tthc_home_xmlid(self):
        """The xml id of the current user's home action, or None outside the suite's roles."""
        for _rank, group, action in sorted(self._tthc_homes()):
            if self.env.user.has_group(group):
                return action
        return None

    @api.model
    def tthc_home_action(self):
        """The current user's home: the action of their role, as the web client runs it."""
        # outside the suite's roles (an employee of another application): Odoo's Discuss
        xmlid = self._tthc_home_xmlid() or 'mail.mail_channel_action_client_chat'
        return self.env.ref(xmlid).read()[0]

    @api.model
    def _tthc_set_homes(self):
        """Internal users without a home get the suite's (install and update)."""
        home = self._default_tthc_home()
        self.with_context(active_test=False).search(
            [('share', '=', False), ('action_id', '=', False)]).write({'action_id': home.id})
