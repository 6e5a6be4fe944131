# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict

from odoo import api, fields, models

from ..engine.coverage import is_trained


class HrEmployee(models.Model):
    _inherit = 'hr.employee'

    tthc_focal_assignment_ids = fields.One2many('tthc.focal.assignment', 'employee_id',
                                                string='Focal Officer Assignments')
    tthc_training_attendee_ids = fields.One2many('tthc.training.attendee', 'employee_id',
                                                 string='Training Record')
    tthc_last_training_date = fields.Date(string='Last TTHC Training',
                                          compute='_compute_tthc_training')
    tthc_training_needed = fields.Boolean(
        string='Needs TTHC Training', compute='_compute_tthc_training',
        search='_search_tthc_training_needed',
        help="A current focal officer with no passed training within the coverage window "
             "(a setting, 12 months by default).")

    def _compute_tthc_training(self):
        today = fields.Date.context_today(self)
        months = self.env['tthc.focal.statistics']._setting('coverage_months')
        dates = self._tthc_training_dates()
        untrained = self._tthc_current_focal_officers(today)._tthc_untrained(today, months, dates)
        for employee in self:
            employee.tthc_last_training_date = fields.Date.to_string(
                max(dates[employee.id])) if dates[employee.id] else False
            employee.tthc_training_needed = employee in untrained

    def _search_tthc_training_needed(self, operator, value):
        today = fields.Date.context_today(self)
        months = self.env['tthc.focal.statistics']._setting('coverage_months')
        current = self.search([])._tthc_current_focal_officers(today)
        untrained = current._tthc_untrained(today, months)
        wanted = (operator == '=') == bool(value)
        return [('id', 'in' if wanted else 'not in', untrained.ids)]

    @api.multi
    def _tthc_current_focal_officers(self, day):
        """Those of these employees who are focal officers on ``day``."""
        assignments = self.env['tthc.focal.assignment'].sudo().search([
            ('employee_id', 'in', self.ids), ('date_from', '<=', day),
            '|', ('date_to', '=', False), ('date_to', '>=', day)])
        return self.browse(assignments.mapped('employee_id').ids)

    @api.multi
    def _tthc_training_dates(self):
        """Dates of the passed trainings of each employee, as a dict id -> [date]."""
        # sudo: the flag and the statistics must not depend on who looks at them
        attendees = self.env['tthc.training.attendee'].sudo().search([
            ('employee_id', 'in', self.ids), ('result', '=', 'passed'),
            ('training_date', '!=', False)])
        dates = defaultdict(list)
        for attendee in attendees:
            dates[attendee.employee_id.id].append(
                fields.Date.from_string(attendee.training_date))
        return dates

    @api.multi
    def _tthc_untrained(self, day, months, dates=None):
        """Those of these employees with no passed training within ``months`` before ``day``
        (their training dates read once for all, or given)."""
        if isinstance(day, str):
            day = fields.Date.from_string(day)
        dates = self._tthc_training_dates() if dates is None else dates
        return self.filtered(lambda employee: not is_trained(dates[employee.id], day, months))
