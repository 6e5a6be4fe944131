"""Odoo 11's template sandbox (Jinja2's) hides only the names that start with '_': any internal
user could call ``mail.template.render_template`` over RPC, or write a mass-mail composer's
body, with ``${object.sudo()…}`` or ``${object.env.cr.execute(…)}`` and act as the superuser
(see SECURITY.md). The suite closes the ORM's ways out of the sandbox in both of mail's
template environments: a template may read the fields of its records, not reach the
environment, the cursor, the registry or the superuser.

Applied when the addon is imported, so in every database the server process serves; no
template of the installed addons uses these names."""
from odoo.addons.mail.models import mail_template

UNSAFE_ATTRIBUTES = frozenset([
    'sudo', 'env', 'with_env', 'pool', 'registry', 'cr', 'cursor', 'execute',
])


def _harden(environment):
    if getattr(environment, 'tthc_hardened', False):
        return
    allowed = environment.is_safe_attribute

    def is_safe_attribute(obj, attr, value):
        return attr not in UNSAFE_ATTRIBUTES and allowed(obj, attr, value)

    environment.is_safe_attribute = is_safe_attribute
    environment.tthc_hardened = True


for _environment in (mail_template.mako_template_env, mail_template.mako_safe_template_env):
    _harden(_environment)
