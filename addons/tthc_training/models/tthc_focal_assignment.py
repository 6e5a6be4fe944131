# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.tthc_catalog.engine.dates import dmy

ROLES = [
    ('main', 'Main'),
    ('deputy', 'Deputy'),
]
END_REASONS = [
    ('transfer', 'Transfer'),
    ('retirement', 'Retirement'),
    ('promotion', 'Promotion'),
    ('other', 'Other'),
]
# Open-ended assignments compare as if they ended on this day.
FAR_FUTURE = '9999-12-31'


class TthcFocalAssignment(models.Model):
    """An employee serving as the focal officer (công chức đầu mối) of TTHC control in an
    agency for a period. Periods are never deleted, only closed or archived: the turnover
    statistics are computed from this history."""
    _name = 'tthc.focal.assignment'
    _description = 'Focal Officer Assignment'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _order = 'date_from desc, id desc'

    name = fields.Char(compute='_compute_name', store=True)
    agency_id = fields.Many2one('tthc.agency', required=True, index=True, ondelete='restrict',
                                track_visibility='onchange')
    employee_id = fields.Many2one('hr.employee', required=True, index=True,
                                  ondelete='restrict', track_visibility='onchange')
    user_id = fields.Many2one(related='employee_id.user_id', store=True, readonly=True,
                              string='User')
    role = fields.Selection(ROLES, required=True, default='main', track_visibility='onchange')
    date_from = fields.Date(required=True, default=fields.Date.context_today,
                            track_visibility='onchange')
    date_to = fields.Date(track_visibility='onchange',
                          help="Last day in office; leave empty while the officer serves.")
    end_reason = fields.Selection(END_REASONS, track_visibility='onchange')
    note = fields.Text()
    active = fields.Boolean(default=True, track_visibility='onchange',
                            help="Archive an assignment entered by mistake; a finished one "
                                 "gets an end date instead, so that turnover counts it.")
    is_current = fields.Boolean(compute='_compute_is_current', search='_search_is_current')
    tenure_days = fields.Integer(compute='_compute_tenure_days',
                                 help="Days in office, both ends counted, until today for a "
                                      "current officer.")
    last_training_date = fields.Date(related='employee_id.tthc_last_training_date',
                                     readonly=True)
    training_needed = fields.Boolean(related='employee_id.tthc_training_needed', readonly=True)

    @api.multi
    def name_get(self):
        """In the reader's language: the stored name keeps the creator's (it is for search)."""
        roles = dict(self._fields['role']._description_selection(self.env))
        return [(assignment.id, '%s - %s (%s)' % (
            assignment.employee_id.name or '', assignment.agency_id.name or '',
            roles.get(assignment.role, ''))) for assignment in self]

    @api.depends('employee_id.name', 'agency_id.name', 'role')
    def _compute_name(self):
        roles = dict(self._fields['role']._description_selection(self.env))
        for assignment in self:
            assignment.name = '%s - %s (%s)' % (assignment.employee_id.name or '',
                                                assignment.agency_id.name or '',
                                                roles.get(assignment.role, ''))

    def _compute_is_current(self):
        today = fields.Date.context_today(self)
        for assignment in self:
            assignment.is_current = bool(assignment.date_from) and (
                assignment.date_from <= today) and (
                not assignment.date_to or assignment.date_to >= today)

    def _search_is_current(self, operator, value):
        today = fields.Date.context_today(self)
        domain = ['&', ('date_from', '<=', today),
                  '|', ('date_to', '=', False), ('date_to', '>=', today)]
        if (operator == '=') != bool(value):
            domain = ['!'] + domain
        return domain

    def _compute_tenure_days(self):
        today = fields.Date.from_string(fields.Date.context_today(self))
        for assignment in self:
            start = fields.Date.from_string(assignment.date_from)
            end = fields.Date.from_string(assignment.date_to) if assignment.date_to else today
            assignment.tenure_days = max((end - start).days + 1, 0) if start else 0

    @api.constrains('date_from', 'date_to')
    def _check_dates(self):
        for assignment in self:
            if assignment.date_to and assignment.date_to < assignment.date_from:
                raise ValidationError(_("An assignment cannot end before it starts."))

    @api.constrains('agency_id', 'role', 'date_from', 'date_to', 'active')
    def _check_one_main_officer(self):
        # sudo: the overlapping assignment may be one the current user cannot read
        Assignment = self.sudo()
        for assignment in self.filtered(lambda a: a.role == 'main' and a.active):
            overlap = Assignment.search([
                ('id', '!=', assignment.id), ('agency_id', '=', assignment.agency_id.id),
                ('role', '=', 'main'),
                ('date_from', '<=', assignment.date_to or FAR_FUTURE),
                '|', ('date_to', '=', False), ('date_to', '>=', assignment.date_from)],
                limit=1)
            if overlap:
                raise ValidationError(_(
                    "%(agency)s already has a main focal officer from %(start)s to %(end)s "
                    "(%(employee)s). End that assignment first: an agency has one main focal "
                    "officer at a time.") % {
                    'agency': assignment.agency_id.name, 'start': dmy(overlap.date_from),
                    'end': dmy(overlap.date_to) or _('now'),
                    'employee': overlap.employee_id.name})

    @api.model
    def create(self, vals):
        assignment = super(TthcFocalAssignment, self).create(vals)
        self.env['tthc.focal.statistics']._refresh(assignment.agency_id)
        return assignment

    @api.multi
    def write(self, vals):
        ending = self.filtered(lambda a: not a.date_to) if vals.get('date_to') else self.browse()
        agencies = self.mapped('agency_id')
        result = super(TthcFocalAssignment, self).write(vals)
        ending._notify_end()
        self.env['tthc.focal.statistics']._refresh(agencies | self.mapped('agency_id'))
        return result

    @api.multi
    def unlink(self):
        agencies = self.mapped('agency_id')
        result = super(TthcFocalAssignment, self).unlink()
        self.env['tthc.focal.statistics']._refresh(agencies)
        return result

    @api.multi
    def _notify_end(self):
        """Tell HR (training managers) and the provincial control office that an officer
        left, and give each training manager a to-do: the successor needs the training."""
        managers = self.env.ref('tthc_training.group_tthc_training_manager').users
        controllers = self.env.ref('tthc_catalog.group_tthc_controller').users
        partners = (managers | controllers).filtered(lambda u: not u.share).mapped('partner_id')
        reasons = dict(self._fields['end_reason']._description_selection(self.env))
        model = self.env['ir.model']._get(self._name)
        todo = self.env.ref('mail.mail_activity_data_todo')
        for assignment in self:
            successor = assignment._successor()
            body = _("%(employee)s is no longer focal officer of %(agency)s from %(date)s "
                     "(%(reason)s). %(successor)s needs the TTHC control training.") % {
                'employee': assignment.employee_id.name, 'agency': assignment.agency_id.name,
                'date': dmy(assignment.date_to),
                'reason': reasons.get(assignment.end_reason) or _('no reason given'),
                'successor': successor.employee_id.name or _("The successor")}
            summary = _("Train the successor of %s") % assignment.employee_id.name
            # the to-do's summary is also the message's title (its e-mail subject)
            assignment.message_post(body=body, subject=summary, partner_ids=partners.ids,
                                    subtype='mail.mt_comment')
            for manager in managers:
                self.env['mail.activity'].create({
                    'res_model_id': model.id, 'res_id': assignment.id,
                    'activity_type_id': todo.id, 'user_id': manager.id,
                    'summary': summary, 'date_deadline': fields.Date.context_today(self)})

    @api.multi
    def _successor(self):
        """The next assignment of the same role in the same agency, if already recorded."""
        self.ensure_one()
        return self.sudo().search([
            ('agency_id', '=', self.agency_id.id), ('role', '=', self.role),
            ('date_from', '>', self.date_to)], order='date_from', limit=1)
