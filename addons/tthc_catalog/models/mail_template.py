# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Mail templates render as their caller, and only administrators write them (SECURITY.md).

Odoo 11 renders a template with Jinja2's sandbox, which hides only the names that start with
'_', and hands it ``user = env.user``: a record of the *superuser's* environment (Odoo 11
builds ``env.user`` with ``SUPERUSER_ID``). Any employee could call
``mail.template.render_template`` over RPC and, through ``user`` or a record reached from it,
search, read and write anything (``${user.partner_id.search([])…}``, ``…message_ids.write()``).
Blocking a few names (``sudo``, ``env``, ``cr``) does not close that: ordinary methods of a
superuser record are the escape.

Closed structurally here:

1. **In which environment a template renders: the caller's, always.** ``render_template``
   builds every variable a template receives from the caller's environment: ``object`` (the
   records), ``user`` (the caller, in the caller's environment, no longer a superuser record),
   ``ctx`` (a copy of the context whose records are rebound to the caller; other objects are
   dropped), ``format_date``/``format_tz``/``format_amount`` (return text only). And every value
   the template obtains afterwards (an attribute, an item, the result of a method call) that is
   a record of another user's environment is rebound to the caller's before the template sees
   it: a public method that returns a ``sudo()`` record cannot open a way out either. A
   template therefore does what its caller may do over RPC, nothing more. Odoo's own flows
   that render as the superuser (notification e-mails, scheduled jobs) keep doing so, on
   texts that only administrators write (2.).
2. **Who may write a template: administrators** (``base.group_system``). Employees keep reading
   them (to pick one in the composer); creating, writing, copying or deleting one, or its
   translations (``ir.translation`` checks write access on the template), is refused to
   everybody else, by access rights (security/ir.model.access.csv) and again in the model.
3. The sandbox also refuses the names that reach the environment, the cursor, the registry or
   the superuser (``sudo``, ``env``, ``cr``…), for every environment (both of mail's).

Odoo 11 also compiles the text of a template again at every rendering (several per message
notified by e-mail: a tenth of a second each time at the province's scale, the largest cost of
the hourly follow-up job): each environment keeps the last compiled templates, keyed by their
text. The sandbox's checks run when a template renders, so a cached template is as safe.
"""
import contextvars
import datetime
import functools

from odoo import SUPERUSER_ID, _, api, models, tools
from odoo.exceptions import AccessError, UserError
from odoo.tools import pycompat

from odoo.addons.mail.models import mail_template

UNSAFE_ATTRIBUTES = frozenset([
    'sudo', 'env', 'with_env', 'pool', 'registry', 'cr', 'cursor', 'execute',
])
PLAIN = (str, bytes, int, float, bool, type(None), datetime.date, datetime.datetime)

# the environment of the rendering under way (the caller's): every record a template reaches
# is rebound to it
_RENDER_ENV = contextvars.ContextVar('tthc_render_env', default=None)


def _as_caller(value, env=None):
    """``value`` with every record in it bound to the rendering's environment."""
    env = env or _RENDER_ENV.get()
    if env is None:
        return value
    if isinstance(value, models.BaseModel):
        if value.env.uid != env.uid:
            return value.sudo(env.uid)
        return value
    return value


def _caller_context(value, env):
    """A copy of a context for ``ctx``: plain values kept, records rebound to the caller,
    anything else (functions, environments, cursors …) dropped."""
    if isinstance(value, PLAIN):
        return value
    if isinstance(value, models.BaseModel):
        return _as_caller(value, env)
    if isinstance(value, dict):
        copy = {}
        for key, item in value.items():
            item = _caller_context(item, env)
            if item is not _DROP:
                copy[key] = item
        return copy
    if isinstance(value, (list, tuple)):
        items = [_caller_context(item, env) for item in value]
        return type(value)(item for item in items if item is not _DROP)
    return _DROP


_DROP = object()


def _harden(environment):
    if getattr(environment, 'tthc_hardened', False):
        return
    allowed = environment.is_safe_attribute

    def is_safe_attribute(obj, attr, value):
        return attr not in UNSAFE_ATTRIBUTES and allowed(obj, attr, value)

    environment.is_safe_attribute = is_safe_attribute

    # every record the template obtains is bound to the caller's environment
    getattr_ = environment.getattr
    getitem_ = environment.getitem
    call_ = environment.call
    environment.getattr = lambda obj, attribute: _as_caller(getattr_(obj, attribute))
    environment.getitem = lambda obj, argument: _as_caller(getitem_(obj, argument))
    environment.call = lambda *args, **kwargs: _as_caller(call_(*args, **kwargs))

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


class MailTemplate(models.Model):
    _inherit = 'mail.template'

    # -- who may write templates ----------------------------------------------------------

    def _check_template_editor(self):
        if self.env.uid == SUPERUSER_ID or self.env.user.has_group('base.group_system'):
            return
        raise AccessError(_("Only administrators may create, change or delete mail "
                            "templates."))

    @api.model
    def create(self, vals):
        self._check_template_editor()
        return super(MailTemplate, self).create(vals)

    @api.multi
    def write(self, vals):
        self._check_template_editor()
        return super(MailTemplate, self).write(vals)

    @api.multi
    def unlink(self):
        self._check_template_editor()
        return super(MailTemplate, self).unlink()

    # -- in which environment a template renders: the caller's ------------------------------

    @api.model
    def render_template(self, template_txt, model, res_ids, post_process=False):
        """Odoo 11's ``render_template`` (mail/models/mail_template.py), with every variable
        built in the caller's environment and every record reached rebound to it."""
        multi_mode = True
        if isinstance(res_ids, pycompat.integer_types):
            multi_mode = False
            res_ids = [res_ids]
        results = dict.fromkeys(res_ids, u"")
        try:
            safe = self.env.context.get('safe')
            mako_env = mail_template.mako_safe_template_env if safe \
                else mail_template.mako_template_env
            template = mako_env.from_string(tools.ustr(template_txt))
        except Exception:
            mail_template._logger.info("Failed to load template %r", template_txt,
                                       exc_info=True)
            return multi_mode and results or results[res_ids[0]]

        env = self.env
        records = env[model].browse(it for it in res_ids if it)
        res_to_rec = dict.fromkeys(res_ids, None)
        for record in records:
            res_to_rec[record.id] = record
        variables = {
            'format_date': lambda date, format=False, context=None:
                mail_template.format_date(env, date, format),
            'format_tz': lambda dt, tz=False, format=False, context=None:
                mail_template.format_tz(env, dt, tz, format),
            'format_amount': lambda amount, currency, context=None:
                mail_template.format_amount(env, amount, _as_caller(currency, env)),
            'user': env['res.users'].browse(env.uid),
            'ctx': _caller_context(dict(env.context), env),
        }
        token = _RENDER_ENV.set(env)
        try:
            for res_id, record in res_to_rec.items():
                variables['object'] = record
                try:
                    render_result = template.render(variables)
                except AccessError:
                    raise
                except Exception:
                    mail_template._logger.info("Failed to render template %r", template,
                                               exc_info=True)
                    raise UserError(_("Failed to render the template %r: check its "
                                      "expressions.") % template_txt)
                if render_result == u"False":
                    render_result = u""
                results[res_id] = render_result
        finally:
            _RENDER_ENV.reset(token)

        if post_process:
            for res_id, result in results.items():
                results[res_id] = self.render_post_process(result)
        return multi_mode and results or results[res_ids[0]]
