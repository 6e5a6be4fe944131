# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import datetime
import math

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_compare

from ..engine.catalog_columns import PROCEDURE_CODE, code_kind  # noqa: F401 (re-exported)
from ..engine.catalog_text import parse_fee_text
from .tthc_agency import LEVELS

CODE_KINDS = [
    ('national', 'National'),
    ('local', 'Local (province)'),
    ('legacy', 'Legacy'),
]

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


def _calendar_to_working_days(engine, reference, amount):
    """The working days within ``amount`` calendar days from ``reference`` (a date), the end
    moved to the next working day when it is not worked."""
    end = reference + datetime.timedelta(days=int(math.ceil(amount)))
    if not engine.is_working_day(end):
        end = engine.next_working_day(end)
    day, count = reference, 0
    while day < end:
        day += datetime.timedelta(days=1)
        count += engine.is_working_day(day)
    return float(count)


class TthcProcedure(models.Model):
    """An administrative procedure as the national database publishes it (code d.dddddd):
    published for one or several levels, implemented by many agencies of the province, with
    its cases, its times per channel (and case, and stage) and its fees.

    ``level``, ``agency_id`` and ``processing_days`` are the former single-valued columns, now
    computed from ``level_ids``, ``agency_ids`` and ``time_ids`` (and written through to them)
    until every reader has moved to the new records."""
    _name = 'tthc.procedure'
    _description = 'Administrative Procedure'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _order = 'code'

    code = fields.Char(required=True, index=True, track_visibility='onchange',
                       help="National code in the form d.dddddd, e.g. 1.004227; a province's "
                            "local code (1.012753.H19) or a legacy code (T-LSN-287630-TT) is "
                            "accepted and flagged as non-national.")
    code_kind = fields.Selection(CODE_KINDS, string='Kind of Code', compute='_compute_code_kind',
                                 store=True)
    is_national_code = fields.Boolean(compute='_compute_code_kind', store=True)
    name = fields.Char(required=True, track_visibility='onchange')
    field_id = fields.Many2one('tthc.field', string='Field', required=True, index=True,
                               ondelete='restrict', track_visibility='onchange')
    level_ids = fields.Many2many('tthc.level', 'tthc_procedure_level_rel', 'procedure_id',
                                 'level_id', string='Levels',
                                 help="Levels of government the national database publishes the "
                                      "procedure for (Cấp bộ, Cấp tỉnh, Cấp huyện, Cấp xã).")
    agency_ids = fields.Many2many('tthc.agency', 'tthc_procedure_agency_rel', 'procedure_id',
                                  'agency_id', string='Implementing Agencies',
                                  help="The agencies of this province that implement the "
                                       "procedure (a commune procedure: every commune).")
    level = fields.Selection(LEVELS, index=True, compute='_compute_level',
                             inverse='_inverse_level', store=True, track_visibility='onchange',
                             help="The first provincial level of the procedure's levels (former "
                                  "single level, kept for the readers not yet moved).")
    agency_id = fields.Many2one('tthc.agency', string='Implementing Agency', index=True,
                                ondelete='restrict', compute='_compute_agency_id',
                                inverse='_inverse_agency_id', store=True,
                                track_visibility='onchange',
                                help="The first of the implementing agencies (former single "
                                     "agency, kept for the readers not yet moved).")
    field_national_code = fields.Char(related='field_id.national_code', readonly=True,
                                      string='National Field Code')
    one_stop_type = fields.Selection(ONE_STOP_TYPES, string='One-stop Type', required=True,
                                     default='one_stop', track_visibility='onchange')
    processing_days = fields.Float(string='Processing Time (working days)',
                                   compute='_compute_processing_days',
                                   inverse='_inverse_processing_days', store=True,
                                   track_visibility='onchange',
                                   help="Legal processing time in working days, from the "
                                        "times: the in-person time of the procedure (no case), "
                                        "else the shortest time in working days; fractions "
                                        "such as 0.5 are allowed. Written, it sets the "
                                        "in-person time.")
    case_ids = fields.One2many('tthc.procedure.case', 'procedure_id', string='Cases', copy=True)
    time_ids = fields.One2many('tthc.procedure.time', 'procedure_id', string='Processing Times',
                               copy=True)
    fee_ids = fields.One2many('tthc.procedure.fee', 'procedure_id', string='Fees', copy=True)
    import_origin = fields.Selection(
        [('national_xlsx', 'National database export'), ('portal_json', 'National portal')],
        string='Imported From', readonly=True, copy=False,
        help="The kind of file the procedure was last imported from: a newer file of that "
             "kind that no longer publishes it reports it for the yearly review.")
    import_catalogue = fields.Char(
        string='Imported Catalogue', readonly=True, copy=False,
        help="The catalogue (title of the national export) the procedure was last imported "
             "from.")
    time_to_set = fields.Boolean(
        string='Time to Set', compute='_compute_time_to_set', store=True, index=True,
        help="A time is published as \"other\" and the province has not set its own yet: no "
             "dossier can be received on this procedure until it does.")
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
    fees = fields.Text(string='Fees and Charges (text)',
                       help="Former free text of the fees; the structured fees are below.")
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

    @api.depends('code')
    def _compute_code_kind(self):
        for procedure in self:
            procedure.code_kind = code_kind(procedure.code)
            procedure.is_national_code = procedure.code_kind == 'national'

    @api.depends('level_ids.code', 'level_ids.sequence')
    def _compute_level(self):
        provincial = [key for key, _label in LEVELS]
        for procedure in self:
            codes = procedure.level_ids.sorted(lambda level: (level.sequence, level.id)).mapped(
                'code')
            procedure.level = next((code for code in codes if code in provincial), False)

    def _inverse_level(self):
        Level = self.env['tthc.level']
        for procedure in self:
            level = Level.by_code(procedure.level) if procedure.level else Level
            if level and level not in procedure.level_ids:
                procedure.level_ids = [(6, 0, level.ids)] if len(procedure.level_ids) <= 1 \
                    else [(4, level.id)]

    @api.depends('agency_ids')
    def _compute_agency_id(self):
        for procedure in self:
            procedure.agency_id = procedure.agency_ids[:1]

    def _inverse_agency_id(self):
        for procedure in self:
            agency = procedure.agency_id
            if agency and agency not in procedure.agency_ids:
                procedure.agency_ids = [(6, 0, agency.ids)] if len(procedure.agency_ids) <= 1 \
                    else [(4, agency.id)]

    def _working_day_totals(self):
        """{(case, channel): total of the stages} for the times counted in working days."""
        totals, other = {}, set()
        for time in self.time_ids:
            key = (time.case_id.id, time.channel)
            if time.effective_unit != 'working_day':
                other.add(key)
            totals[key] = totals.get(key, 0.0) + time.effective_amount
        return {key: total for key, total in totals.items() if key not in other}

    @api.depends('time_ids.effective_amount', 'time_ids.effective_unit', 'time_ids.channel',
                 'time_ids.case_id')
    def _compute_processing_days(self):
        for procedure in self:
            totals = procedure._working_day_totals()
            procedure.processing_days = totals.get((False, 'direct'), min(
                totals.values() or [0.0]))

    def _inverse_processing_days(self):
        for procedure in self:
            direct = procedure.time_ids.filtered(
                lambda t: not t.case_id and t.channel == 'direct')
            values = {'amount': procedure.processing_days, 'unit': 'working_day',
                      'provincial_amount': 0.0, 'stage': 1}
            if len(direct) == 1:
                direct.write(values)
            else:
                direct.unlink()
                procedure.time_ids = [(0, 0, dict(values, channel='direct'))]

    @api.depends('time_ids.is_to_set')
    def _compute_time_to_set(self):
        for procedure in self:
            procedure.time_to_set = any(procedure.time_ids.mapped('is_to_set'))

    def time_rows(self, channel='direct', case=None):
        """The time rows (stages) that apply to a dossier of this procedure received through
        ``channel`` for ``case``: those of the case, else those published without case; those
        of the channel, else the in-person ones. Ordered by stage."""
        self.ensure_one()
        for case_id in ([case.id] if case else []) + [False]:
            rows = self.time_ids.filtered(lambda t: t.case_id.id == case_id)
            if not rows:
                continue
            for wanted in (channel, 'direct'):
                chosen = rows.filtered(lambda t: t.channel == wanted)
                if chosen:
                    return chosen.sorted(lambda t: (t.stage, t.id))
            return rows.filtered(lambda t: t.channel == rows[0].channel).sorted(
                lambda t: (t.stage, t.id))
        return self.time_ids.browse()

    @api.multi
    def action_assign_level_agencies(self):
        """Implemented by every active agency of its levels (a commune procedure by every
        commune), added to the agencies already set."""
        for procedure in self:
            codes = [code for code in procedure.level_ids.mapped('code')
                     if code in dict(LEVELS)]
            if not codes:
                raise UserError(_(
                    "Procedure %s has no provincial level (province, district or commune): "
                    "set its levels first.") % procedure.code)
            agencies = self.env['tthc.agency'].search([('level', 'in', codes)])
            procedure.agency_ids = [(4, agency.id) for agency in agencies]
        return True

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
            if not code_kind(procedure.code):
                raise ValidationError(_(
                    "Procedure code %r is not in the national format d.dddddd (e.g. 1.004227), "
                    "nor a local code d.dddddd.XXX (e.g. 1.012753.H19), nor a legacy code "
                    "(e.g. T-LSN-287630-TT).") % procedure.code)

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

    @api.model
    def create(self, vals):
        procedure = super(TthcProcedure, self).create(vals)
        if vals.get('fees') and not vals.get('fee_ids'):
            procedure._fees_from_text()
        return procedure

    @api.multi
    def write(self, vals):
        res = super(TthcProcedure, self).write(vals)
        if vals.get('fees') and 'fee_ids' not in vals:
            self._fees_from_text()
        return res

    def _fees_from_text(self):
        """Structured fees read from the former fee text, for procedures that have none."""
        for procedure in self.filtered(lambda p: p.fees and not p.fee_ids):
            procedure.fee_ids = [(0, 0, dict(fee, sequence=number)) for number, fee in
                                 enumerate(parse_fee_text(procedure.fees), start=1)]

    @api.multi
    def name_get(self):
        return [(procedure.id, '[%s] %s' % (procedure.code, procedure.name)) for procedure in self]

    @api.model
    def name_search(self, name='', args=None, operator='ilike', limit=100):
        args = list(args or [])
        if name:
            args = ['|', ('code', '=ilike', name + '%'), ('name', operator, name)] + args
        return self.search(args, limit=limit).name_get()

    @api.model
    def receivable_domain(self, agency):
        """The procedures a dossier may be received for at ``agency``: those it implements,
        itself or through an agency above it (a unit of a department receives the
        department's procedures). The one place that says so: reception offers and accepts
        exactly these (reception on behalf of other agencies extends it here)."""
        if not agency:
            return [('id', '=', 0)]
        above = self.env['tthc.agency'].with_context(active_test=False).search(
            [('id', 'parent_of', agency.ids)])
        # published for the agency's level, with an internal procedure that applies there
        # (one approved for the province covers every commune of a commune procedure): a
        # commune procedure is not received at a department
        internal = self.env['tthc.internal.procedure'].search([
            ('state', '=', 'approved'), '|', ('agency_id', 'in', above.ids),
            ('level_id.code', '=', agency.level)])
        return ['|', ('agency_ids', 'in', above.ids),
                '&', ('level_ids.code', '=', agency.level),
                ('id', 'in', internal.mapped('procedure_id').ids)]

    def check_receivable(self, agency):
        """Refuse, saying why, a procedure ``agency`` does not implement."""
        for procedure in self:
            if not self.search_count(self.receivable_domain(agency)
                                     + [('id', '=', procedure.id)]):
                raise UserError(_(
                    "%s does not implement procedure %s: a dossier of it cannot be received "
                    "there. Choose a procedure of this agency, or the agency that implements "
                    "it.") % (agency.display_name, procedure.code))
        return True

    def national_values(self):
        """This procedure as the national layout holds it (see engine.catalog_import)."""
        self.ensure_one()
        cases = {case.id: case.code or case.name for case in self.case_ids}
        return {
            'code': self.code, 'name': self.name, 'link': '',
            'decision_number': self.decision_number or '',
            'decision_date': fields.Date.from_string(self.decision_date)
            if self.decision_date else None,
            'field_name': self.field_id.name, 'levels': self.level_ids.mapped('code'),
            'agency_names': self.agency_ids.mapped('name'), 'state': self.state,
            'description': '',
            'cases': [{'code': case.code or '', 'name': case.name} for case in self.case_ids],
            'times': [{'case': cases.get(time.case_id.id), 'channel': time.channel,
                       'stage': time.stage, 'amount': time.amount, 'unit': time.unit,
                       'text': time.published_text or '', 'description': time.description or ''}
                      for time in self.time_ids],
            'fees': [{'channel': fee.channel or None, 'kind': fee.kind, 'amount': fee.amount,
                      'description': fee.description or ''} for fee in self.fee_ids],
        }

    def approved_internal_procedure(self, agency, case=None):
        """The internal procedure that a dossier of this procedure (and ``case``) received at
        ``agency`` follows now, or an empty recordset. An internal procedure approved for an
        agency also applies to the agencies below it (one version for all communes of a
        district, say), one approved for a whole level to every agency of that level; the
        closest agency wins, then the level; a version for the case before one for every
        case."""
        self.ensure_one()
        candidates = self.env['tthc.internal.procedure'].search([
            ('procedure_id', '=', self.id), ('state', '=', 'approved'),
            ('case_id', 'in', [case.id, False] if case else [False]),
            '|', ('agency_id', 'parent_of', agency.id), ('level_id.code', '=', agency.level)])
        for scope in (candidates.filtered('case_id'), candidates.filtered(
                lambda ip: not ip.case_id)):
            current = agency
            while current and scope:
                own = scope.filtered(lambda ip: ip.agency_id == current)
                if own:
                    return own[:1]
                current = current.parent_id
            level_wide = scope.filtered(lambda ip: ip.level_id.code == agency.level)
            if level_wide:
                return level_wide[:1]
        return candidates.browse()

    def shortest_working_days(self, case=None, reference=None):
        """The shortest time that applies to ``case`` (else the times of every case), over the
        channels, in working days: stages added; calendar days converted on the working
        calendar from ``reference`` (a date; today by default), the end moved to the next
        working day when it falls on a non-working one; hours at 8 a day; "at receipt" 0.
        Returns (days or None when no time is set, an explanation for the messages)."""
        self.ensure_one()
        reference = reference or fields.Date.from_string(fields.Date.context_today(self))
        engine = self.env['tthc.working.calendar'].engine()
        units = dict(self.env['tthc.procedure.time']._fields['unit']._description_selection(
            self.env))
        channels = dict(self.env['tthc.procedure.time']._fields['channel']
                        ._description_selection(self.env))
        totals, parts = {}, []
        for channel in ('direct', 'online', 'postal'):
            rows = self.time_rows(channel, case)
            if not rows or rows[0].channel != channel or any(rows.mapped('is_to_set')):
                continue
            days, words = 0.0, []
            for row in rows:
                amount, unit = row.effective_amount, row.effective_unit
                if unit == 'day':
                    converted = _calendar_to_working_days(engine, reference, amount)
                    words.append(_("%s calendar days = %s working days from %s") % (
                        '%g' % amount, '%g' % converted, reference.strftime('%d/%m/%Y')))
                    days += converted
                elif unit == 'hour':
                    days += amount / 8.0
                    words.append('%g %s' % (amount, units['hour']))
                elif unit == 'working_day':
                    days += amount
                    words.append('%g %s' % (amount, units['working_day']))
                else:
                    words.append(units[unit])
            totals[channel] = days
            parts.append('%s: %s' % (channels[channel], ' + '.join(words)))
        if not totals:
            return None, ''
        return min(totals.values()), '; '.join(parts)

    @api.model
    def coverage_by_level(self, domain=None):
        """Per level, as the province counts: procedures in force under one-stop published
        for that level (a procedure of two levels counts in both), and how many have an
        approved internal procedure there (for an agency of that level, or for the whole
        level). {level code: (procedures, covered)}."""
        procedures = self.search([('state', 'in', ('in_force', 'amended')),
                                  ('one_stop_type', '!=', 'none')] + list(domain or []))
        approved = self.env['tthc.internal.procedure'].search([
            ('procedure_id', 'in', procedures.ids), ('state', '=', 'approved')])
        covered = {}
        for internal in approved:
            level = internal.level_id.code or internal.agency_id.level
            covered.setdefault(level, set()).add(internal.procedure_id.id)
        result = {}
        for level in self.env['tthc.level'].search([]):
            published = procedures.filtered(lambda p: level in p.level_ids)
            result[level.code] = (len(published), len(published.filtered(
                lambda p: p.id in covered.get(level.code, ()))))
        return result
