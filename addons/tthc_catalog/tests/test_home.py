# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Each user lands on the home of their role, read at every opening: a role given later moves
the home with it. Run as the users themselves, as the web client does (the server action of
their ``action_id``)."""
from .common import TthcCase


def run_home(case, user):
    """The action the web client opens for ``user`` on logging in: their ``action_id`` run
    as them."""
    home = case.env.ref('tthc_catalog.tthc_home_action')
    case.assertEqual(user.action_id.id, home.id)
    return home.sudo(user).with_context(active_model='res.users').run()


class TestHome(TthcCase):
    home = run_home

    def test_every_new_user_starts_on_the_suite_home(self):
        for user in (self.officer_a, self.leader_a, self.controller, self.employee):
            self.assertEqual(user.action_id.id, self.env.ref('tthc_catalog.tthc_home_action').id)

    def test_the_suite_app_opens_on_the_home(self):
        self.assertEqual(self.env.ref('tthc_catalog.tthc_root_menu').action,
                         self.env.ref('tthc_catalog.tthc_home_action'))

    def test_controller_on_the_provincial_overview(self):
        self.assertEqual(self.home(self.controller)['id'],
                         self.env.ref('tthc_catalog.tthc_agency_overview_action').id)
        self.assertEqual(self.home(self.admin)['id'],
                         self.env.ref('tthc_catalog.tthc_agency_overview_action').id)

    def test_a_role_given_later_moves_the_home(self):
        user = self.employee
        # no role of the suite: Odoo's Discuss
        self.assertEqual(self.home(user)['tag'], 'mail.chat.instant_messaging')
        user.write({'groups_id': [(4, self.env.ref('tthc_catalog.group_tthc_user').id)]})
        self.assertEqual(self.home(user)['res_model'], 'tthc.procedure')
        user.write({'groups_id': [(4, self.env.ref('tthc_catalog.group_tthc_controller').id)]})
        self.assertEqual(self.home(user)['res_model'], 'tthc.agency.overview')

    def test_existing_users_without_a_home_get_it(self):
        self.employee.action_id = False
        self.env['res.users']._tthc_set_homes()
        self.assertEqual(self.employee.action_id.id,
                         self.env.ref('tthc_catalog.tthc_home_action').id)
