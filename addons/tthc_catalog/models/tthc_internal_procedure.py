# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_compare

STATES = [
    ('draft', 'Draft'),
    ('submitted', 'Submitted'),
    ('approved', 'Approved'),
    ('superseded', 'Superseded'),
    ('cancelled', 'Cancelled'),
]
DECISION_FIELDS = {'decision_number', 'decision_date', 'decision_signer'}
# What a user may still write outside the draft state: the rest is a legal record. States and
# the fields the actions set are written by the actions only (``_transition``).
ALWAYS_WRITABLE_FIELDS = {'note', 'active'}


class TthcInternalProcedure(models.Model):
    """The ordered steps one agency follows for one procedure, in a version approved by a
    decision of the provincial chairman. A dossier keeps the version it was received under."""
    _name = 'tthc.internal.procedure'
    _description = 'Internal Procedure'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _order = 'procedure_id, agency_id, version desc'

    name = fields.Char(compute='_compute_name', store=True)
    procedure_id = fields.Many2one('tthc.procedure', string='Procedure', required=True,
                                   index=True, ondelete='restrict', track_visibility='onchange',
                                   readonly=True, states={'draft': [('readonly', False)]})
    agency_id = fields.Many2one('tthc.agency', string='Agency', required=True, index=True,
                                ondelete='restrict', track_visibility='onchange',
                                readonly=True, states={'draft': [('readonly', False)]})
    version = fields.Integer(readonly=True, copy=False, default=0)
    state = fields.Selection(STATES, required=True, default='draft', readonly=True, copy=False,
                             index=True, track_visibility='onchange')
    step_ids = fields.One2many('tthc.internal.procedure.step', 'internal_procedure_id',
                               string='Steps', copy=True,
                               readonly=True, states={'draft': [('readonly', False)]})
    total_days = fields.Float(string='Total (working days)', compute='_compute_total_days',
                              store=True)
    legal_days = fields.Float(related='procedure_id.processing_days', readonly=True,
                              string='Legal Time (working days)')
    note = fields.Text()
    active = fields.Boolean(default=True)

    submitted_by_id = fields.Many2one('res.users', string='Submitted By', readonly=True,
                                      copy=False)
    date_submitted = fields.Datetime(string='Submitted On', readonly=True, copy=False)
    decision_number = fields.Char(string='Approval Decision', copy=False,
                                  track_visibility='onchange',
                                  readonly=True, states={'draft': [('readonly', False)],
                                                         'submitted': [('readonly', False)]})
    decision_date = fields.Date(string='Decision Date', copy=False, track_visibility='onchange',
                                readonly=True, states={'draft': [('readonly', False)],
                                                       'submitted': [('readonly', False)]})
    decision_signer = fields.Char(string='Signed By', copy=False, track_visibility='onchange',
                                  readonly=True, states={'draft': [('readonly', False)],
                                                         'submitted': [('readonly', False)]},
                                  help="Usually the Chairman of the provincial People's "
                                       "Committee.")
    approved_by_id = fields.Many2one('res.users', string='Approval Recorded By', readonly=True,
                                     copy=False)
    superseded_by_id = fields.Many2one('tthc.internal.procedure', string='Superseded By',
                                       readonly=True, copy=False)
    date_superseded = fields.Date(string='Superseded On', readonly=True, copy=False)

    workflow_configured = fields.Boolean(
        string='Electronic Workflow Set Up', readonly=True, copy=False,
        track_visibility='onchange',
        help="The Department of Information and Communications has set this version up on "
             "the provincial one-stop information system.")
    workflow_configured_at = fields.Datetime(string='Workflow Set Up On', readonly=True,
                                             copy=False)
    workflow_configured_by_id = fields.Many2one('res.users', string='Workflow Set Up By',
                                                readonly=True, copy=False)

    @api.depends('procedure_id.code', 'agency_id.name', 'version')
    def _compute_name(self):
        for record in self:
            record.name = '%s - %s - v%s' % (record.procedure_id.code or '',
                                             record.agency_id.name or '', record.version or 0)

    @api.depends('step_ids.duration_days')
    def _compute_total_days(self):
        for record in self:
            record.total_days = sum(record.step_ids.mapped('duration_days'))

    @api.constrains('step_ids', 'procedure_id')
    def _check_total_days(self):
        for record in self:
            if float_compare(record.total_days, record.procedure_id.processing_days,
                             precision_digits=2) > 0:
                raise ValidationError(_(
                    "The steps of %s add up to %s working days, more than the %s working days "
                    "the law allows for procedure %s.") % (
                    record.name, record.total_days, record.procedure_id.processing_days,
                    record.procedure_id.code))

    @api.constrains('state', 'decision_number', 'decision_date', 'decision_signer')
    def _check_decision(self):
        for record in self:
            if record.state in ('approved', 'superseded') and not (
                    record.decision_number and record.decision_date and record.decision_signer):
                raise ValidationError(_(
                    "An approved internal procedure needs the number, date and signer of the "
                    "approval decision."))

    @api.model
    def create(self, vals):
        if vals.get('state', 'draft') != 'draft':
            raise UserError(_("A new internal procedure starts as a draft."))
        record = super(TthcInternalProcedure, self).create(vals)
        if not record.version:
            record.version = record._next_version()
        return record

    @api.multi
    def write(self, vals):
        if 'state' in vals:
            raise UserError(_("The state of an internal procedure changes through its buttons "
                              "(submit, approve, cancel)."))
        fields_written = {name for name in vals
                          if not name.startswith(('message_', 'activity_'))}
        for record in self:
            if record.state == 'draft':
                continue
            allowed = ALWAYS_WRITABLE_FIELDS | (
                DECISION_FIELDS if record.state == 'submitted' else set())
            if fields_written - allowed:
                raise UserError(_(
                    "%s is %s: it can no longer be changed. Create a new version "
                    "instead.") % (record.name, record._state_label()))
        return super(TthcInternalProcedure, self).write(vals)

    @api.multi
    def unlink(self):
        if self.filtered(lambda r: r.state in ('approved', 'superseded')) \
                and not self.env.user.has_group('tthc_catalog.group_tthc_admin'):
            raise UserError(_(
                "An approved internal procedure is a legal record: archive it instead of "
                "deleting it."))
        return super(TthcInternalProcedure, self).unlink()

    def _state_label(self):
        return dict(self._fields['state']._description_selection(self.env))[self.state]

    def _next_version(self):
        self.ensure_one()
        others = self.with_context(active_test=False).search([
            ('procedure_id', '=', self.procedure_id.id), ('agency_id', '=', self.agency_id.id),
            ('id', '!=', self.id)], order='version desc', limit=1)
        return others.version + 1

    def _transition(self, vals):
        # past the locks of write(); private, so not callable through RPC
        # pylint: disable-next=super-method-mismatch
        return super(TthcInternalProcedure, self).write(vals)

    def _check_state(self, allowed, action):
        for record in self:
            if record.state not in allowed:
                raise UserError(_("%s cannot be %s from the state %s.") % (
                    record.name, action, record._state_label()))

    @api.multi
    def action_submit(self):
        """A leader of the agency proposes this version for approval."""
        self._check_state(('draft',), _('submitted'))
        for record in self:
            if not record.step_ids:
                raise ValidationError(_("%s has no step: add the steps before submitting.")
                                      % record.name)
        self._transition({'state': 'submitted', 'submitted_by_id': self.env.uid,
                          'date_submitted': fields.Datetime.now()})
        return True

    @api.multi
    def action_approve(self):
        """Record the chairman's approval decision; the version approved before for the same
        procedure and agency is superseded."""
        if not self.env.user.has_group('tthc_catalog.group_tthc_controller'):
            raise UserError(_("Only the provincial TTHC control staff record approvals."))
        self._check_state(('submitted',), _('approved'))
        for record in self:
            if not (record.decision_number and record.decision_date and record.decision_signer):
                raise UserError(_(
                    "Fill the number, date and signer of the approval decision of %s first.")
                    % record.name)
            previous = self.search([
                ('procedure_id', '=', record.procedure_id.id),
                ('agency_id', '=', record.agency_id.id),
                ('state', '=', 'approved'), ('id', '!=', record.id)])
            previous._transition({'state': 'superseded', 'superseded_by_id': record.id,
                                  'date_superseded': record.decision_date})
            record._transition({'state': 'approved', 'approved_by_id': self.env.uid})
        return True

    @api.multi
    def action_reset_to_draft(self):
        """Send a submitted version back to its authors."""
        self._check_state(('submitted', 'cancelled'), _('reset to draft'))
        self._transition({'state': 'draft'})
        return True

    @api.multi
    def action_cancel(self):
        self._check_state(('draft', 'submitted'), _('cancelled'))
        self._transition({'state': 'cancelled'})
        return True

    @api.multi
    def action_new_version(self):
        """A draft copy of this version, to revise it."""
        self.ensure_one()
        new = self.copy({'version': 0})
        return {
            'type': 'ir.actions.act_window', 'res_model': self._name, 'res_id': new.id,
            'view_mode': 'form', 'target': 'current',
        }

    @api.multi
    def action_mark_workflow_configured(self):
        """The IT department records that the electronic workflow is set up."""
        self._check_state(('approved',), _('set up electronically'))
        self._transition({'workflow_configured': True,
                          'workflow_configured_at': fields.Datetime.now(),
                          'workflow_configured_by_id': self.env.uid})
        return True
