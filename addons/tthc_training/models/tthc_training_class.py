# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

STATES = [
    ('draft', 'Draft'),
    ('open', 'Open'),
    ('done', 'Done'),
    ('cancel', 'Cancelled'),
]


class TthcTrainingClass(models.Model):
    """The yearly training class for focal officers, with its sessions and attendees."""
    _name = 'tthc.training.class'
    _description = 'Training Class'
    _inherit = ['mail.thread']
    _order = 'year desc, date_start desc, id desc'

    name = fields.Char(required=True, track_visibility='onchange')
    year = fields.Char(required=True, size=4, track_visibility='onchange',
                       default=lambda self: fields.Date.context_today(self)[:4])
    topic_ids = fields.Many2many('tthc.training.topic', string='Topics')
    state = fields.Selection(STATES, required=True, default='draft', readonly=True,
                             track_visibility='onchange')
    description = fields.Text()
    session_ids = fields.One2many('tthc.training.session', 'class_id', string='Sessions',
                                  copy=True)
    attendee_ids = fields.One2many('tthc.training.attendee', 'class_id', string='Attendees')
    date_start = fields.Date(compute='_compute_dates', store=True)
    date_end = fields.Date(compute='_compute_dates', store=True)
    attendee_count = fields.Integer(compute='_compute_counts')
    passed_count = fields.Integer(compute='_compute_counts')

    @api.depends('session_ids.date')
    def _compute_dates(self):
        for training in self:
            dates = training.session_ids.mapped('date')
            training.date_start = min(dates) if dates else False
            training.date_end = max(dates) if dates else False

    @api.depends('attendee_ids.result')
    def _compute_counts(self):
        for training in self:
            training.attendee_count = len(training.attendee_ids)
            training.passed_count = len(training.attendee_ids.filtered(
                lambda a: a.result == 'passed'))

    @api.constrains('year')
    def _check_year(self):
        for training in self:
            if not (training.year.isdigit() and len(training.year) == 4):
                raise ValidationError(_("The year has four digits, e.g. 2026."))

    @api.multi
    def action_invite_focal_officers(self):
        """Invite every current focal officer (main or deputy) who is not trained yet: no
        passed class within the coverage window before the class starts."""
        Assignment = self.env['tthc.focal.assignment']
        months = self.env['tthc.focal.statistics']._setting('coverage_months')
        for training in self:
            day = training.date_start or fields.Date.context_today(self)
            assignments = Assignment.search([
                ('date_from', '<=', day), '|', ('date_to', '=', False), ('date_to', '>=', day)],
                order='role, agency_id')
            invited = training.attendee_ids.mapped('employee_id')
            untrained = assignments.mapped('employee_id')._tthc_untrained(day, months)
            lines = []
            for assignment in assignments:
                employee = assignment.employee_id
                if employee in invited or employee not in untrained:
                    continue
                lines.append((0, 0, {'employee_id': employee.id,
                                     'agency_id': assignment.agency_id.id}))
                invited |= employee
            training.write({'attendee_ids': lines})
        return True

    @api.multi
    def action_open(self):
        self.write({'state': 'open'})

    @api.multi
    def action_done(self):
        if self.mapped('attendee_ids').filtered(lambda a: a.result == 'pending'):
            raise UserError(_("Give every attendee a result before closing the class."))
        self.write({'state': 'done'})

    @api.multi
    def action_cancel(self):
        self.write({'state': 'cancel'})

    @api.multi
    def action_draft(self):
        self.write({'state': 'draft'})
