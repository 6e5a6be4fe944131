# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import random

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

# (technical state, label, national status code)
STATES = [
    ('received', 'Received', 2),
    ('processing', 'Processing', 4),
    ('supplement', 'Supplement Requested', 5),
    ('obligation', 'Financial Obligation Pending', 6),
    ('done', 'Result Ready', 9),
    ('returned', 'Result Returned', 10),
    ('refused', 'Refused', 3),
    ('stopped', 'Processing Stopped', 8),
    ('withdrawn', 'Withdrawn', 7),
]
NATIONAL_CODES = {state: code for state, _label, code in STATES}
OPEN_STATES = ('received', 'processing', 'supplement', 'obligation')
WORKING_STATES = ('received', 'processing')
CHANNELS = [('direct', 'In person'), ('online', 'Online'), ('postal', 'Public postal service')]
TIMINGS = [('early', 'Early'), ('on_time', 'On time'), ('late', 'Late')]
# Written by the actions only (``_write_clock``): the legal record of the dossier's life.
PROTECTED_FIELDS = {
    'code', 'lookup_secret', 'internal_procedure_id', 'state', 'step_id', 'due_at',
    'finished_at', 'returned_at', 'timing', 'apology_due_at', 'apology_reason',
    'apology_date', 'closing_reason',
}


