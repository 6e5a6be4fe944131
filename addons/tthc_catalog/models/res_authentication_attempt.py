# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import timedelta

from odoo import api, fields, models

WINDOW_MINUTES = 15


class ResAuthenticationAttempt(models.Model):
    """OCA ``auth_brute_force`` records every authentication attempt (web login, JSON-RPC,
    XML-RPC ``common`` and ``object`` services) and refuses an address after too many
    failures. Two changes for the suite: failures count only within a sliding window
    (``auth_brute_force.window_minutes``, 15 by default), so that an office behind one
    address is not locked out for ever by a mistyping colleague or a guesser; and the
    address is never sent to an outside geolocation service (Decree 13/2023)."""
    _inherit = 'res.authentication.attempt'

    @api.model
    def _hits_limit(self, limit, remote, login=None):
        minutes = int(self.env['ir.config_parameter'].sudo().get_param(
            'auth_brute_force.window_minutes', WINDOW_MINUTES))
        since = fields.Datetime.to_string(
            fields.Datetime.from_string(fields.Datetime.now()) - timedelta(minutes=minutes))
        domain = [('remote', '=', remote), ('create_date', '>=', since)]
        if login is not None:
            domain.append(('login', '=', login))
        last_ok = self.search(domain + [('result', '=', 'successful')],
                              order='create_date desc, id desc', limit=1)
        if last_ok:
            domain.append(('id', '>', last_ok.id))
        return self.search_count(domain + [('result', '!=', 'successful')]) >= limit

    @api.multi
    def _compute_metadata(self):
        for attempt in self:
            attempt.remote_metadata = False
