# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import hmac
import re
from datetime import timedelta

from odoo import _, api, fields, models

CODE_PATTERN = re.compile(r'^[A-Za-z0-9.\-]{1,64}$')
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


class TthcDossier(models.Model):
    _inherit = 'tthc.dossier'

    @api.model
    def public_lookup(self, code, secret, address):
        """What the public page shows. Any wrong code or lookup code gets the same answer."""
        Attempt = self.env['tthc.lookup.attempt'].sudo()
        code, secret = (code or '').strip()[:64], (secret or '').strip()[:64]
        if not CODE_PATTERN.match(code):
            code = ''  # nothing of a malformed code reaches the database
        if Attempt.throttled(address, code):
            return {'message': _("Too many attempts. Please try again in 15 minutes.")}
        dossier = self.sudo().search([('code', '=', code)], limit=1) if code else self.browse()
        if not dossier or not hmac.compare_digest(dossier.lookup_secret or '', secret):
            Attempt.record(address, code)
            return {'message': _("No dossier matches this code and lookup code.")}
        calendar = self.env['tthc.working.calendar']
        due = dossier.apology_due_at or dossier.due_at
        return {'result': {
            'code': dossier.code,
            'procedure': dossier.procedure_id.name,
            'state': dossier._state_label(),
            'step': dossier.step_id.name if dossier.state in ('received', 'processing',
                                                              'done') else '',
            'due': calendar.to_local(due).strftime('%d/%m/%Y') if due else '',
        }}
