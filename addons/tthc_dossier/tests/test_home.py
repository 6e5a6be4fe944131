# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The homes of the dossier roles, and what a specialist's list shows every morning: the
working days left, the late ones first, the "late" and "due today" filters at the desk
dashboard's moments (fixed dates: the 2025 calendar, times in UTC)."""
from lxml import etree

from odoo.addons.tthc_catalog.tests.test_home import run_home

from .common import DossierCase


class TestDossierHome(DossierCase):
    home = run_home

    def test_each_officer_role_has_its_home(self):
        desk = self._user('desk_a', 'group_tthc_desk', self.agency_a)
        self.assertEqual(self.home(desk)['id'],
                         self.env.ref('tthc_dossier.tthc_agency_action_desk').id)
        self.assertEqual(self.home(self.officer_a)['id'],
                         self.env.ref('tthc_dossier.tthc_dossier_action_mine').id)
        self.assertEqual(self.home(self.leader_a)['id'],
                         self.env.ref('tthc_dossier.tthc_dossier_action_agency').id)
        self.assertEqual(self.home(self.controller)['id'],
                         self.env.ref('tthc_catalog.tthc_agency_overview_action').id)

    def test_a_specialist_made_desk_officer_starts_on_the_dashboard(self):
        self.officer_a.write({'groups_id': [(4, self.env.ref('tthc_catalog.group_tthc_desk').id)]})
        self.assertEqual(self.home(self.officer_a)['res_model'], 'tthc.agency')

    def test_working_days_left_and_filters(self):
        # received Mon 03/03/2025 09:00 local: return date 5 working days later (10/03)
        dossier = self.receive('2025-03-03 02:00:00', user=self.officer_a)
        Dossier = self.env['tthc.dossier'].sudo(self.officer_a)
        cases = [('2025-03-04 02:00:00', 4, '4 working days left', False),
                 (dossier.due_at[:10] + ' 01:00:00', 0, 'Due today', 'due_today'),
                 ('2025-03-12 02:00:00', -2, '2 working days late', 'overdue')]
        for now, days, label, deadline in cases:
            with self.at(now):
                dossier.invalidate_cache()
                self.assertEqual(dossier.working_days_left, days, now)
                self.assertEqual(dossier.deadline_label, label, now)
                self.assertEqual(dossier.deadline, deadline, now)
                for key in ('overdue', 'due_today'):
                    found = Dossier.search([('id', '=', dossier.id), ('deadline', '=', key)])
                    self.assertEqual(bool(found), key == deadline, (now, key))

    def test_my_unit_and_mine_filters_add_up(self):
        mine = self.receive('2025-03-03 02:00:00', user=self.officer_a)
        other = self.receive('2025-03-03 02:00:00', user=self.officer_a,
                             user_id=self.leader_a.id)
        Dossier = self.env['tthc.dossier'].sudo(self.officer_a)
        domain = [('agency_id.user_ids', 'in', [self.officer_a.id]),
                  ('user_id', '=', self.officer_a.id)]
        self.assertEqual(Dossier.search(domain + [('id', 'in', (mine | other).ids)]), mine)

    def test_the_daily_filters_are_in_separate_groups(self):
        """Odoo ORs the filters of a group and ANDs the groups: mine, my unit, open and late
        must each be a group of its own for "my late dossiers" to mean that."""
        arch = etree.fromstring(self.env['tthc.dossier'].fields_view_get(
            view_type='search')['arch'])
        groups, group = {}, 0
        for node in arch:
            if node.tag == 'separator':
                group += 1
            elif node.tag == 'filter':
                groups[node.get('name')] = group
        self.assertEqual(len({groups[name] for name in ('mine', 'my_unit', 'open', 'overdue')}),
                         4, groups)
        self.assertEqual(groups['overdue'], groups['due_today'])
