# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The citizen's lookup of a dossier (the public page /tthc/lookup): dossier code and the
lookup code printed on the receipt, throttled by tthc.lookup.attempt."""
import hmac
import re

from odoo import _, api, models

from odoo.addons.tthc_catalog.engine.dates import DMY

from ..engine.lookup_code import normalise_secret
from .tthc_lookup_attempt import LEGACY_SECRET

CODE_PATTERN = re.compile(r'^[A-Za-z0-9.\-]{1,64}$')


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
            'due': calendar.format_local(due, DMY),
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
