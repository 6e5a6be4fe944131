# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..engine.vn_calendar import vietnam_year

KINDS = [
    ('holiday', 'Day off'),
    ('working_day', 'Swapped working day'),
]


class TthcHoliday(models.Model):
    """A day that breaks the Monday-Friday rule: a public holiday (or a bridge day off), or a
    weekend day that civil servants work in exchange. The deadline engine reads these."""
    _name = 'tthc.holiday'
    _description = 'Holiday or Swapped Working Day'
    _order = 'date'

    date = fields.Date(required=True, index=True)
    name = fields.Char(required=True)
    kind = fields.Selection(KINDS, required=True, default='holiday')
    year = fields.Integer(compute='_compute_year', store=True, index=True)
    note = fields.Char(help="E.g. the notice of the Prime Minister that fixed the day.")

    _sql_constraints = [
        ('date_unique', 'UNIQUE(date)', 'This date is already in the working calendar.'),
    ]

    @api.model
    def create(self, vals):
        self.clear_caches()  # the deadline engine is cached (tthc.working.calendar)
        return super(TthcHoliday, self).create(vals)

    @api.multi
    def write(self, vals):
        self.clear_caches()
        return super(TthcHoliday, self).write(vals)

    @api.multi
    def unlink(self):
        self.clear_caches()
        return super(TthcHoliday, self).unlink()

    @api.depends('date')
    def _compute_year(self):
        for day in self:
            day.year = fields.Date.from_string(day.date).year if day.date else 0

    @api.constrains('date', 'kind')
    def _check_kind(self):
        for day in self:
            weekday = fields.Date.from_string(day.date).weekday()
            if day.kind == 'working_day' and weekday < 5:
                raise ValidationError(_(
                    "%s is a weekday: only a Saturday or Sunday can be a swapped working day.")
                    % day.date)

    @api.model
    def generate_year(self, year, replace=False):
        """Record the days off and swapped working days of ``year`` computed from the Labour
        Code; days already recorded (adjusted by hand) are kept unless ``replace``."""
        try:
            days = vietnam_year(year, language='vi')
        except ValueError as error:
            raise UserError(_("Cannot compute the calendar of %s: %s") % (year, error))
        existing = self.search([('year', '=', year)])
        if replace:
            existing.unlink()
            existing = self.browse()
        known = set(existing.mapped('date'))
        created = self.browse()
        for day, name, kind in days:
            date = fields.Date.to_string(day)
            if date not in known:
                created |= self.create({'date': date, 'name': name, 'kind': kind})
        return created

    @api.model
    def _seed_years(self, first=None, last=None):
        """The years from ``first`` to ``last`` where nothing is recorded; at installation
        (no bounds) last year, this year and the next."""
        this_year = fields.Date.from_string(fields.Date.today()).year
        for year in range(first or this_year - 1, (last or this_year + 1) + 1):
            if not self.search_count([('year', '=', year)]):
                self.generate_year(year)
