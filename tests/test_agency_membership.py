# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Membership of agencies (their users, their parent: the base of every record rule) is an
administrator's act, logged in the agency's chatter (SECURITY.md, "controllers can give
themselves any agency"). Real users of each group; the controller of the review first."""
import odoo.api
from odoo.exceptions import AccessError
from odoo.tests.common import TransactionCase

GROUPS = {
    'staff': 'tthc_catalog.group_tthc_user', 'officer': 'tthc_catalog.group_tthc_officer',
    'leader': 'tthc_catalog.group_tthc_leader',
    'controller': 'tthc_catalog.group_tthc_controller',
    'inspector': 'tthc_inspection.group_tthc_inspector',
    'training_manager': 'tthc_training.group_tthc_training_manager',
}


class TestAgencyMembership(TransactionCase):

    def setUp(self):
        super(TestAgencyMembership, self).setUp()
        self.own = self.env.ref('tthc_catalog.agency_tnmt')
        self.other = self.env.ref('tthc_catalog.agency_congthuong')
        Users = self.env['res.users'].with_context(no_reset_password=True)

        def user(name, *xmlids):
            return Users.create({
                'name': 'Membership %s' % name, 'login': 'membership_%s' % name,
                'email': 'membership_%s@tthc.example.com' % name,
                'groups_id': [(6, 0, [self.env.ref(xmlid).id for xmlid in xmlids])],
                'tthc_agency_ids': [(6, 0, self.own.ids)]})
        self.users = {name: user(name, xmlid) for name, xmlid in GROUPS.items()}
        self.admin = user('admin', 'tthc_catalog.group_tthc_admin')
        self.user_manager = user('user_manager', 'base.group_erp_manager')

    def test_nobody_but_administrators_changes_membership(self):
        for name, user in self.users.items():
            Agency = self.env['tthc.agency'].sudo(user)
            other = Agency.browse(self.other.id)
            for vals in ({'user_ids': [(4, user.id)]}, {'user_ids': [(6, 0, [user.id])]},
                         {'parent_id': self.own.id}, {'parent_id': False},
                         {'child_ids': [(4, self.other.id)]}):
                with self.assertRaises(AccessError, msg='%s %s' % (name, vals)):
                    other.write(vals)
                with self.assertRaises(AccessError, msg='%s %s over RPC' % (name, vals)):
                    odoo.api.call_kw(Agency, 'write', [other.ids, vals], {})
            with self.assertRaises(AccessError, msg=name):
                Agency.create({'name': 'Mine', 'level': 'commune', 'parent_id': self.own.id,
                               'user_ids': [(6, 0, user.ids)]})
            with self.assertRaises(AccessError, msg=name):
                self.env['res.users'].sudo(user).browse(user.id).write(
                    {'tthc_agency_ids': [(4, self.other.id)]})
            self.assertNotIn(self.other, user.tthc_agency_scope_ids, name)
        self.assertFalse(self.other.message_ids.filtered(lambda m: 'Membership' in
                                                         (m.body or '')))
        # controllers keep writing the rest of an agency
        self.other.sudo(self.users['controller']).write({'name': 'Sở Công Thương (renamed)'})

    def test_administrators_change_it_and_it_is_logged(self):
        officer = self.users['officer']
        self.other.sudo(self.admin).write({'user_ids': [(4, officer.id)]})
        self.assertIn(self.other, officer.tthc_agency_scope_ids)
        message = self.other.message_ids[:1]
        self.assertEqual(message.author_id, self.admin.partner_id)  # who
        self.assertTrue(message.date)  # when
        self.assertIn('Membership officer', message.body)  # new
        # in the writer's language (the demo administrator works in Vietnamese)
        self.assertRegex(message.body, r'(added|thêm): Membership officer')
        # the same through the user's form, by an administrator of users
        self.env['res.users'].sudo(self.user_manager).browse(officer.id).write(
            {'tthc_agency_ids': [(3, self.other.id)]})
        message = self.other.message_ids[:1]
        self.assertEqual(message.author_id, self.user_manager.partner_id)
        self.assertRegex(message.body, r'(removed|bớt): Membership officer')
        self.assertNotIn(self.other, officer.tthc_agency_scope_ids)
        old_parent = self.other.parent_id
        self.other.sudo(self.admin).write({'parent_id': self.own.id})
        message = self.other.message_ids[:1]
        self.assertIn('%s → %s' % (old_parent.display_name, self.own.display_name),
                      message.body)  # old → new
