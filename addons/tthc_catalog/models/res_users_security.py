# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import logging
import time

from odoo import _, api, http, models
from odoo.http import request
from odoo.exceptions import AccessDenied
from odoo.tools import config

from odoo.addons.auth_totp.controllers.main import AuthTotp
from odoo.addons.auth_totp.exceptions import MfaLoginNeeded
from odoo.addons.web.controllers.main import Home
from odoo.service import security

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

    def __init__(self):
        super(MfaRequired, self).__init__()
        self.reason = 'mfa_required'


def mfa_required_message():
    return _("Your role requires two-factor authentication: enrol an authenticator app "
             "first (see SECURITY.md).")


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
        try:
            result = super(ResUsers, self).check_credentials(password)
        except MfaLoginNeeded:
            # the password is right: remember it for the second step (TotpLogin below)
            if request:
                request.session['tthc_mfa_pending'] = {
                    'uid': self.env.uid, 'at': time.time(), 'tries': 0}
            raise
        user = self.env.user
        if not user.mfa_enabled and user._tthc_mfa_required():
            _logger.warning("login refused to %s: two-factor authentication required",
                            user.login)
            if request:
                # the login page says why (web_login below)
                request.session['tthc_mfa_required'] = True
            raise MfaRequired()
        return result


class StaffLogin(Home):

    @http.route()
    def web_login(self, *args, **kwargs):
        response = super(StaffLogin, self).web_login(*args, **kwargs)
        if request.session.pop('tthc_mfa_required', False) and hasattr(response, 'qcontext'):
            response.qcontext['error'] = mfa_required_message()
        return response


MFA_STEP_SECONDS = 300  # the code must follow the password within five minutes
MFA_MAX_TRIES = 5  # wrong codes before the password must be given again


class TotpLogin(AuthTotp):
    """The second step of OCA auth_totp 11.0 re-authenticates with the password kept in the
    session (``request.session['password']``); this build of Odoo 11 keeps a session token
    instead and no password, so that step always failed and enrolled users could never log
    in. Here the first step (password right, then MfaLoginNeeded) leaves the user's id in the
    session; a valid code within five minutes, in at most five tries, opens the session for
    that user with Odoo's session token."""

    @http.route('/auth_totp/login', type='http', auth='none', methods=['POST'])
    def mfa_login_post(self, *args, **kwargs):
        session = request.session
        pending = session.get('tthc_mfa_pending') or {}
        redirect = kwargs.get('redirect') or '/web'
        user = request.env['res.users'].sudo().browse(pending.get('uid') or [])
        if not user.exists() or time.time() - pending.get('at', 0) > MFA_STEP_SECONDS:
            session.pop('tthc_mfa_pending', None)
            return http.local_redirect('/web/login', query={
                'redirect': redirect,
                'error': _("Log in with your password before giving the code.")})
        if not user.validate_mfa_confirmation_code(kwargs.get('confirmation_code')):
            pending['tries'] = pending.get('tries', 0) + 1
            if pending['tries'] >= MFA_MAX_TRIES:
                session.pop('tthc_mfa_pending', None)
                return http.local_redirect('/web/login', query={
                    'redirect': redirect,
                    'error': _("Too many wrong codes: log in with your password again.")})
            session['tthc_mfa_pending'] = pending
            return http.local_redirect('/auth_totp/login', query={
                'redirect': redirect,
                'error': _("Your confirmation code is not correct. Please try again.")})
        session.pop('tthc_mfa_pending', None)
        session['mfa_login_active'] = user.id
        session.uid, session.login = user.id, user.login
        request.uid = user.id
        env = api.Environment(request.cr, user.id, {})
        session.session_token = security.compute_session_token(session, env)
        session.get_context()
        return http.redirect_with_hash(redirect)
