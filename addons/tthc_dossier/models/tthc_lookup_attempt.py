# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import timedelta

from odoo import api, fields, models

WINDOW = timedelta(minutes=15)
MAX_FAILURES = 10  # per address, and per dossier code, within the window


class TthcLookupAttempt(models.Model):
    """A failed public lookup, kept for the window of the rate limit: guessing a lookup code
    is throttled per address and per dossier code (so many addresses cannot share the work)."""
    _name = 'tthc.lookup.attempt'
    _description = 'Failed Dossier Lookup'
    _log_access = False

    address = fields.Char(index=True)
    code = fields.Char(index=True)
    attempted_at = fields.Datetime(required=True, index=True)

    @api.model
    def throttled(self, address, code):
        since = fields.Datetime.to_string(fields.Datetime.from_string(fields.Datetime.now())
                                          - WINDOW)
        return any(self.search_count([(key, '=', value), ('attempted_at', '>=', since)])
                   >= MAX_FAILURES for key, value in (('address', address), ('code', code)))

    @api.model
    def record(self, address, code):
        self.create({'address': address, 'code': code, 'attempted_at': fields.Datetime.now()})

    @api.model
    def _gc(self):
        """Scheduled: forget attempts older than the window."""
        since = fields.Datetime.to_string(fields.Datetime.from_string(fields.Datetime.now())
                                          - WINDOW)
        self.search([('attempted_at', '<', since)]).unlink()