class TthcDossier(models.Model):
    """A dossier received at the one-stop desk. It follows, for life, the internal procedure
    approved for its procedure and agency when it was received, step by step, against the
    return date computed on the working calendar."""
    _name = 'tthc.dossier'
    _description = 'Dossier'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _order = 'received_at desc, id desc'
    _rec_name = 'code'

    code = fields.Char(readonly=True, copy=False, index=True, track_visibility='onchange')
    lookup_secret = fields.Char(
        readonly=True, copy=False, groups='tthc_catalog.group_tthc_officer',
        help="Printed on the receipt: with the code, lets the applicant look the dossier up.")
    procedure_id = fields.Many2one('tthc.procedure', string='Procedure', required=True,
                                   index=True, ondelete='restrict', readonly=True,
                                   states={'received': [('readonly', False)]},
                                   domain=[('state', 'in', ('in_force', 'amended'))])
    field_id = fields.Many2one(related='procedure_id.field_id', store=True, readonly=True)
    agency_id = fields.Many2one('tthc.agency', string='Agency', required=True, index=True,
                                ondelete='restrict', readonly=True,
                                states={'received': [('readonly', False)]},
                                default=lambda self: self.env.user.tthc_agency_ids[:1])
    internal_procedure_id = fields.Many2one('tthc.internal.procedure',
                                            string='Internal Procedure', readonly=True,
                                            ondelete='restrict', index=True)
    channel = fields.Selection(CHANNELS, required=True, default='direct')

    applicant_type = fields.Selection([('person', 'Person'), ('organisation', 'Organisation')],
                                      required=True, default='person')
    partner_id = fields.Many2one('res.partner', string='Known Applicant')
    applicant_name = fields.Char(required=True)
    applicant_identifier = fields.Char(string='ID or Tax Number')
    applicant_address = fields.Char(string='Address')
    applicant_phone = fields.Char(string='Phone')
    applicant_email = fields.Char(string='Email')
    component_ids = fields.One2many('tthc.dossier.component', 'dossier_id',
                                    string='Components Received')

    received_at = fields.Datetime(string='Received On', required=True, index=True,
                                  default=fields.Datetime.now, readonly=True,
                                  states={'received': [('readonly', False)]})
    due_at = fields.Datetime(string='Return Date', readonly=True, index=True, copy=False,
                             track_visibility='onchange')
    state = fields.Selection([(state, label) for state, label, _code in STATES],
                             required=True, default='received', readonly=True, index=True,
                             copy=False, track_visibility='onchange')
    national_status = fields.Integer(compute='_compute_national_status',
                                     help="Status code of the national one-stop system.")
    step_id = fields.Many2one('tthc.internal.procedure.step', string='Current Step',
                              readonly=True, copy=False, index=True, ondelete='restrict',
                              track_visibility='onchange', group_expand='_expand_steps')
    dossier_step_ids = fields.One2many('tthc.dossier.step', 'dossier_id', string='Process',
                                       readonly=True, copy=False)
    user_id = fields.Many2one('res.users', string='Handled By', index=True,
                              track_visibility='onchange', default=lambda self: self.env.user)
    pause_ids = fields.One2many('tthc.dossier.pause', 'dossier_id', string='Pauses',
                                readonly=True, copy=False)
    supplement_count = fields.Integer(compute='_compute_supplement_count', store=True)
    late_for_index = fields.Boolean(
        string='Late for the 766 Index', compute='_compute_supplement_count', store=True,
        help="Decision 766/QĐ-TTg counts a dossier with more than one supplement request as "
             "late, whatever its timing.")
    finished_at = fields.Datetime(string='Result Ready On', readonly=True, copy=False)
    returned_at = fields.Datetime(string='Result Returned On', readonly=True, copy=False)
    timing = fields.Selection(TIMINGS, readonly=True, copy=False, index=True,
                              track_visibility='onchange')
    urgency = fields.Selection([('overdue', 'Past the return date'), ('soon', 'Due within a day'),
                                ('normal', 'In time')], compute='_compute_urgency',
                               help="The colour of the dossier's card.")
    apology_due_at = fields.Datetime(string='New Return Date', readonly=True, copy=False,
                                     track_visibility='onchange')
    apology_reason = fields.Text(readonly=True, copy=False)
    apology_date = fields.Datetime(string='Apology Sent On', readonly=True, copy=False)
    closing_reason = fields.Text(string='Reason', readonly=True, copy=False,
                                 help="Why the dossier was refused, stopped or withdrawn.")
    followup_level = fields.Selection(
        [('soon', 'Due within a working day'), ('overdue', 'Past the return date')],
        readonly=True, copy=False, index=True,
        help="The last reminder sent, so that the scheduled follow-up sends each one once.")
    result_note = fields.Text(string='Result')
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ('code_unique', 'UNIQUE(code)', 'Another dossier already has this code.'),
    ]

    @api.depends('state')
    def _compute_national_status(self):
        for dossier in self:
            dossier.national_status = NATIONAL_CODES[dossier.state]

    def _compute_urgency(self):
        now = fields.Datetime.from_string(self._now())
        for dossier in self:
            if dossier.state not in OPEN_STATES or not dossier.due_at:
                continue
            hours_left = (fields.Datetime.from_string(dossier.due_at) - now).total_seconds() / 3600
            dossier.urgency = 'overdue' if hours_left < 0 else 'soon' if hours_left < 24 \
                else 'normal'

    @api.depends('pause_ids.kind')
    def _compute_supplement_count(self):
        for dossier in self:
            dossier.supplement_count = len(
                dossier.pause_ids.filtered(lambda p: p.kind == 'supplement'))
            dossier.late_for_index = dossier.supplement_count > 1

    @api.model
    def _expand_steps(self, steps, domain, order):
        """Every step of the procedure shown is a kanban column, empty ones too."""
        procedure_id = self.env.context.get('tthc_procedure_id')
        if not procedure_id:
            return steps
        current = self.env['tthc.internal.procedure'].search([
            ('procedure_id', '=', procedure_id), ('state', '=', 'approved')])
        return (steps | current.mapped('step_ids')).sorted(
            lambda s: (s.internal_procedure_id.id, s.sequence, s.id))

    @api.model_cr
    def init(self):
        # the kanban of a procedure: a count per step (read_group) and the newest cards of
        # each column; every column the counts and the record rules read is in the index, so
        # both are index-only scans (at 1,000,000 dossiers: 540 ms -> 110 ms for 83,000
        # dossiers of one procedure at one agency)
        self.env.cr.execute("""
            CREATE INDEX IF NOT EXISTS tthc_dossier_kanban_index ON tthc_dossier
                (procedure_id, step_id, received_at DESC, id DESC)
                INCLUDE (agency_id, state, active)""")

    # Reception

    @api.model
    def create(self, vals):
        if vals.get('state', 'received') != 'received':
            raise UserError(_("A dossier is received first; its state changes by its actions."))
        procedure = self.env['tthc.procedure'].browse(vals.get('procedure_id'))
        agency = self.env['tthc.agency'].browse(vals.get('agency_id') or
                                                self._fields['agency_id'].default(self).id)
        if not procedure or not agency:
            raise UserError(_("A dossier needs a procedure and the agency receiving it."))
        internal = procedure.approved_internal_procedure(agency)
        if not internal:
            raise UserError(_(
                "Procedure %s has no approved internal procedure at %s: the dossier cannot be "
                "received.") % (procedure.code, agency.name))
        if not internal.step_ids:
            raise UserError(_("The internal procedure %s has no step.") % internal.name)
        self._check_protected(vals, _("%s are set by the reception, not given."))
        received_at = vals.get('received_at') or self._now()
        calendar = self.env['tthc.working.calendar']
        vals = dict(
            vals, agency_id=agency.id, internal_procedure_id=internal.id,
            step_id=internal.step_ids[0].id, received_at=received_at, state='received',
            code=self._new_code(agency, received_at),
            lookup_secret='%06d' % random.SystemRandom().randint(0, 999999),
            due_at=calendar.deadline(received_at, procedure.processing_days, []))
        # everything in one insert, and one line in the chatter: "Dossier created", by whom and
        # when (the initial values are on the form; tracking them cost a third of a reception)
        dossier = super(TthcDossier, self.with_context(mail_notrack=True)).create(vals)
        dossier = self.browse(dossier.id)
        dossier._start_step(dossier.step_id, dossier.received_at)
        return dossier

    @api.multi
    def write(self, vals):
        self._check_protected(vals, _("%s change only through the dossier's actions."))
        return super(TthcDossier, self).write(vals)

    def _check_protected(self, vals, message):
        """Refuse ``vals`` naming a field the actions keep (``message``: %s = their labels)."""
        protected = PROTECTED_FIELDS.intersection(vals)
        if protected:
            raise UserError(message % ', '.join(
                self._fields[name].get_description(self.env)['string']
                for name in sorted(protected)))

    def _write_clock(self, vals):
        # past the protection of write(); private, so not callable through RPC
        # pylint: disable-next=super-method-mismatch
        return super(TthcDossier, self).write(vals)

    @api.multi
    def unlink(self):
        if not self.env.user.has_group('tthc_catalog.group_tthc_admin'):
            raise UserError(_("A dossier is never deleted: archive it instead."))
        return super(TthcDossier, self).unlink()

    @api.model
    def _new_code(self, agency, received_at):
        """Agency code, date of receipt, then a number from the agency's own sequence (a
        PostgreSQL sequence: parallel receptions never get the same number)."""
        sequence_code = 'tthc.dossier.agency.%d' % agency.id
        Sequence = self.env['ir.sequence'].sudo()
        number = Sequence.next_by_code(sequence_code)
        if not number:  # the agency's first dossier
            number = Sequence.create({'name': _('Dossiers of %s') % agency.name,
                                      'code': sequence_code, 'padding': 6,
                                      'implementation': 'standard'}).next_by_id()
        local = self.env['tthc.working.calendar'].to_local(received_at)
        return '%s-%s-%s' % (agency.code or 'CQ%d' % agency.id, local.strftime('%y%m%d'), number)

    # The clock

    def _now(self):
        # one place for the time of the actions, which tests set to fixed dates
        return fields.Datetime.now()

    def _clock_pauses(self):
        return [(p.date_start, p.date_end) for p in self.pause_ids if p.counts_on_clock]

    def _recompute_due(self):
        """Return date from the receipt (or, when sector law restarts the clock, from the
        last supplemented dossier) with the working time of the pauses added."""
        calendar = self.env['tthc.working.calendar']
        for dossier in self:
            pauses = [(a, b) for a, b in dossier._clock_pauses() if b]  # open: not yet counted
            ends = dossier.pause_ids.filtered(
                lambda p: p.kind == 'supplement' and p.date_end).mapped('date_end')
            restart = max(ends) if dossier.procedure_id.supplement_restarts_clock and ends \
                else None
            due = calendar.deadline(dossier.received_at, dossier.procedure_id.processing_days,
                                    pauses, restart_at=restart)
            if due != dossier.due_at:
                # a new return date deserves new reminders
                dossier._write_clock({'due_at': due, 'followup_level': False})

    def _set_state(self, state, **values):
        values['state'] = state
        return self._write_clock(values)

    def _check_state(self, allowed, action):
        for dossier in self:
            if dossier.state not in allowed:
                raise UserError(_("Dossier %s cannot %s: it is %s.") % (
                    dossier.code, action, dossier._state_label()))

    def _state_label(self):
        return dict(self._fields['state']._description_selection(self.env))[self.state]

    def _lock(self):
        """Check the user may change these dossiers, then lock their rows for the rest of the
        transaction and read them afresh, so that two officers acting on the same dossier at
        once act one after the other (only these dossiers' cache is dropped)."""
        self.check_access_rights('write')
        self.check_access_rule('write')
        self.env.cr.execute('SELECT id FROM tthc_dossier WHERE id IN %s FOR UPDATE',
                            (tuple(self.ids),))
        self.invalidate_cache(ids=self.ids)

    # Steps

    def _start_step(self, step, start):
        self.ensure_one()
        self.env['tthc.dossier.step'].sudo().create({
            'dossier_id': self.id, 'step_id': step.id, 'started_at': start,
            'user_id': self.env.uid,
            'due_at': self.env['tthc.working.calendar'].add_working_days(
                start, step.duration_days),
        })

    def _current_dossier_step(self):
        return self.dossier_step_ids.filtered(lambda s: not s.finished_at)[:1]

    @api.multi
    def action_next_step(self):
        """Finish the current step and hand the dossier over to the next one; after the last
        processing step the result is ready (``done``).

        The form's button sends the step its user saw (context ``tthc_expected_step_id``): if
        another officer handed the dossier over meanwhile, this one is told so instead of
        finishing the following step by mistake."""
        self._lock()
        self._check_state(WORKING_STATES, _('move to the next step'))
        expected = self.env.context.get('tthc_expected_step_id')
        now = self._now()
        for dossier in self:
            if expected and dossier.step_id.id != expected:
                raise UserError(_(
                    "Dossier %s was handed over to the step %s by someone else meanwhile: "
                    "reload it to see where it stands.") % (dossier.code, dossier.step_id.name))
            dossier._current_dossier_step()._finish(now)
            steps = dossier.internal_procedure_id.step_ids
            following = steps[list(steps).index(dossier.step_id) + 1:]
            if following and not following[0].is_result_return:
                dossier._start_step(following[0], now)
                dossier._set_state('processing', step_id=following[0].id)
            else:
                dossier._finish(now, following[:1])
        return True

    def _finish(self, now, return_step):
        """The result is ready: the timing is fixed against the return date."""
        calendar = self.env['tthc.working.calendar']
        values = {'finished_at': now, 'timing': calendar.classify(now, self.due_at)}
        if return_step:
            self._start_step(return_step, now)
            values['step_id'] = return_step.id
        self._set_state('done', **values)

    @api.multi
    def action_return_result(self):
        """The applicant received the result."""
        self._lock()
        self._check_state(('done',), _('return its result'))
        now = self._now()
        for dossier in self:
            dossier._current_dossier_step()._finish(now)
            dossier._set_state('returned', returned_at=now)
        return True

    # Exceptions

    @api.multi
    def action_request_supplement(self, reason, guidance=None, missing_components=None):
        """Form 02: the dossier is incomplete; the clock stops until it is completed."""
        self._pause('supplement', reason, guidance, missing_components)
        return True

    @api.multi
    def action_supplement_received(self):
        """The complete documents arrived: the clock runs again from now."""
        self._resume('supplement')
        return True

    @api.multi
    def action_request_obligation(self, reason):
        """The applicant must pay financial obligations (land levy, registration fee…)."""
        self._pause('obligation', reason)
        return True

    @api.multi
    def action_obligation_paid(self):
        self._resume('obligation')
        return True

    def _pause(self, kind, reason, guidance=None, missing_components=None):
        self._lock()
        self._check_state(WORKING_STATES, _('be paused'))
        if not reason:
            raise UserError(_("Give the reason."))
        now = self._now()
        for dossier in self:
            self.env['tthc.dossier.pause'].sudo().create({
                'dossier_id': dossier.id, 'kind': kind, 'date_start': now, 'reason': reason,
                'guidance': guidance,
                'missing_component_ids': [(6, 0, missing_components.ids
                                           if missing_components else [])],
            })
            dossier._set_state(kind)

    def _resume(self, kind):
        self._lock()
        self._check_state((kind,), _('resume'))
        now = self._now()
        for dossier in self:
            dossier.pause_ids.filtered(lambda p: p.kind == kind and not p.date_end).sudo().write(
                {'date_end': now})
            previous = 'processing' if len(dossier.dossier_step_ids) > 1 else 'received'
            dossier._set_state(previous)
        self._recompute_due()

    @api.multi
    def action_apologize(self, new_due_at, reason):
        """Form 04: the dossier is late; the agency apologises and sets a new return date."""
        now = self._now()
        for dossier in self:
            if dossier.state not in OPEN_STATES or not dossier.due_at or dossier.due_at >= now:
                raise UserError(_("Only a dossier past its return date and not yet settled "
                                  "calls for an apology."))
            if not new_due_at or new_due_at <= now:
                raise ValidationError(_("The new return date must be in the future."))
        self._write_clock({'apology_due_at': new_due_at, 'apology_reason': reason,
                           'apology_date': now})
        return True

    @api.multi
    def action_refuse(self, reason):
        """Form 03: reception refused (incomplete dossier or not within the agency's remit)."""
        return self._close('refused', ('received',), reason, _('be refused'))

    @api.multi
    def action_stop(self, reason):
        """Form 05: processing stopped."""
        return self._close('stopped', OPEN_STATES, reason, _('be stopped'))

    @api.multi
    def action_withdraw(self, reason):
        """The applicant withdraws the dossier."""
        return self._close('withdrawn', OPEN_STATES, reason, _('be withdrawn'))

    def _close(self, state, allowed, reason, action):
        self._lock()
        self._check_state(allowed, action)
        if not reason:
            raise UserError(_("Give the reason."))
        now = self._now()
        for dossier in self:
            dossier._current_dossier_step()._finish(now)
            dossier.pause_ids.filtered(lambda p: not p.date_end).sudo().write({'date_end': now})
            dossier._set_state(state, closing_reason=reason, finished_at=now)
        return True

    # Printing

    @api.multi
    def action_print_receipt(self):
        return self.env.ref('tthc_dossier.tthc_dossier_receipt_report').report_action(self)
