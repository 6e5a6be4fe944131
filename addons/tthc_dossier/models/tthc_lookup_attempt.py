# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import hmac
import re
from datetime import timedelta

from odoo import _, api, fields, models

from ..engine.lookup_code import normalise_secret

CODE_PATTERN = re.compile(r'^[A-Za-z0-9.\-]{1,64}$')
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


class TthcDossier(models.Model):
    _inherit = 'tthc.dossier'

    @api.model
    def _public_lookup(self, code, secret, address):
        """What the public page shows. Any wrong code or lookup code gets the same answer.
        Private: the controller passes the client's real address, and no RPC caller can
        choose the address its failures are counted against."""
        Attempt = self.env['tthc.lookup.attempt'].sudo()
        code, secret = (code or '').strip()[:64], normalise_secret((secret or '')[:64])
        if not CODE_PATTERN.match(code):
            code = ''  # nothing of a malformed code reaches the database
        dossier = self.sudo().search([('code', '=', code)], limit=1) if code else self.browse()
        legacy = bool(dossier) and bool(LEGACY_SECRET.match(dossier.lookup_secret or ''))
        if Attempt.throttled(address, code, legacy=legacy):
            return {'message': _("Too many attempts. Please try again in 15 minutes.")}
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

    @api.multi
    def receipt_lookup_code(self):
        """The lookup code for the receipt, to those allowed to read it only (the field's
        groups): anyone else who prints the receipt gets an empty string."""
        self.ensure_one()
        groups = self._fields['lookup_secret'].groups
        if groups and not self.user_has_groups(groups):
            return ''
        self.check_access_rule('read')
        return self.sudo().lookup_secret or ''
