# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from .common import DossierCase

# Mon 05/05/2025 09:00 in Hà Nội, after the 30/04-04/05 holidays (Sat 26/04 worked)
MONDAY_9AM = '2025-05-05 02:00:00'


class TestStepReport(DossierCase):
    """Where dossiers wait, in working days: 8 hours a day, 07:30-11:30 and 13:00-17:00."""

    @classmethod
    def setUpClass(cls):
        super(TestStepReport, cls).setUpClass()
        internal_b = cls._internal_procedure(agency=cls.agency_b, steps=((1, False), (0, True)))
        internal_b.action_submit()
        cls._decide(internal_b, number='2/QD-UBND')
        internal_b.action_approve()

    def setUp(self):
        super(TestStepReport, self).setUp()
        # Tue 29/04 09:00 at the first step: 6.5 h that day, the holidays and the weekend,
        # 1.5 h on Monday = 1 day; its half day ran out on Tuesday at 14:30
        self.before_holiday = self.receive('2025-04-29 02:00:00')
        # Mon 05/05 07:30: 1.5 h = 0.1875 day, due at 11:30
        self.this_morning = self.receive('2025-05-05 00:30:00')
        # at the second step since Fri 25/04 09:00: 6.5 h + Sat 26/04 (worked) + Mon 28 +
        # Tue 29 + 1.5 h = 4 days, for a step of 3 days
        self.second_step = self.receive('2025-04-24 02:00:00')
        with self.at('2025-04-25 02:00:00'):
            self.second_step.action_next_step()
        # paused: waiting for the applicant, not for a unit
        paused = self.receive('2025-04-28 02:00:00')
        with self.at('2025-04-28 03:00:00'):
            paused.action_request_supplement('Thiếu tờ khai')
        self.receive('2025-04-29 02:00:00', user=self.officer_b, agency_id=self.agency_b.id)
        self.first, self.second = self.internal.step_ids[:2]

    def read_group(self, user, groupby):
        Report = self.env['tthc.dossier.step.report'].sudo(user)
        with self.at(MONDAY_9AM):
            return Report.read_group(
                [('agency_id', 'child_of', self.province.id)],
                groupby + ['waiting_count', 'waiting_days', 'waiting_days_max', 'overdue_count'],
                groupby, lazy=False)

    def test_waiting_time_per_step_in_working_days(self):
        groups = {group['step_id'][0]: group
                  for group in self.read_group(self.leader_a, ['step_id'])}
        self.assertEqual(set(groups), {self.first.id, self.second.id})
        first, second = groups[self.first.id], groups[self.second.id]
        self.assertEqual((first['waiting_count'], first['overdue_count']), (2, 1))
        self.assertAlmostEqual(first['waiting_days'], (1 + 0.1875) / 2)
        self.assertAlmostEqual(first['waiting_days_max'], 1)
        self.assertEqual((second['waiting_count'], second['overdue_count']), (1, 1))
        self.assertAlmostEqual(second['waiting_days_max'], 4)

        [total] = self.read_group(self.leader_a, [])
        self.assertEqual((total['waiting_count'], total['overdue_count']), (3, 2))
        self.assertAlmostEqual(total['waiting_days'], (1 + 0.1875 + 4) / 3)
        self.assertAlmostEqual(total['waiting_days_max'], 4)

        # the list shows each dossier's own wait
        Report = self.env['tthc.dossier.step.report'].sudo(self.leader_a)
        with self.at(MONDAY_9AM):
            row = Report.search([('dossier_id', '=', self.second_step.id)])
            self.assertEqual((row.step_id, row.waiting_days, row.overdue_count),
                             (self.second, 4.0, 1))

    def test_a_leader_sees_the_steps_of_their_agencies_only(self):
        [mine] = self.read_group(self.leader_a, [])
        [theirs] = self.read_group(self.leader_b, [])
        [everyone] = self.read_group(self.controller, [])
        self.assertEqual((mine['waiting_count'], theirs['waiting_count'],
                          everyone['waiting_count']), (3, 1, 4))
        self.assertFalse(self.env['tthc.dossier.step.report'].sudo(
            self.officer_a).check_access_rights('read', raise_exception=False))
