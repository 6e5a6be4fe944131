# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import SUPERUSER_ID, _, api, fields, models
from odoo.exceptions import AccessError, ValidationError
from odoo.tools import html_escape

# who belongs to an agency, and what lies under it: the base of every record rule
MEMBERSHIP_FIELDS = ('user_ids', 'parent_id')
MEMBERSHIP_GROUPS = ('base.group_system', 'base.group_erp_manager',
                     'tthc_catalog.group_tthc_membership')


def check_membership_rights(env):
    """Membership of agencies (their users, their parent) is an administrator's act:
    Odoo's administrators of users and settings, or the suite's group *Agency membership*
    (implied by the suite's administrators). Controllers, who write agencies, may not."""
    if env.uid == SUPERUSER_ID or any(env.user.has_group(group) for group in MEMBERSHIP_GROUPS):
        return
    raise AccessError(_("Only administrators may change the users or the parent agency of an "
                        "agency."))


LEVELS = [
    ('province', 'Province'),
    ('district', 'District'),
    ('commune', 'Commune'),
]


class TthcAgency(models.Model):
    """A state agency that receives or processes dossiers: a provincial department (Sở), the
    People's Committee of a district (until the 2025 reform) or of a commune."""
    _name = 'tthc.agency'
    _inherit = ['mail.thread']
    _description = 'Agency'
    _parent_store = True
    _parent_order = 'name'
    _order = 'parent_left'
    _rec_name = 'complete_name'

    name = fields.Char(required=True, translate=False)
    complete_name = fields.Char(compute='_compute_complete_name', store=True)
    code = fields.Char(help="National agency code, e.g. 000.00.20.H36 or G09.20.")
    level = fields.Selection(LEVELS, required=True, default='province')
    parent_id = fields.Many2one('tthc.agency', string='Parent Agency', index=True,
                                ondelete='restrict')
    child_ids = fields.One2many('tthc.agency', 'parent_id', string='Child Agencies')
    parent_left = fields.Integer(index=True)
    parent_right = fields.Integer(index=True)
    active = fields.Boolean(default=True, help="Archive an agency that no longer exists (e.g. "
                                               "district agencies after 01/07/2025): its "
                                               "procedures and history stay readable.")
    user_ids = fields.Many2many('res.users', 'tthc_agency_res_users_rel', 'agency_id', 'user_id',
                                string='Users')
    procedure_ids = fields.One2many('tthc.procedure', 'agency_id', string='Procedures')
    procedure_count = fields.Integer(compute='_compute_procedure_count')

    _sql_constraints = [
        ('code_unique', 'UNIQUE(code)', 'Another agency already has this code.'),
    ]

    # The record rules hold each user's agencies and those below them (res.users,
    # tthc_agency_scope_ids), cached per user: any change of the tree or of its users resets them.

    def _reset_scopes(self):
        self.env['ir.rule'].clear_caches()
        self.env['res.users'].invalidate_cache(['tthc_agency_scope_ids'])

    @api.model
    def create(self, vals):
        if any(vals.get(name) for name in MEMBERSHIP_FIELDS):
            check_membership_rights(self.env)
        agency = super(TthcAgency, self).create(vals)
        self._reset_scopes()
        if agency.user_ids:
            agency._log_membership({agency.id: (self.env['res.users'], agency.parent_id)})
        return agency

    @api.multi
    def write(self, vals):
        before = None
        if set(MEMBERSHIP_FIELDS).intersection(vals):
            check_membership_rights(self.env)
            before = {agency.id: (agency.sudo().user_ids, agency.sudo().parent_id)
                      for agency in self}
        res = super(TthcAgency, self).write(vals)
        if {'user_ids', 'parent_id', 'active'}.intersection(vals):
            self._reset_scopes()
        if before:
            self._log_membership(before)
        return res

    def _log_membership(self, before, author=None):
        """Post in each agency's chatter what changed of its membership: who (the author),
        when (the message's date), the old and the new values."""
        def names(records):
            return ', '.join(html_escape(name) for name in records.mapped('display_name')) \
                or '-'
        self.env['tthc.agency'].invalidate_cache(['user_ids'])
        for agency in self.sudo():
            old_users, old_parent = before.get(agency.id, (agency.user_ids, agency.parent_id))
            lines = []
            added, removed = agency.user_ids - old_users, old_users - agency.user_ids
            if added or removed:
                lines.append(_("Users: %s → %s (added: %s; removed: %s)") % (
                    names(old_users), names(agency.user_ids), names(added), names(removed)))
            if agency.parent_id != old_parent:
                lines.append(_("Parent agency: %s → %s") % (
                    names(old_parent), names(agency.parent_id)))
            if lines:
                agency.message_post(
                    body='<br/>'.join(lines), subtype='mail.mt_note',
                    author_id=(author or self.env.user).sudo().partner_id.id)

    @api.multi
    def unlink(self):
        res = super(TthcAgency, self).unlink()
        self._reset_scopes()
        return res

    @api.depends('name', 'parent_id.complete_name')
    def _compute_complete_name(self):
        for agency in self:
            if agency.parent_id:
                agency.complete_name = '%s / %s' % (agency.parent_id.complete_name, agency.name)
            else:
                agency.complete_name = agency.name

    def _compute_procedure_count(self):
        """Procedures this agency implements (one of their implementing agencies), counted
        as the user reads them."""
        Procedure = self.env['tthc.procedure']
        for agency in self:
            agency.procedure_count = Procedure.search_count([('agency_ids', 'in', agency.ids)]) \
                if agency.id else 0

    @api.constrains('parent_id')
    def _check_parent_id(self):
        if not self._check_recursion():
            raise ValidationError(_("An agency cannot be its own parent."))
