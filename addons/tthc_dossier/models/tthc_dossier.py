# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import json

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..engine.lookup_code import new_secret

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
# Who reads the applicant's personal data (Decree 13/2023/NĐ-CP): those who handle or supervise
# the dossier (officers, leaders, controllers of its agencies by the record rules), not the
# read-only staff nor the inspectors.
PERSONAL_DATA_GROUPS = 'tthc_catalog.group_tthc_officer'
CHANNELS = [('direct', 'In person'), ('online', 'Online'), ('postal', 'Public postal service')]
# the exceptions recorded through the dialog tthc.dossier.event
EVENT_KINDS = ('supplement', 'obligation', 'apology', 'refuse', 'stop', 'withdraw')
TIMINGS = [('early', 'Early'), ('on_time', 'On time'), ('late', 'Late')]
# Written by the actions only (``_transition``): the legal record of the dossier's life.
PROTECTED_FIELDS = {
    'code', 'lookup_secret', 'internal_procedure_id', 'state', 'step_id', 'due_at',
    'finished_at', 'returned_at', 'timing', 'apology_due_at', 'apology_reason',
    'apology_date', 'closing_reason', 'clock_stages',
}


class TthcDossier(models.Model):
    """A dossier received at the one-stop desk. It follows, for life, the internal procedure
    approved for its procedure and agency when it was received, step by step, against the
    return date computed on the working calendar."""
    _name = 'tthc.dossier'
    _description = 'Dossier'
    _inherit = ['tthc.state.mixin', 'mail.thread', 'mail.activity.mixin']
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
    case_id = fields.Many2one('tthc.procedure.case', string='Case', index=True,
                              ondelete='restrict', domain="[('procedure_id', '=', procedure_id)]",
                              help="The published case (trường hợp) the dossier is received "
                                   "for; its time for the channel gives the return date.")
    clock_stages = fields.Char(
        readonly=True, copy=False,
        help="The processing time applied at reception, kept for the dossier's life: JSON "
             "list of [amount, unit] stages counted one after the other.")
    processing_time = fields.Char(compute='_compute_processing_time',
                                  string='Processing Time')

    applicant_type = fields.Selection([('person', 'Person'), ('organisation', 'Organisation')],
                                      required=True, default='person')
    partner_id = fields.Many2one('res.partner', string='Known Applicant')
    applicant_name = fields.Char(required=True)
    applicant_identifier = fields.Char(string='ID or Tax Number', groups=PERSONAL_DATA_GROUPS)
    applicant_address = fields.Char(string='Address', groups=PERSONAL_DATA_GROUPS)
    applicant_phone = fields.Char(string='Phone', groups=PERSONAL_DATA_GROUPS)
    applicant_email = fields.Char(string='Email', groups=PERSONAL_DATA_GROUPS)
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

    @api.depends('clock_stages', 'procedure_id')
    def _compute_processing_time(self):
        units = {'working_day': _("%s working days"), 'day': _("%s days"),
                 'hour': _("%s working hours")}
        for dossier in self:
            dossier.processing_time = ' + '.join(
                units[unit] % ('%g' % amount) if unit in units else _("At receipt")
                for amount, unit in dossier._stages())

    def _stages(self):
        """The processing time of the dossier: [(amount, unit)] (see ``clock_stages``)."""
        self.ensure_one()
        if self.clock_stages:
            return [(amount, unit) for amount, unit in json.loads(self.clock_stages)]
        return [(self.procedure_id.processing_days, 'working_day')]

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

    @api.onchange('agency_id')
    def _onchange_agency_offer_procedures(self):
        """Offer only the procedures the receiving agency implements."""
        domain = [('state', 'in', ('in_force', 'amended'))] + \
            self.env['tthc.procedure'].receivable_domain(self.agency_id)
        if self.procedure_id and not self.procedure_id.search_count(
                domain + [('id', '=', self.procedure_id.id)]):
            self.procedure_id = False
        return {'domain': {'procedure_id': domain}}

    @api.model
    def create(self, vals):
        if vals.get('state', 'received') != 'received':
            raise UserError(_("A dossier is received first; its state changes by its actions."))
        procedure = self.env['tthc.procedure'].browse(vals.get('procedure_id'))
        agency = self.env['tthc.agency'].browse(vals.get('agency_id') or
                                                self._fields['agency_id'].default(self).id)
        if not procedure or not agency:
            raise UserError(_("A dossier needs a procedure and the agency receiving it."))
        procedure.check_receivable(agency)
        case = self.env['tthc.procedure.case'].browse(vals.get('case_id'))
        if not case and len(procedure.case_ids) == 1:
            case = procedure.case_ids
        stages = self._reception_stages(procedure, case, vals.get('channel') or 'direct')
        internal = procedure.approved_internal_procedure(agency, case)
        if not internal:
            raise UserError(_(
                "Procedure %s has no approved internal procedure at %s: the dossier cannot be "
                "received.") % (procedure.code, agency.name))
        if not internal.step_ids:
            raise UserError(_("The internal procedure %s has no step.") % internal.name)
        self._check_protected(vals, _("%s are set by the reception, not given."))
        received_at = vals.get('received_at') or self._now()
        vals = dict(
            vals, agency_id=agency.id, internal_procedure_id=internal.id, case_id=case.id,
            clock_stages=json.dumps(stages),
            step_id=internal.step_ids[0].id, received_at=received_at, state='received',
            code=self._new_code(agency, received_at),
            lookup_secret=new_secret(),
            due_at=self.env['tthc.working.calendar'].due(received_at, stages))
        # everything in one insert, and one line in the chatter: "Dossier created", by whom and
        # when (the initial values are on the form; tracking them cost a third of a reception)
        dossier = super(TthcDossier, self.with_context(mail_notrack=True)).create(vals)
        dossier = self.browse(dossier.id)
        dossier._start_step(dossier.step_id, dossier.received_at)
        return dossier

    @api.model
    def _reception_stages(self, procedure, case, channel):
        """The stages [(amount, unit)] of ``procedure``'s time for ``case`` and ``channel``
        (the province's shortened time where it set one); refuses a time the province must
        still set, and a procedure with cases received without its case."""
        if case and case.procedure_id != procedure:
            raise UserError(_("The case %s is not a case of procedure %s.")
                            % (case.display_name, procedure.code))
        if procedure.case_ids and not case:
            raise UserError(_(
                "Procedure %s is published with several cases: choose the dossier's case.")
                % procedure.code)
        rows = procedure.time_rows(channel, case)
        if not rows:
            return [(procedure.processing_days, 'working_day')]
        unset = rows.filtered(lambda row: row.effective_unit == 'other')
        if unset:
            raise UserError(_(
                "The processing time of procedure %s (%s) is published as \"other\" and the "
                "province has not set its own yet: a dossier cannot be received on it until a "
                "controller sets the provincial time on the procedure. Published: %s")
                % (procedure.code, case.name or _("no case"),
                   unset[0].description or unset[0].published_text or '-'))
        return [(row.effective_amount, row.effective_unit) for row in rows]

    @api.model
    def _reception_due(self, procedure, agency, received_at, vals):
        """The return date of a dossier received at ``received_at`` (``vals``: the values of
        the reception, ``case_id`` and ``channel`` read): the form's preview before saving
        asks here; False while the time cannot be known yet (no case chosen, a time to set)."""
        case = self.env['tthc.procedure.case'].browse(vals.get('case_id'))
        if not case and len(procedure.case_ids) == 1:
            case = procedure.case_ids
        try:
            stages = self._reception_stages(procedure, case, vals.get('channel') or 'direct')
        except UserError:
            return False
        return self.env['tthc.working.calendar'].due(received_at, stages)

    def _check_write(self, vals):
        self._check_protected(vals, _("%s change only through the dossier's actions."))

    def _check_protected(self, vals, message):
        """Refuse ``vals`` naming a field the actions keep (``message``: %s = their labels)."""
        protected = PROTECTED_FIELDS.intersection(vals)
        if protected:
            raise UserError(message % ', '.join(
                self._fields[name].get_description(self.env)['string']
                for name in sorted(protected)))

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
            due = calendar.due(dossier.received_at, dossier._stages(), pauses,
                               restart_at=restart)
            if due != dossier.due_at:
                # a new return date deserves new reminders
                dossier._transition({'due_at': due, 'followup_level': False})

    def _state_refusal(self, action):
        return _("Dossier %s cannot %s: it is %s.") % (self.code, action, self._state_label())

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

    def _start_step(self, step, start, user=None, note=None):
        """Open ``step`` for this dossier, held by ``user`` (by default the user acting). A
        person named explicitly becomes the dossier's handler: the reminders of the follow-up
        and the dossier's open activities go to them, with a to-do for the step."""
        self.ensure_one()
        due = self.env['tthc.working.calendar'].add_working_days(start, step.duration_days)
        self.env['tthc.dossier.step'].sudo().create({
            'dossier_id': self.id, 'step_id': step.id, 'started_at': start,
            'user_id': (user or self.env.user).id, 'due_at': due,
        })
        if user:
            self._hand_to(user, step, due, note)

    def _hand_to(self, user, step, due, note=None):
        previous = self.user_id
        if previous != user:
            self.write({'user_id': user.id})
            # what the previous holder still had to do on this dossier follows the dossier
            self.activity_ids.filtered(lambda a: a.user_id == previous).sudo().write(
                {'user_id': user.id})
        summary = _("Step %s") % step.name
        self.env['mail.activity'].sudo().create({
            'res_model_id': self.env['ir.model']._get(self._name).id, 'res_id': self.id,
            'activity_type_id': self.env.ref('mail.mail_activity_data_todo').id,
            'summary': summary, 'note': note or False, 'user_id': user.id,
            'date_deadline': self.env['tthc.working.calendar'].to_local(due).date(),
        })

    @api.multi
    def _handover_candidates(self):
        """The officers of the responsible unit: the users of the dossier's agency who may
        process dossiers."""
        self.ensure_one()
        return self.agency_id.user_ids.filtered(
            lambda u: u.active and u.has_group('tthc_catalog.group_tthc_officer'))

    @api.multi
    def _usual_handler(self, step):
        """The unit's usual handler of ``step``: among the officers of the responsible unit,
        the one who held this step most often in its last 50 hand-overs (the latest on a
        tie); with no history of the step (a new version of the internal procedure), the same
        for the steps of the same responsible unit ("Responsible Unit or Role") at this
        agency; with none either, the user acting if they are one of the unit's officers."""
        self.ensure_one()
        candidates = self._handover_candidates()
        if not candidates:
            return self.env['res.users']
        for condition, value in (('s.step_id = %s', step.id),
                                 ('p.responsible = %s', step.responsible)):
            self.env.cr.execute("""
                SELECT s.user_id FROM tthc_dossier_step s
                  JOIN tthc_dossier d ON d.id = s.dossier_id
                  JOIN tthc_internal_procedure_step p ON p.id = s.step_id
                 WHERE d.agency_id = %s AND s.user_id IN %s AND """ + condition + """
                 ORDER BY s.started_at DESC, s.id DESC LIMIT 50""",
                                (self.agency_id.id, tuple(candidates.ids), value))
            counts = {}
            for rank, (user_id,) in enumerate(self.env.cr.fetchall()):
                count, first = counts.get(user_id, (0, rank))
                counts[user_id] = (count + 1, first)
            if counts:
                best = min(counts, key=lambda uid: (-counts[uid][0], counts[uid][1]))
                return self.env['res.users'].browse(best)
        return self.env.user if self.env.user in candidates else candidates[:1]

    def _next_step(self):
        steps = self.internal_procedure_id.step_ids
        following = steps[list(steps).index(self.step_id) + 1:]
        return following[:1]

    def _previous_step(self):
        steps = self.internal_procedure_id.step_ids
        index = list(steps).index(self.step_id)
        return steps[index - 1] if index else steps.browse()

    def _as_user(self, user):
        return self.env['res.users'].browse(user) if isinstance(user, int) else user

    def _check_handler(self, user):
        if user and user not in self._handover_candidates():
            raise ValidationError(_(
                "%s is not an officer of %s: choose the next holder among its officers.")
                % (user.name, self.agency_id.name))

    def _current_dossier_step(self):
        return self.dossier_step_ids.filtered(lambda s: not s.finished_at)[:1]

    @api.multi
    def action_open_handover(self):
        """The hand-over dialog: the next step's holder (by default the unit's usual handler)
        and a note; or, with context ``tthc_handover_back``, back to the previous step."""
        self.ensure_one()
        back = bool(self.env.context.get('tthc_handover_back'))
        self._check_state(WORKING_STATES, _('be handed over'))
        return self._dialog_action(
            'tthc_dossier.tthc_dossier_handover_action', direction='back' if back else 'next',
            expected_step_id=self.env.context.get('tthc_expected_step_id') or self.step_id.id)

    @api.multi
    def action_previous_step(self, reason, user=None):
        """Send the dossier back to the previous step with the reason (e.g. the specialist
        finds a paper missing that the desk must ask for): the step is held again by
        ``user``, by default whoever held it last."""
        user = self._as_user(user)
        self._lock()
        self._check_state(WORKING_STATES, _('go back to the previous step'))
        if not reason:
            raise UserError(_("Give the reason for sending the dossier back."))
        now = self._now()
        for dossier in self:
            previous = dossier._previous_step()
            if not previous:
                raise UserError(_("Dossier %s is at its first step: there is no step to go "
                                  "back to.") % dossier.code)
            dossier._check_handler(user)
            holder = user or dossier.dossier_step_ids.filtered(
                lambda s: s.step_id == previous).sorted('started_at')[-1:].user_id
            dossier._current_dossier_step()._finish(now)
            dossier._start_step(previous, now, user=holder or dossier.env.user, note=reason)
            first = previous == dossier.internal_procedure_id.step_ids[:1]
            dossier._set_state('received' if first else 'processing', step_id=previous.id)
            dossier.message_post(body=_("Sent back to the step %s: %s") % (previous.name,
                                                                           reason))
        return True

    @api.multi
    def action_next_step(self, user=None, note=None):
        """Finish the current step and hand the dossier over to the next one; after the last
        processing step the result is ready (``done``).

        The form's button sends the step its user saw (context ``tthc_expected_step_id``): if
        another officer handed the dossier over meanwhile, this one is told so instead of
        finishing the following step by mistake.

        ``user``: who holds the next step (one of the responsible unit's officers; by default
        the user acting, as before); ``note``: for them, on the dossier and their to-do."""
        user = self._as_user(user)
        self._lock()
        self._check_state(WORKING_STATES, _('move to the next step'))
        expected = self.env.context.get('tthc_expected_step_id')
        now = self._now()
        for dossier in self:
            if expected and dossier.step_id.id != expected:
                raise UserError(_(
                    "Dossier %s was handed over to the step %s by someone else meanwhile: "
                    "reload it to see where it stands.") % (dossier.code, dossier.step_id.name))
            dossier._check_handler(user)
            dossier._current_dossier_step()._finish(now)
            following = dossier._next_step()
            if following and not following.is_result_return:
                dossier._start_step(following, now, user=user, note=note)
                dossier._set_state('processing', step_id=following.id)
            else:
                dossier._finish(now, following, user=user, note=note)
            if note:
                dossier.message_post(body=_("Handed over to the step %s: %s") % (
                    (following.name if following else dossier.step_id.name), note))
        return True

    def _finish(self, now, return_step, user=None, note=None):
        """The result is ready: the timing is fixed against the return date."""
        calendar = self.env['tthc.working.calendar']
        values = {'finished_at': now, 'timing': calendar.classify(now, self.due_at)}
        if return_step:
            self._start_step(return_step, now, user=user, note=note)
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
        self._transition({'apology_due_at': new_due_at, 'apology_reason': reason,
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

    # Dialogs opened from a dossier

    def _dialog_action(self, xmlid, **defaults):
        """The action of a dialog acting on this dossier. Its context names the dossier
        explicitly (``tthc_dossier_id``, and ``active_*`` for this model), replacing whatever
        ``active_id`` the caller's context carried: the desk dashboard leaves an agency's id
        there, which a form button reading ``active_id`` would take for the dossier."""
        self.ensure_one()
        action = self.env.ref(xmlid).read()[0]
        context = {'active_model': self._name, 'active_id': self.id, 'active_ids': [self.id],
                   'tthc_dossier_id': self.id}
        context.update(('default_%s' % key, value) for key, value in defaults.items())
        action['context'] = context
        return action

    @api.multi
    def action_open_event(self):
        """The dialog of the exception named by the button's context key ``tthc_event``."""
        event = self.env.context.get('tthc_event')
        if event not in EVENT_KINDS:
            raise UserError(_("Choose the exception to record on the dossier."))
        return self._dialog_action('tthc_dossier.tthc_dossier_event_action', event=event)

    # Printing

    @api.multi
    def action_print_receipt(self):
        return self.env.ref('tthc_dossier.tthc_dossier_receipt_report').report_action(self)
