# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The working calendar of the province as the deadline engine sees it: holidays and swapped
working days from ``tthc.holiday``, working hours and the afternoon cut-off from the settings.
Datetimes in and out are Odoo's (UTC, naive); the engine works in the province's local time."""
from datetime import time

import pytz

from odoo import api, fields, models, tools

from ..engine.deadline import WorkingCalendar

TIMEZONE = 'Asia/Ho_Chi_Minh'
PARAMS = {
    'morning_start': ('tthc_catalog.morning_start', 7.5),
    'morning_end': ('tthc_catalog.morning_end', 11.5),
    'afternoon_start': ('tthc_catalog.afternoon_start', 13.0),
    'afternoon_end': ('tthc_catalog.afternoon_end', 17.0),
    'cutoff': ('tthc_catalog.cutoff', 15.0),
}


def float_to_time(value):
    minutes = int(round(value * 60))
    return time(minutes // 60, minutes % 60)


class TthcWorkingCalendar(models.AbstractModel):
    _name = 'tthc.working.calendar'
    _description = 'Working Calendar'

    @api.model
    def _setting(self, key):
        name, default = PARAMS[key]
        value = self.env['ir.config_parameter'].sudo().get_param(name)
        return float(value) if value not in (None, False, '') else default

    @api.model
    def engine(self):
        """A ``WorkingCalendar`` loaded with the current calendar and settings. Built once
        and kept until the registry's caches are cleared: by any change of the calendar
        (``tthc.holiday``) or of a setting (``ir.config_parameter.set_param``)."""
        return self._cached_engine()

    @tools.ormcache()
    def _cached_engine(self):
        days = self.env['tthc.holiday'].sudo().search_read([], ['date', 'kind'])
        cutoff = self._setting('cutoff')
        return WorkingCalendar(
            holidays=[fields.Date.from_string(d['date']) for d in days if d['kind'] == 'holiday'],
            working_days=[fields.Date.from_string(d['date']) for d in days
                          if d['kind'] == 'working_day'],
            intervals=((float_to_time(self._setting('morning_start')),
                        float_to_time(self._setting('morning_end'))),
                       (float_to_time(self._setting('afternoon_start')),
                        float_to_time(self._setting('afternoon_end')))),
            cutoff=float_to_time(cutoff) if cutoff else None)

    @api.model
    def to_local(self, value):
        """Odoo datetime (UTC string or datetime) -> naive local datetime."""
        if not value:
            return None
        if isinstance(value, str):
            value = fields.Datetime.from_string(value)
        return pytz.utc.localize(value).astimezone(pytz.timezone(TIMEZONE)).replace(tzinfo=None)

    @api.model
    def to_utc(self, value):
        """Naive local datetime -> Odoo datetime string (UTC)."""
        if not value:
            return False
        local = pytz.timezone(TIMEZONE).localize(value)
        return fields.Datetime.to_string(local.astimezone(pytz.utc).replace(tzinfo=None))

    @api.model
    def deadline(self, received_at, days, pauses=(), restart_at=None):
        """Return date (UTC string) of something received at ``received_at`` (UTC) with
        ``days`` working days, the clock stopped during ``pauses`` [(start, end)] (UTC) and
        restarted at ``restart_at`` (UTC) if given (see the engine)."""
        local = self.engine().deadline(
            self.to_local(received_at), days,
            [(self.to_local(start), self.to_local(end)) for start, end in pauses],
            restart_at=self.to_local(restart_at))
        return self.to_utc(local)

    @api.model
    def add_working_days(self, start, days):
        """The moment ``days`` working days (fractions = working hours) after ``start``
        (UTC), with no next-day rule: a step's due moment from its hand-over. 0 days means
        within the working day: its close."""
        return self.to_utc(self.engine().add_working_days(self.to_local(start), days))

    @api.model
    def classify(self, finished_at, due_at):
        """'early', 'on_time' or 'late' for a finish against a due moment (both UTC)."""
        return self.engine().classify(self.to_local(finished_at), self.to_local(due_at))
