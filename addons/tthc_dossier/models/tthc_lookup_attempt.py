# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import re
from datetime import timedelta

from odoo import api, fields, models

WINDOW = timedelta(minutes=15)
MAX_FAILURES = 10  # per client address, within the window
# Codes printed before 11.0.1.1.0 have six digits (about 20 bits): they stay valid, and a
# code of that form is also throttled per dossier (many addresses cannot share the work).
# Such a lock-out needs an attack from many addresses; the citizen's own tries count per
# address only. New codes have 50 bits: per-address limits suffice.
LEGACY_SECRET = re.compile(r'^\d{6}$')
MAX_LEGACY_FAILURES = 50  # per dossier code with a six-digit lookup code, within the window


class TthcLookupAttempt(models.Model):
    """A failed public lookup, kept for the window of the rate limit: guessing a lookup code
    is throttled per client address; a six-digit code of before 11.0.1.1.0 also per dossier."""
    _name = 'tthc.lookup.attempt'
    _description = 'Failed Dossier Lookup'
    _log_access = False

    address = fields.Char(index=True)
    code = fields.Char(index=True)
    attempted_at = fields.Datetime(required=True, index=True)

    @api.model
    def throttled(self, address, code, legacy=False):
        since = fields.Datetime.to_string(fields.Datetime.from_string(fields.Datetime.now())
                                          - WINDOW)
        if self.search_count([('address', '=', address), ('attempted_at', '>=', since)]) \
                >= MAX_FAILURES:
            return True
        return legacy and self.search_count([('code', '=', code), ('attempted_at', '>=', since)]) \
            >= MAX_LEGACY_FAILURES

    @api.model
    def record(self, address, code):
        self.create({'address': address, 'code': code, 'attempted_at': fields.Datetime.now()})

    @api.model
    def _gc(self):
        """Scheduled: forget attempts older than the window."""
        since = fields.Datetime.to_string(fields.Datetime.from_string(fields.Datetime.now())
                                          - WINDOW)
        self.search([('attempted_at', '<', since)]).unlink()
