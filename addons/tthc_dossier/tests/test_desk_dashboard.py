# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.tools.safe_eval import safe_eval

from .common import DossierCase

# Mon 05/05/2025 09:00 in Hà Nội, the first working day after the 30/04-04/05 holidays
# (Wed 30/04, Thu 01/05, Fri 02/05 off; Sat 26/04 worked in exchange).
MONDAY_9AM = '2025-05-05 02:00:00'


class TestDeskDashboard(DossierCase):

    @classmethod
    def setUpClass(cls):
        super(TestDeskDashboard, cls).setUpClass()
        internal_b = cls._internal_procedure(agency=cls.agency_b, steps=((1, False), (0, True)))
        internal_b.action_submit()
        cls._decide(internal_b, number='2/QD-UBND')
        internal_b.action_approve()

    def card(self, user, agency=None, moment=MONDAY_9AM):
        """The agency's card as ``user`` sees it at ``moment``."""
        agency = (agency or self.agency_a).sudo(user)
        agency.invalidate_cache()
        with self.at(moment):
            return {name: agency[name] for name in (
                'desk_received_today_count', 'desk_due_today_count', 'desk_overdue_count',
                'desk_supplement_count', 'desk_resolved_month_count', 'desk_on_time_rate')}

    def counters(self, user, agency=None, moment=MONDAY_9AM):
        card = self.card(user, agency, moment)
        return (card['desk_received_today_count'], card['desk_due_today_count'],
                card['desk_overdue_count'], card['desk_supplement_count'])

    def test_counters_across_the_holiday_and_the_swapped_saturday(self):
        # Thu 24/04 09:00, 5 working days: Fri 25, Sat 26 (worked), Mon 28, Tue 29/04, then
        # Mon 05/05 after the holidays -> due today at 17:00
        due_today = self.receive('2025-04-24 02:00:00')
        self.assertEqual(due_today.due_at, '2025-05-05 10:00:00')
        # Fri 25/04 -> Tue 06/05: due tomorrow, counted nowhere
        self.assertEqual(self.receive('2025-04-25 02:00:00').due_at, '2025-05-06 10:00:00')
        # Mon 21/04 -> Sat 26/04 17:00, the swapped working day: overdue
        overdue = self.receive('2025-04-21 02:00:00')
        self.assertEqual(overdue.due_at, '2025-04-26 10:00:00')
        # Tue 22/04 -> Mon 28/04, but waiting for documents since Fri 25/04: its clock is
        # paused, so it is in supplement, not overdue
        paused = self.receive('2025-04-22 02:00:00')
        with self.at('2025-04-25 03:00:00'):
            paused.action_request_supplement('Thiếu tờ khai')
        # today begins at local midnight: Sun 23:30 is yesterday, Mon 00:30 today (17:30 UTC
        # on Sunday); a refused dossier was not received
        self.receive('2025-05-04 16:30:00')
        received_today = self.receive('2025-05-04 17:30:00')
        refused = self.receive('2025-05-05 01:00:00')
        with self.at('2025-05-05 01:30:00'):
            refused.action_refuse('Không thuộc thẩm quyền')

        self.assertEqual(self.counters(self.officer_a), (1, 1, 1, 1))

        Dossier = self.env['tthc.dossier']
        for counter, expected in (('received_today', received_today),
                                  ('due_today', due_today), ('overdue', overdue),
                                  ('supplement', paused)):
            with self.at(MONDAY_9AM):
                action = self.agency_a.sudo(self.officer_a).with_context(
                    tthc_desk=counter).action_open_desk_dossiers()
            self.assertEqual(action['res_model'], 'tthc.dossier')
            with self.at(MONDAY_9AM):
                self.assertEqual(Dossier.sudo(self.officer_a).search(action['domain']), expected,
                                 counter)

        # at 17:30 the dossier due at 17:00 has moved from due today to overdue
        self.assertEqual(self.counters(self.officer_a, moment='2025-05-05 10:30:00')[1:3], (0, 2))

    def test_an_officer_counts_only_the_dossiers_of_their_agencies(self):
        self.receive('2025-05-05 01:00:00')
        self.receive('2025-05-05 01:00:00', user=self.officer_b, agency_id=self.agency_b.id)
        self.receive('2025-05-05 01:30:00', user=self.officer_b, agency_id=self.agency_b.id)
        self.assertEqual(self.counters(self.officer_a)[0], 1)
        self.assertEqual(self.counters(self.officer_b, self.agency_b)[0], 2)
        # agency B's card read by A's officer shows nothing of B's dossiers
        self.assertEqual(self.counters(self.officer_a, self.agency_b)[0], 0)
        # the province's controller counts the agencies below the province
        self.assertEqual(self.counters(self.controller, self.province)[0], 3)
        # the dashboard opens on the user's own agencies
        action = self.env.ref('tthc_dossier.tthc_agency_action_desk')
        domain = safe_eval(action.domain, {'uid': self.officer_a.id})
        self.assertEqual(self.env['tthc.agency'].sudo(self.officer_a).search(domain),
                         self.agency_a)

    def test_on_time_rate_of_the_month(self):
        # resolved in May: one on time (on its return date), one late; one resolved in April
        on_time = self.receive('2025-04-24 02:00:00')        # due Mon 05/05 17:00
        late = self.receive('2025-04-21 02:00:00')           # due Sat 26/04 17:00
        april = self.receive('2025-04-14 02:00:00')
        for dossier, moment in ((april, '2025-04-18 02:00:00'), (on_time, '2025-05-05 01:00:00'),
                                (late, '2025-05-05 01:00:00')):
            with self.at(moment):
                while dossier.state in ('received', 'processing'):
                    dossier.action_next_step()
        self.assertEqual((on_time.timing, late.timing), ('on_time', 'late'))
        card = self.card(self.officer_a)
        self.assertEqual((card['desk_resolved_month_count'], card['desk_on_time_rate']),
                         (2, 50.0))
        # nothing resolved at B this month: the card shows no gauge rather than 0 %
        self.assertEqual(self.card(self.officer_b, self.agency_b)['desk_resolved_month_count'], 0)

    def test_the_dashboard_is_the_first_thing_a_desk_officer_sees(self):
        # the full list: filtering menus by access would look at the menus of every addon
        menus = self.env['ir.ui.menu'].with_context(**{'ir.ui.menu.full_list': True}).search(
            [('parent_id', '=', self.env.ref('tthc_dossier.tthc_dossier_root_menu').id)])
        desk = self.env.ref('tthc_dossier.tthc_desk_dashboard_menu')
        self.assertEqual(menus[0], desk)
        self.assertFalse(desk.groups_id)  # every officer, who sees the Dossiers menu
        self.assertEqual(desk.action, self.env.ref('tthc_dossier.tthc_agency_action_desk'))
