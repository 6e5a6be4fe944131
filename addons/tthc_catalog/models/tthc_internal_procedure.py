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
    _inherit = ['tthc.state.mixin', 'mail.thread', 'mail.activity.mixin']
    _order = 'procedure_id, agency_id, version desc'

    name = fields.Char(compute='_compute_name', store=True)
    procedure_id = fields.Many2one('tthc.procedure', string='Procedure', required=True,
                                   index=True, ondelete='restrict', track_visibility='onchange',
                                   readonly=True, states={'draft': [('readonly', False)]})
    agency_id = fields.Many2one('tthc.agency', string='Agency', index=True,
                                ondelete='restrict', track_visibility='onchange',
                                readonly=True, states={'draft': [('readonly', False)]},
                                help="The agency this version is approved for (and the agencies "
                                     "below it); empty when it is approved for a whole level.")
    case_id = fields.Many2one('tthc.procedure.case', string='Case', index=True,
                              ondelete='restrict', track_visibility='onchange',
                              domain="[('procedure_id', '=', procedure_id)]",
                              readonly=True, states={'draft': [('readonly', False)]},
                              help="Empty: every case of the procedure.")
    level_id = fields.Many2one('tthc.level', string='Whole Level', index=True,
                               ondelete='restrict', track_visibility='onchange',
                               readonly=True, states={'draft': [('readonly', False)]},
                               help="An internal procedure approved for every agency of a level "
                                    "(e.g. all communes) instead of one agency.")
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

    @api.depends('procedure_id.code', 'agency_id.name', 'level_id.name', 'case_id.name',
                 'version')
    def _compute_name(self):
        for record in self:
            scope = record.agency_id.name or record.level_id.name or ''
            if record.case_id:
                scope = '%s - %s' % (scope, record.case_id.code or record.case_id.name)
            record.name = '%s - %s - v%s' % (record.procedure_id.code or '', scope,
                                             record.version or 0)

    @api.depends('step_ids.duration_days')
    def _compute_total_days(self):
        for record in self:
            record.total_days = sum(record.step_ids.mapped('duration_days'))

    @api.constrains('agency_id', 'level_id', 'case_id', 'procedure_id')
    def _check_scope(self):
        for record in self:
            if bool(record.agency_id) == bool(record.level_id):
                raise ValidationError(_(
                    "An internal procedure is approved either for one agency or for a whole "
                    "level: fill one of Agency and Whole Level (%s).") % record.name)
            if record.case_id and record.case_id.procedure_id != record.procedure_id:
                raise ValidationError(_("The case %s belongs to another procedure.")
                                      % record.case_id.display_name)

    @api.constrains('step_ids', 'procedure_id', 'case_id')
    def _check_total_days(self):
        for record in self:
            limit, explanation = record.procedure_id.shortest_working_days(
                record.case_id, record._reference_date())
            if limit is None:
                continue
            if float_compare(record.total_days, limit, precision_digits=2) > 0:
                raise ValidationError(_(
                    "The steps of %s add up to %s working days, more than the %s working days "
                    "the law allows for procedure %s (the shortest time that applies: %s).") % (
                    record.name, record.total_days, limit, record.procedure_id.code,
                    explanation))

    def _reference_date(self):
        """The day calendar-day times are converted on: the approval decision's, else
        today."""
        return fields.Date.from_string(self.decision_date or fields.Date.context_today(self))

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

    def _check_write(self, vals):
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

    @api.multi
    def unlink(self):
        if self.filtered(lambda r: r.state in ('approved', 'superseded')) \
                and not self.env.user.has_group('tthc_catalog.group_tthc_admin'):
            raise UserError(_(
                "An approved internal procedure is a legal record: archive it instead of "
                "deleting it."))
        return super(TthcInternalProcedure, self).unlink()

    def _next_version(self):
        self.ensure_one()
        others = self.with_context(active_test=False).search(
            self._same_scope() + [('id', '!=', self.id)], order='version desc', limit=1)
        return others.version + 1

    def _same_scope(self):
        """The versions of the same procedure, case and agency (or level)."""
        return [('procedure_id', '=', self.procedure_id.id),
                ('agency_id', '=', self.agency_id.id), ('level_id', '=', self.level_id.id),
                ('case_id', '=', self.case_id.id)]

    def _state_refusal(self, action):
        return _("%s cannot be %s from the state %s.") % (
            self.name, action, self._state_label())

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
            previous = self.search(record._same_scope() + [
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
