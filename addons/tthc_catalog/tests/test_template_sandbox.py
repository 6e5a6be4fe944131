# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""A plain internal user rendering a template of their own through mail.template (public over
RPC) cannot leave the sandbox: no superuser, no cursor, no registry."""
from odoo.exceptions import UserError
from odoo.tests.common import TransactionCase

ESCAPES = [
    "${object.sudo().env['ir.config_parameter'].get_param('database.secret')}",
    "${object.env['ir.config_parameter'].sudo().get_param('database.secret')}",
    "${object.env.cr.execute('UPDATE res_users SET active = false')}",
    "${user.env.cr.dbname}",
    "${object.pool.cursor()}",
    "${object|attr('sudo')}",
    "${user.company_id.sudo().name}",
]


class TestTemplateSandbox(TransactionCase):

    def setUp(self):
        super(TestTemplateSandbox, self).setUp()
        self.user = self.env['res.users'].with_context(no_reset_password=True).create({
            'name': 'Plain employee', 'login': 'tthc_sandbox_user',
            'email': 'sandbox@tthc.example.com',
            'groups_id': [(6, 0, [self.env.ref('base.group_user').id])]})
        self.Template = self.env['mail.template'].sudo(self.user).with_context(lang='en_US')
        self.partner = self.user.partner_id

    def test_escapes_are_refused(self):
        secret = self.env['ir.config_parameter'].sudo().get_param('database.secret')
        for escape in ESCAPES:
            for safe in (False, True):
                try:
                    rendered = self.Template.with_context(safe=safe).render_template(
                        escape, 'res.partner', self.partner.id)
                except UserError:
                    continue
                self.assertNotIn(secret, rendered, escape)
                self.assertFalse(rendered.strip(), escape)
        self.assertTrue(self.env['res.users'].search([('login', '=', 'admin')]))

    def test_templates_still_render_fields(self):
        rendered = self.Template.render_template(
            "Kính gửi ${object.name} (${user.name}), ${len(object.name)}", 'res.partner',
            self.partner.id)
        self.assertEqual(rendered, "Kính gửi Plain employee (Plain employee), 14")
