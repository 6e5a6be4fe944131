# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import datetime
from collections import defaultdict

from odoo import api, fields, models

from ..engine.coverage import coverage
from ..engine.turnover import Period, yearly_turnover

# Settings kept in ir.config_parameter: key -> (parameter name, default, type)
PARAMS = {
    'turnover_threshold': ('tthc_training.turnover_threshold', 100.0, float),
    'coverage_months': ('tthc_training.coverage_months', 12, int),
}


class TthcFocalStatistics(models.Model):
    """Turnover and training coverage of each agency per year, stored so that they can be
    grouped, graphed and exported. Rebuilt from the assignments and training records by
    ``_refresh`` (on every change of those and every night, for the current year's
    coverage moves with the date); the arithmetic lives in ``engine/``."""
    _name = 'tthc.focal.statistics'
    _description = 'Focal Officer Statistics'
    _order = 'year desc, agency_id'
    _rec_name = 'agency_id'

    agency_id = fields.Many2one('tthc.agency', required=True, index=True, ondelete='cascade',
                                readonly=True)
    year = fields.Char(required=True, size=4, index=True, readonly=True)
    reference_date = fields.Date(readonly=True,
                                 help="31/12 of the year, or today for the current year.")
    changes = fields.Integer(readonly=True, help="Main focal officer assignments ended in the "
                                                 "year and followed by another one.")
    average_tenure_days = fields.Float(string='Average Tenure (days)', digits=(16, 1),
                                       group_operator='avg', readonly=True)
    average_posts = fields.Float(digits=(16, 4), readonly=True,
                                 help="Share of the year's days with a main focal officer.")
    turnover_rate = fields.Float(string='Turnover Rate (%)', digits=(16, 2),
                                 group_operator='avg', readonly=True,
                                 help="Changes ÷ average number of posts × 100, truncated.")
    above_threshold = fields.Boolean(readonly=True)
    officer_count = fields.Integer(string='Focal Officers', readonly=True,
                                   help="Main and deputy focal officers at the reference date.")
    trained_count = fields.Integer(string='Trained Officers', readonly=True)
    coverage_rate = fields.Float(string='Training Coverage (%)', digits=(16, 2),
                                 group_operator='avg', readonly=True)

    _sql_constraints = [
        ('agency_year_unique', 'UNIQUE(agency_id, year)',
         'The statistics of an agency are computed once per year.'),
    ]

    @api.model
    def _setting(self, key):
        name, default, kind = PARAMS[key]
        value = self.env['ir.config_parameter'].sudo().get_param(name)
        return kind(value) if value else default

    @api.model
    def _refresh(self, agencies=None):
        """Rebuild the rows of ``agencies`` (all agencies with assignments if None)."""
        # sudo: these are derived figures, rebuilt whole whoever triggered the change
        Statistics = self.sudo()
        Assignment = Statistics.env['tthc.focal.assignment']
        domain = [('agency_id', 'in', agencies.ids)] if agencies is not None else []
        assignments = Assignment.search(domain)
        if agencies is None:
            agencies = assignments.mapped('agency_id')
        Statistics.search([('agency_id', 'in', agencies.ids)]).unlink()
        today = fields.Date.from_string(fields.Date.context_today(self))
        threshold = self._setting('turnover_threshold')
        months = self._setting('coverage_months')
        training_dates = assignments.mapped('employee_id')._tthc_training_dates()
        by_agency = defaultdict(list)
        for assignment in assignments:
            by_agency[assignment.agency_id.id].append(assignment)
        for agency in agencies:
            held = by_agency[agency.id]
            if not held:
                continue
            periods = [_period(a) for a in held if a.role == 'main']
            for year in range(min(_period(a).date_from.year for a in held), today.year + 1):
                reference = min(datetime.date(year, 12, 31), today)
                figures = yearly_turnover(periods, year, as_of=today)
                officers = {a.employee_id.id: training_dates[a.employee_id.id] for a in held
                            if _serves_on(a, reference)}
                trained, total, rate = coverage(officers, reference, months)
                Statistics.create({
                    'agency_id': agency.id, 'year': str(year),
                    'reference_date': fields.Date.to_string(reference),
                    'changes': figures['changes'],
                    'average_tenure_days': figures['average_tenure_days'] or 0.0,
                    'average_posts': float(figures['average_posts']),
                    'turnover_rate': figures['turnover_rate'] or 0.0,
                    'above_threshold': (figures['turnover_rate'] or 0.0) > threshold,
                    'officer_count': total, 'trained_count': trained,
                    'coverage_rate': rate or 0.0,
                })
        return True

    @api.model
    def _cron_refresh(self):
        return self._refresh()


def _period(assignment):
    return Period(fields.Date.from_string(assignment.date_from),
                  fields.Date.from_string(assignment.date_to) if assignment.date_to else None)


def _serves_on(assignment, day):
    period = _period(assignment)
    return period.date_from <= day and (not period.date_to or period.date_to >= day)
