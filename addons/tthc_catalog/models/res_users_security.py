import logging

from odoo import _, api, models
from odoo.exceptions import AccessDenied
from odoo.tools import config

_logger = logging.getLogger(__name__)

# `tthc_staff_security = strict` in the server's configuration (config/odoo.prod.conf) turns
# these on at every start; the demo and the tests run without it (their users log in with
# login = password and no second factor).
STRICT_PASSWORD_POLICY = {
    'password_length': 12, 'password_lower': 1, 'password_upper': 1, 'password_numeric': 1,
    'password_special': 1, 'password_expiration': 90, 'password_history': 5,
    'password_minimum': 1,
}
STRICT_SESSION_TIMEOUT = '1800'  # seconds without a request
# who must use a second factor: leaders (and so controllers and administrators, whose groups
# imply it) and Odoo's own administrators
MFA_GROUPS = ('tthc_catalog.group_tthc_leader', 'base.group_erp_manager', 'base.group_system')


def strict():
    return (config.get('tthc_staff_security') or '').strip().lower() == 'strict'


class MfaRequired(AccessDenied):
    """Refused: the user's role requires two-factor authentication, not set up yet."""


class ResUsers(models.Model):
    _inherit = 'res.users'

    @api.model_cr
    def _register_hook(self):
        super(ResUsers, self)._register_hook()
        if strict():
            self._tthc_apply_strict_policy()

    @api.model
    def _tthc_apply_strict_policy(self):
        """The production policy: passwords (OCA password_security), session timeout (OCA
        auth_session_timeout). Written only when different, so a start writes nothing once
        it is in place."""
        env = self.env(user=1)
        companies = env['res.company'].search([])
        for company in companies:
            changes = {name: value for name, value in STRICT_PASSWORD_POLICY.items()
                       if company[name] != value}
            if changes:
                company.write(changes)
        Params = env['ir.config_parameter']
        if Params.get_param('inactive_session_time_out_delay') != STRICT_SESSION_TIMEOUT:
            Params.set_param('inactive_session_time_out_delay', STRICT_SESSION_TIMEOUT)
        _logger.info("strict staff security: password policy, %s s session timeout, second "
                     "factor for %s", STRICT_SESSION_TIMEOUT, ', '.join(MFA_GROUPS))

    def _tthc_mfa_required(self):
        self.ensure_one()
        return strict() and any(self.has_group(group) for group in MFA_GROUPS)

    @api.model
    def check_credentials(self, password):
        super(ResUsers, self).check_credentials(password)
        user = self.env.user
        if not user.mfa_enabled and user._tthc_mfa_required():
            _logger.warning("login refused to %s: two-factor authentication required",
                            user.login)
            raise MfaRequired(_("Your role requires two-factor authentication: enrol an "
                                "authenticator app first (see SECURITY.md)."))
