# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Mail templates cannot act beyond their caller (SECURITY.md, "mail templates"), proved as
real users of every group of the suite, through every variable a template receives (``user``,
``object``, ``ctx``, ``format_date``, ``format_tz``, ``format_amount``) and every public way
of rendering (``render_template``, ``render_post_process``, ``generate_email``, ``send_mail``,
the composer with a template), plus: who may write a template (administrators only).

Each escape aims at something the caller may not do: read a message of a private channel,
rewrite it, give themselves the administrators' group, rename the company. Before the fix,
``user`` was a superuser record and the first escapes returned the secret."""
from odoo.exceptions import AccessError, UserError
from odoo.tests.common import TransactionCase

GROUPS = {
    'employee': 'base.group_user',
    'staff': 'tthc_catalog.group_tthc_user',
    'officer': 'tthc_catalog.group_tthc_officer', 'leader': 'tthc_catalog.group_tthc_leader',
    'controller': 'tthc_catalog.group_tthc_controller', 'admin': 'tthc_catalog.group_tthc_admin',
    'inspector': 'tthc_inspection.group_tthc_inspector',
    'training_manager': 'tthc_training.group_tthc_training_manager',
}
SECRET = 'TTHC-SECRET-7d1f'
# {variable: [expressions]}: %(msg)d is the private message, %(system)d the settings group
ESCAPES = {
    'user': [
        "${user.partner_id.message_ids.search([('id', '=', %(msg)d)]).body}",
        "${user.search([]).mapped('partner_id.message_ids').search([('id', '=', %(msg)d)])"
        ".mapped('body')}",
        "${user.partner_id.message_ids.browse(%(msg)d).body}",
        "${user.partner_id.message_ids.browse(%(msg)d).write({'body': 'rewritten'})}",
        "${user.write({'groups_id': [(4, %(system)d)]})}",
        "${user.company_id.write({'name': 'rewritten'})}",
        "${user.groups_id.browse(%(system)d).write({'users': [(4, user.id)]})}",
        "${user.sudo().partner_id.message_ids.browse(%(msg)d).body}",
        "${user.env.cr.execute('UPDATE res_company SET name = %%s', ['rewritten'])}",
    ],
    'object': [
        "${object.message_ids.search([('id', '=', %(msg)d)]).body}",
        "${object.browse(%(msg)d).exists() and object.message_ids.browse(%(msg)d).body}",
        "${object.user_ids.write({'groups_id': [(4, %(system)d)]})}",
        "${object.commercial_partner_id.company_id.write({'name': 'rewritten'})}",
        "${object.sudo().message_ids.browse(%(msg)d).body}",
        "${object|attr('sudo')}",
        "${object.pool.cursor()}",
    ],
    'ctx': [
        "${ctx['holder'].partner_id.message_ids.browse(%(msg)d).body}",
        "${ctx['holders'][0].write({'groups_id': [(4, %(system)d)]})}",
        "${ctx['nested']['holder'].company_id.write({'name': 'rewritten'})}",
        "${ctx['holder'].search([]).mapped('partner_id.message_ids').browse(%(msg)d).body}",
    ],
    'format_date': ["${format_date(ctx['holder'].partner_id.message_ids.browse(%(msg)d).body)}"],
    'format_tz': ["${format_tz('2026-01-01 00:00:00', ctx['holder'].partner_id.message_ids"
                  ".browse(%(msg)d).body)}"],
    'format_amount': ["${format_amount(1, ctx['holder'].company_id.currency_id)}"
                      "${ctx['holder'].company_id.currency_id.write({'name': 'XXX'})}"],
}
# escapes that the caller's rights answer with nothing (a search), for the ways of rendering
SILENT_ESCAPES = [
    "<p>${user.partner_id.message_ids.search([('id', '=', %(msg)d)]).body}</p>",
    "<p>${object.message_ids.search([('id', '=', %(msg)d)]).body}</p>",
    "<p>${ctx['holder'].partner_id.message_ids.search([('id', '=', %(msg)d)]).body}</p>",
]


class TestTemplateEscapes(TransactionCase):

    def setUp(self):
        super(TestTemplateEscapes, self).setUp()
        env = self.env
        agency = env.ref('tthc_catalog.agency_tnmt')
        Users = env['res.users'].with_context(no_reset_password=True)
        self.users = {name: Users.create({
            'name': 'Template %s' % name, 'login': 'template_%s' % name,
            'email': 'template_%s@tthc.example.com' % name,
            'groups_id': [(6, 0, [env.ref(xmlid).id])],
            'tthc_agency_ids': [(6, 0, agency.ids)]}) for name, xmlid in GROUPS.items()}
        # the secret: a message of a private channel of the administrator only
        channel = env['mail.channel'].create({
            'name': 'Administrators only', 'public': 'private',
            'channel_partner_ids': [(6, 0, env.ref('base.partner_root').ids)]})
        self.message = channel.message_post(body=SECRET, message_type='comment')
        self.system = env.ref('base.group_system')
        self.company_name = env.user.company_id.name
        self.values = {'msg': self.message.id, 'system': self.system.id}
        # a template of an administrator (the only ones allowed) holding escapes that a
        # caller's rights answer with nothing rather than an error
        self.template = env['mail.template'].create({
            'name': 'Escapes', 'model_id': env.ref('base.model_res_partner').id,
            'subject': "${user.partner_id.message_ids.search([('id', '=', %(msg)d)]).body}"
                       % self.values,
            'email_to': 'x@tthc.example.com',
            'body_html': ''.join(expression % self.values for expression in SILENT_ESCAPES)})

    def _context(self):
        # what an internal flow may put in a context: records of the superuser's environment
        admin = self.env.ref('base.user_root')
        return {'holder': admin, 'holders': [admin], 'nested': {'holder': admin},
                'lang': 'en_US'}

    def _assert_nothing_escaped(self, user, rendered, label):
        self.assertNotIn(SECRET, str(rendered), label)
        self.assertNotIn('rewritten', self.message.sudo().body, label)
        self.assertIn(SECRET, self.message.sudo().body, label)
        self.assertFalse(user.has_group('base.group_system'), label)
        self.env['res.company'].invalidate_cache()
        self.assertEqual(self.env.user.company_id.name, self.company_name, label)

    def _render(self, function, label, user):
        """Run ``function``; a refusal counts as closed. What it returns is checked."""
        rendered = ''
        try:
            with self.env.cr.savepoint():
                rendered = function()
                self.env.user.company_id.invalidate_cache()
                self._assert_nothing_escaped(user, rendered, label)
        except (AccessError, UserError):
            pass
        self._assert_nothing_escaped(user, rendered, label)
        return rendered

    def test_every_variable_as_every_group(self):
        probes = 0
        for name, user in self.users.items():
            partner = user.partner_id
            Template = self.env['mail.template'].sudo(user).with_context(self._context())
            for variable, expressions in ESCAPES.items():
                for expression in expressions:
                    text = expression % self.values
                    for safe in (False, True):
                        self._render(lambda: Template.with_context(safe=safe).render_template(
                            text, 'res.partner', [partner.id]), '%s %s %s' % (
                            name, variable, text), user)
                        probes += 1
        self.assertEqual(probes, 2 * len(self.users) * sum(map(len, ESCAPES.values())))

    def test_every_way_of_rendering(self):
        for name, user in self.users.items():
            partner = user.partner_id
            template = self.template.sudo(user).with_context(self._context())
            self._render(lambda: template.generate_email(partner.id), name + ' generate', user)
            self._render(lambda: template.send_mail(partner.id), name + ' send_mail', user)
            self._render(lambda: template.render_post_process(
                '<a href="/web">${user.sudo()}</a>'), name + ' post_process', user)
            Composer = self.env['mail.compose.message'].sudo(user).with_context(
                self._context(), default_model='res.partner', default_res_id=partner.id)
            for mode in ('comment', 'mass_mail'):
                def compose():
                    composer = Composer.with_context(
                        active_ids=partner.ids, default_composition_mode=mode).create({
                            'template_id': self.template.id, 'composition_mode': mode,
                            'model': 'res.partner', 'res_id': partner.id})
                    values = composer.onchange_template_id(
                        self.template.id, mode, 'res.partner', partner.id)['value']
                    composer.write({key: value for key, value in values.items()
                                    if key in ('subject', 'body')})
                    composer.send_mail()
                    return values
                self._render(compose, '%s composer %s' % (name, mode), user)

    def test_only_administrators_write_templates(self):
        for name, user in self.users.items():
            Template = self.env['mail.template'].sudo(user)
            self.assertTrue(Template.browse(self.template.id).name)  # employees read them
            with self.assertRaises(AccessError, msg=name):
                Template.create({'name': 'Mine', 'model_id': self.env.ref(
                    'base.model_res_partner').id, 'body_html': '${user.name}'})
            with self.assertRaises(AccessError, msg=name):
                Template.browse(self.template.id).write({'body_html': '${user.name}'})
            with self.assertRaises(AccessError, msg=name):
                Template.browse(self.template.id).copy()
            with self.assertRaises(AccessError, msg=name):
                Template.browse(self.template.id).unlink()
            with self.assertRaises(AccessError, msg=name):
                self.env['ir.translation'].sudo(user).create({
                    'type': 'model', 'name': 'mail.template,body_html', 'lang': 'vi_VN',
                    'res_id': self.template.id, 'src': 'x', 'value': '${user.name}'})
        admin = self.env['res.users'].with_context(no_reset_password=True).create({
            'name': 'Settings', 'login': 'template_system',
            'groups_id': [(6, 0, self.system.ids)]})
        self.template.sudo(admin).write({'subject': 'Changed by an administrator'})

    def test_templates_still_render_as_their_caller(self):
        user = self.users['officer']
        rendered = self.env['mail.template'].sudo(user).with_context(
            lang='vi_VN').render_template(
            "${object.name} / ${user.name} / ${user.company_id.name} / ${len(object.name)} / "
            "${ctx.get('lang')} / ${format_date('2026-01-02')}", 'res.partner',
            user.partner_id.id)
        self.assertEqual(rendered, 'Template officer / Template officer / %s / 16 / vi_VN / '
                                   '02/01/2026' % self.company_name)
        # Odoo's own notification e-mail (rendered as the superuser, from an internal flow)
        partner = self.env['res.partner'].create({'name': 'Follower',
                                                  'email': 'follower@tthc.example.com'})
        channel = self.env['mail.channel'].create({
            'name': 'Mailing list', 'public': 'public', 'email_send': True,
            'channel_partner_ids': [(6, 0, (partner | user.partner_id).ids)]})
        message = channel.sudo(user).with_context(mail_notify_force_send=False).message_post(
            body='Hello', subtype='mail.mt_comment', message_type='comment')
        mail = self.env['mail.mail'].sudo().search([('mail_message_id', '=', message.id)])
        self.assertTrue(mail)
        self.assertIn('Hello', mail.body_html)
