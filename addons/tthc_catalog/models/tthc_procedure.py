# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import re

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import float_compare

from .tthc_agency import LEVELS

PROCEDURE_CODE = re.compile(r'^\d\.\d{6}$')

ONE_STOP_TYPES = [
    ('one_stop', 'One-stop'),
    ('interconnected', 'Interconnected one-stop'),
    ('none', 'Not under one-stop'),
]

PROCEDURE_STATES = [
    ('in_force', 'In force'),
    ('amended', 'Amended'),
    ('replaced', 'Replaced'),
    ('abolished', 'Abolished'),
]


class TthcProcedure(models.Model):
    """An administrative procedure as the national database publishes it (code d.dddddd)."""
    _name = 'tthc.procedure'
    _description = 'Administrative Procedure'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _order = 'code'

    code = fields.Char(required=True, index=True, track_visibility='onchange',
                       help="National code in the form d.dddddd, e.g. 1.004227.")
    name = fields.Char(required=True, track_visibility='onchange')
    field_id = fields.Many2one('tthc.field', string='Field', required=True, index=True,
                               ondelete='restrict', track_visibility='onchange')
    level = fields.Selection(LEVELS, required=True, default='province', index=True,
                             track_visibility='onchange',
                             help="Level of government that settles the procedure.")
    agency_id = fields.Many2one('tthc.agency', string='Implementing Agency', required=True,
                                index=True, ondelete='restrict', track_visibility='onchange')
    one_stop_type = fields.Selection(ONE_STOP_TYPES, string='One-stop Type', required=True,
                                     default='one_stop', track_visibility='onchange')
    processing_days = fields.Float(string='Processing Time (working days)', required=True,
                                   track_visibility='onchange',
                                   help="Legal processing time in working days; fractions "
                                        "such as 0.5 are allowed.")
    state = fields.Selection(PROCEDURE_STATES, required=True, default='in_force', index=True,
                             track_visibility='onchange')
    date_effective = fields.Date(string='Effective From', track_visibility='onchange')
    date_end = fields.Date(string='Effective Until', track_visibility='onchange')
    replaced_by_id = fields.Many2one('tthc.procedure', string='Replaced By', ondelete='restrict',
                                     track_visibility='onchange')
    decision_number = fields.Char(string='Publishing Decision', track_visibility='onchange',
                                  help="Number of the decision of the provincial chairman "
                                       "that published the procedure.")
    decision_date = fields.Date(string='Decision Date')
    active = fields.Boolean(default=True)

    # The published headings
    procedure_steps = fields.Text(string='Procedure Steps')
    reception_hours = fields.Text(string='Place and Hours of Reception')
    channels = fields.Text(string='Channels')
    component_ids = fields.One2many('tthc.procedure.component', 'procedure_id',
                                    string='Dossier Components', copy=True)
    dossier_count = fields.Integer(string='Number of Dossier Sets', default=1)
    applicants = fields.Text()
    result = fields.Text()
    fees = fields.Text(string='Fees and Charges')
    forms = fields.Text(string='Forms')
    conditions = fields.Text()
    legal_basis = fields.Text()

    # Clock rules of sector law (unconfirmed nationally: one setting per procedure)
    obligation_pauses_clock = fields.Boolean(
        string='Financial Obligation Pauses the Clock', default=True,
        help="While the applicant has not paid the financial obligations (land levy, "
             "registration fee…), the processing time stops.")
    supplement_restarts_clock = fields.Boolean(
        string='Supplement Restarts the Clock', default=False,
        help="Sector law makes the processing time start again when a supplemented dossier "
             "arrives, instead of resuming it.")

    internal_procedure_ids = fields.One2many('tthc.internal.procedure', 'procedure_id',
                                             string='Internal Procedures')
    approved_internal_procedure_id = fields.Many2one(
        'tthc.internal.procedure', string='Approved Internal Procedure',
        compute='_compute_approved_internal_procedure', store=True)
    has_approved_internal_procedure = fields.Boolean(
        compute='_compute_approved_internal_procedure', store=True, index=True)

    _sql_constraints = [
        ('code_unique', 'UNIQUE(code)', 'Another procedure already has this code.'),
        ('processing_days_positive', 'CHECK(processing_days >= 0)',
         'The processing time cannot be negative.'),
    ]

    @api.depends('internal_procedure_ids.state', 'internal_procedure_ids.agency_id', 'agency_id')
    def _compute_approved_internal_procedure(self):
        for procedure in self:
            approved = procedure.internal_procedure_ids.filtered(
                lambda ip: ip.state == 'approved')
            own = approved.filtered(lambda ip: ip.agency_id == procedure.agency_id)
            procedure.approved_internal_procedure_id = (own or approved)[:1]
            procedure.has_approved_internal_procedure = bool(approved)

    @api.constrains('code')
    def _check_code(self):
        for procedure in self:
            if not PROCEDURE_CODE.match(procedure.code or ''):
                raise ValidationError(_(
                    "Procedure code %r is not in the national format d.dddddd "
                    "(e.g. 1.004227).") % procedure.code)

    @api.constrains('state', 'replaced_by_id')
    def _check_replaced_by(self):
        for procedure in self:
            if procedure.replaced_by_id == procedure:
                raise ValidationError(_("A procedure cannot replace itself."))
            if procedure.replaced_by_id and procedure.state != 'replaced':
                raise ValidationError(_(
                    "Procedure %s names a replacement but is not in the state Replaced.")
                    % procedure.code)

    @api.constrains('processing_days')
    def _check_processing_days_covers_steps(self):
        for procedure in self:
            longer = procedure.internal_procedure_ids.filtered(
                lambda ip: ip.state in ('draft', 'submitted', 'approved')
                and float_compare(ip.total_days, procedure.processing_days,
                                  precision_digits=2) > 0)
            if longer:
                raise ValidationError(_(
                    "Procedure %s cannot take %s working days: the steps of its internal "
                    "procedure %s add up to %s.") % (procedure.code, procedure.processing_days,
                                                     longer[0].name, longer[0].total_days))

    @api.constrains('date_effective', 'date_end')
    def _check_dates(self):
        for procedure in self:
            if procedure.date_effective and procedure.date_end \
                    and procedure.date_end < procedure.date_effective:
                raise ValidationError(_(
                    "Procedure %s ends before it takes effect.") % procedure.code)

    @api.multi
    def name_get(self):
        return [(procedure.id, '[%s] %s' % (procedure.code, procedure.name)) for procedure in self]

    @api.model
    def name_search(self, name='', args=None, operator='ilike', limit=100):
        args = list(args or [])
        if name:
            args = ['|', ('code', '=ilike', name + '%'), ('name', operator, name)] + args
        return self.search(args, limit=limit).name_get()

    def approved_internal_procedure(self, agency):
        """The internal procedure that a dossier of this procedure received at ``agency``
        follows now, or an empty recordset. An internal procedure approved for an agency also
        applies to the agencies below it (one version for all communes of a district, say);
        the closest one wins."""
        self.ensure_one()
        candidates = self.env['tthc.internal.procedure'].search([
            ('procedure_id', '=', self.id), ('agency_id', 'parent_of', agency.id),
            ('state', '=', 'approved')])
        while agency and candidates:
            own = candidates.filtered(lambda ip: ip.agency_id == agency)
            if own:
                return own[:1]
            agency = agency.parent_id
        return candidates.browse()
