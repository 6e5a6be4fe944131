# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

RESULTS = [
    ('pending', 'Pending'),
    ('passed', 'Passed'),
    ('failed', 'Failed'),
    ('absent', 'Absent'),
]


class TthcTrainingAttendee(models.Model):
    """An officer invited to a class: attendance, result and certificate. The officer's
    training record is the list of these lines."""
    _name = 'tthc.training.attendee'
    _description = 'Training Attendee'
    _order = 'year desc, agency_id, employee_id'

    name = fields.Char(compute='_compute_name', store=True)
    class_id = fields.Many2one('tthc.training.class', string='Class', required=True,
                               ondelete='cascade', index=True)
    year = fields.Char(related='class_id.year', store=True, readonly=True)
    employee_id = fields.Many2one('hr.employee', required=True, index=True,
                                  ondelete='restrict')
    user_id = fields.Many2one(related='employee_id.user_id', store=True, readonly=True,
                              string='User')
    agency_id = fields.Many2one('tthc.agency', required=True, index=True, ondelete='restrict',
                                help="The agency whose focal officer attends.")
    result = fields.Selection(RESULTS, required=True, default='pending')
    certificate_number = fields.Char()
    certificate_date = fields.Date()
    training_date = fields.Date(
        compute='_compute_training_date', store=True,
        help="When a passed training counts from: the certificate date, else the last day "
             "of the class.")
    attended_session_ids = fields.Many2many(
        'tthc.training.session', 'tthc_training_attendance_rel', 'attendee_id', 'session_id',
        string='Attended Sessions')
    attended_count = fields.Integer(compute='_compute_attended_count')

    _sql_constraints = [
        ('employee_class_unique', 'UNIQUE(class_id, employee_id)',
         'This officer is already invited to this class.'),
    ]

    @api.depends('employee_id.name', 'class_id.name')
    def _compute_name(self):
        for attendee in self:
            attendee.name = '%s - %s' % (attendee.employee_id.name or '',
                                         attendee.class_id.name or '')

    @api.depends('result', 'certificate_date', 'class_id.date_end')
    def _compute_training_date(self):
        for attendee in self:
            attendee.training_date = attendee.result == 'passed' and (
                attendee.certificate_date or attendee.class_id.date_end)

    @api.depends('attended_session_ids')
    def _compute_attended_count(self):
        for attendee in self:
            attendee.attended_count = len(attendee.attended_session_ids)

    @api.constrains('result', 'certificate_number', 'certificate_date')
    def _check_certificate(self):
        for attendee in self:
            if attendee.result != 'passed' and (attendee.certificate_number
                                                or attendee.certificate_date):
                raise ValidationError(_("Only an officer who passed gets a certificate."))

    @api.model
    def create(self, vals):
        attendee = super(TthcTrainingAttendee, self).create(vals)
        if attendee.result == 'passed':
            self.env['tthc.focal.statistics']._refresh(attendee._agencies())
        return attendee

    @api.multi
    def write(self, vals):
        agencies = self._agencies()
        result = super(TthcTrainingAttendee, self).write(vals)
        if {'result', 'certificate_date', 'agency_id', 'employee_id'} & set(vals):
            self.env['tthc.focal.statistics']._refresh(agencies | self._agencies())
        return result

    @api.multi
    def unlink(self):
        # an invitation can be withdrawn; a result is part of the officer's training record
        if self.filtered(lambda a: a.result != 'pending') and not self.env.user.has_group(
                'tthc_catalog.group_tthc_admin'):
            raise UserError(_("An attendee with a result stays in the training record."))
        agencies = self._agencies()
        result = super(TthcTrainingAttendee, self).unlink()
        self.env['tthc.focal.statistics']._refresh(agencies)
        return result

    @api.multi
    def _agencies(self):
        """Agencies whose coverage depends on these lines: a training counts wherever the
        officer is a focal officer, not only for the agency they attended for."""
        assignments = self.env['tthc.focal.assignment'].sudo().search(
            [('employee_id', 'in', self.mapped('employee_id').ids)])
        return self.mapped('agency_id') | assignments.mapped('agency_id')
