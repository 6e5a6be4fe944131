# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The citizen's lookup of a dossier (the public page /tthc/lookup): dossier code and the
lookup code printed on the receipt, throttled by tthc.lookup.attempt."""
import hmac
import re

from odoo import _, api, models

from odoo.addons.tthc_catalog.engine.dates import DMY

CODE_PATTERN = re.compile(r'^[A-Za-z0-9.\-]{1,64}$')


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
            'due': calendar.format_local(due, DMY),
        }}
