# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

LEVELS = [
    ('province', 'Province'),
    ('district', 'District'),
    ('commune', 'Commune'),
]


class TthcAgency(models.Model):
    """A state agency that receives or processes dossiers: a provincial department (Sở), the
    People's Committee of a district (until the 2025 reform) or of a commune."""
    _name = 'tthc.agency'
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
        agency = super(TthcAgency, self).create(vals)
        self._reset_scopes()
        return agency

    @api.multi
    def write(self, vals):
        res = super(TthcAgency, self).write(vals)
        if {'user_ids', 'parent_id', 'active'}.intersection(vals):
            self._reset_scopes()
        return res

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
