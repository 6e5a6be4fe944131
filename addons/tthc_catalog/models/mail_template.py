# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Odoo 11's template sandbox (Jinja2's) hides only the names that start with '_': any internal
user could call ``mail.template.render_template`` over RPC, or write a mass-mail composer's
body, with ``${object.sudo()…}`` or ``${object.env.cr.execute(…)}`` and act as the superuser
(see SECURITY.md). The suite closes the ORM's ways out of the sandbox in both of mail's
template environments: a template may read the fields of its records, not reach the
environment, the cursor, the registry or the superuser.

Odoo 11 also compiles the text of a template again at every rendering (several per message
notified by e-mail: a tenth of a second each time at the province's scale, the largest cost of
the hourly follow-up job): each environment keeps the last compiled templates, keyed by their
text. The sandbox's checks run when a template renders, so a cached template is as safe.

Applied when the addon is imported, so in every database the server process serves; no
template of the installed addons uses these names."""
import functools

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
    compile_text = environment.from_string
    compiled = functools.lru_cache(maxsize=512)(lambda source: compile_text(source))

    # Jinja2's own signature, argument names included
    # pylint: disable-next=redefined-builtin
    def from_string(source, globals=None, template_class=None):
        if globals is None and template_class is None and isinstance(source, str):
            return compiled(source)
        return compile_text(source, globals, template_class)

    environment.from_string = from_string
    environment.tthc_hardened = True


for _environment in (mail_template.mako_template_env, mail_template.mako_safe_template_env):
    _harden(_environment)
