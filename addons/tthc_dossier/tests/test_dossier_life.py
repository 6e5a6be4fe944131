# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.exceptions import UserError

from .common import DossierCase


class TestDossierLife(DossierCase):

    def test_friday_after_cutoff_before_national_day_with_a_supplement_late_and_apology(self):
        # Fri 29/08/2025 16:00 in Hà Nội: after the 15:00 cut-off, so deemed received on the
        # next working day, Wed 03/09 (Mon 01 and Tue 02/09 are National Day). Counting starts
        # Thu 04/09: Thu, Fri 05, Mon 08, Tue 09, Wed 10/09 -> due Wed 10/09 17:00 (10:00 UTC).
        dossier = self.receive('2025-08-29 09:00:00')
        self.assertEqual(dossier.due_at, '2025-09-10 10:00:00')
        self.assertEqual((dossier.state, dossier.national_status), ('received', 2))
        self.assertEqual(dossier.internal_procedure_id, self.internal)
        self.assertEqual(dossier.step_id, self.internal.step_ids[0])

        with self.at('2025-09-03 02:00:00'):   # Wed 03/09 09:00: to the specialist
            dossier.action_next_step()
        self.assertEqual((dossier.state, dossier.national_status), ('processing', 4))

        # Supplement asked Thu 04/09 10:00, documents complete Mon 08/09 10:00: the clock
        # stopped for 1.5 h + 4 h (Thu) + 8 h (Fri) + 2.5 h (Mon) = 16 working hours = 2 days.
        with self.at('2025-09-04 03:00:00'):
            dossier.action_request_supplement('Thiếu bản sao giấy chứng nhận',
                                              missing_components=dossier.component_ids)
        self.assertEqual((dossier.state, dossier.national_status), ('supplement', 5))
        with self.assertRaises(UserError):
            dossier.action_next_step()  # paused
        with self.at('2025-09-08 03:00:00'):
            dossier.action_supplement_received()
        self.assertEqual(dossier.state, 'processing')
        self.assertEqual(dossier.due_at, '2025-09-12 10:00:00')  # Fri 12/09 17:00
        self.assertFalse(dossier.late_for_index)

        # Mon 15/09 08:00, past the return date: apology with a new date (form 04)
        with self.at('2025-09-15 01:00:00'):
            dossier.action_apologize('2025-09-17 10:00:00', 'Chờ ý kiến phối hợp')
        self.assertEqual(dossier.apology_due_at, '2025-09-17 10:00:00')
        with self.at('2025-09-15 02:00:00'):
            dossier.action_next_step()          # to the signature
        with self.at('2025-09-16 02:00:00'):
            dossier.action_next_step()          # signed: result ready, hand-back step open
        self.assertEqual((dossier.state, dossier.timing), ('done', 'late'))
        self.assertEqual(dossier.step_id, self.internal.step_ids[3])
        with self.at('2025-09-16 08:00:00'):
            dossier.action_return_result()
        self.assertEqual((dossier.state, dossier.national_status), ('returned', 10))
        self.assertEqual(dossier.returned_at, '2025-09-16 08:00:00')

        # the process control slip: one row per hand-over, each with its own timing
        rows = [(s.step_id.sequence, s.started_at, s.due_at, s.finished_at, s.timing)
                for s in dossier.dossier_step_ids]
        self.assertEqual(rows, [
            # 0.5 day = 4 h from Fri 29/08 16:00: 1 h on Friday, 3 h from Wed 03/09 07:30
            # -> 10:30 (03:30 UTC); handed over at 09:00 the same day: on time
            (0, '2025-08-29 09:00:00', '2025-09-03 03:30:00', '2025-09-03 02:00:00', 'on_time'),
            # 3 days from Wed 03/09 09:00: Mon 08/09 09:00, handed over Mon 15/09: late
            (1, '2025-09-03 02:00:00', '2025-09-08 02:00:00', '2025-09-15 02:00:00', 'late'),
            # 1 day from Mon 15/09 09:00: Tue 16/09 09:00, handed over then: on time
            (2, '2025-09-15 02:00:00', '2025-09-16 02:00:00', '2025-09-16 02:00:00', 'on_time'),
            # handing the result back takes 0 days: within the day, by 17:00 (10:00 UTC)
            (3, '2025-09-16 02:00:00', '2025-09-16 10:00:00', '2025-09-16 08:00:00', 'on_time'),
        ])
        tracked = dossier.message_ids.mapped('tracking_value_ids.field')
        self.assertIn('state', tracked)
        self.assertIn('step_id', tracked)

    def test_early_and_on_time(self):
        # Mon 01/12/2025 09:00, 5 days: counting Tue 02/12 .. Mon 08/12 17:00 (10:00 UTC)
        early = self.receive('2025-12-01 02:00:00')
        on_time = self.receive('2025-12-01 02:00:00')
        self.assertEqual(early.due_at, '2025-12-08 10:00:00')
        for dossier, finish in ((early, '2025-12-04 03:00:00'), (on_time, '2025-12-08 09:00:00')):
            with self.at(finish):
                dossier.action_next_step()
                dossier.action_next_step()
                dossier.action_next_step()
        self.assertEqual((early.timing, on_time.timing), ('early', 'on_time'))

    def test_second_supplement_counts_late_for_the_index(self):
        dossier = self.receive('2025-12-01 02:00:00')
        for start, end in (('2025-12-01 03:00:00', '2025-12-02 03:00:00'),
                           ('2025-12-03 03:00:00', '2025-12-04 03:00:00')):
            with self.at(start):
                dossier.action_request_supplement('Thiếu giấy tờ')
            with self.at(end):
                dossier.action_supplement_received()
        self.assertEqual(dossier.supplement_count, 2)
        self.assertTrue(dossier.late_for_index)
        # paused working time after counting started (Tue 02/12 07:30): Tue 07:30-10:00 (2.5 h),
        # then Wed 03/12 10:00 - Thu 04/12 10:00 (1.5 + 4 + 2.5 h): 10.5 h in all, so
        # Mon 08/12 17:00 becomes Wed 10/12 10:00 (03:00 UTC)
        self.assertEqual(dossier.due_at, '2025-12-10 03:00:00')

    def test_financial_obligation_per_procedure_setting(self):
        self.procedure.obligation_pauses_clock = False
        dossier = self.receive('2025-12-01 02:00:00')
        with self.at('2025-12-02 02:00:00'):
            dossier.action_request_obligation('Chưa nộp tiền sử dụng đất')
        self.assertEqual(dossier.state, 'obligation')
        with self.at('2025-12-05 02:00:00'):
            dossier.action_obligation_paid()
        self.assertEqual(dossier.due_at, '2025-12-08 10:00:00')  # the clock ran on
        self.procedure.obligation_pauses_clock = True
        paused = self.receive('2025-12-01 02:00:00')
        with self.at('2025-12-02 02:00:00'):
            paused.action_request_obligation('Chưa nộp tiền sử dụng đất')
        with self.at('2025-12-03 02:00:00'):
            paused.action_obligation_paid()
        self.assertEqual(paused.due_at, '2025-12-09 10:00:00')  # one working day added

    def test_refuse_stop_withdraw(self):
        refused = self.receive('2025-12-01 02:00:00')
        with self.assertRaises(UserError):
            refused.action_refuse('')
        refused.action_refuse('Hồ sơ không thuộc thẩm quyền')
        self.assertEqual((refused.state, refused.national_status), ('refused', 3))
        stopped = self.receive('2025-12-01 02:00:00')
        stopped.action_next_step()
        with self.assertRaises(UserError):
            stopped.action_refuse('Too late to refuse')
        stopped.action_stop('Có văn bản dừng của cơ quan có thẩm quyền')
        self.assertEqual((stopped.state, stopped.national_status), ('stopped', 8))
        withdrawn = self.receive('2025-12-01 02:00:00')
        withdrawn.action_withdraw('Công dân xin rút hồ sơ')
        self.assertEqual((withdrawn.state, withdrawn.national_status), ('withdrawn', 7))
        self.assertFalse(withdrawn.dossier_step_ids.filtered(lambda s: not s.finished_at))

    def test_apology_only_when_late(self):
        dossier = self.receive('2025-12-01 02:00:00')
        with self.at('2025-12-03 02:00:00'), self.assertRaises(UserError):
            dossier.action_apologize('2025-12-20 02:00:00', 'Not late yet')

    def test_reception_needs_an_approved_internal_procedure(self):
        other = self.procedure.copy({'code': '9.000099'})
        with self.assertRaises(UserError):
            self.receive('2025-12-01 02:00:00', procedure_id=other.id)

    def test_keeps_its_version_for_life(self):
        dossier = self.receive('2025-12-01 02:00:00')
        newer = self.internal.copy({'version': 0})
        newer.action_submit()
        self._decide(newer, number='9/QD-UBND')
        newer.action_approve()
        self.assertEqual(dossier.internal_procedure_id, self.internal)
        dossier.action_next_step()
        self.assertEqual(dossier.step_id, self.internal.step_ids[1])
        self.assertEqual(self.receive('2025-12-02 02:00:00').internal_procedure_id, newer)

    def test_codes_and_protected_fields(self):
        first = self.receive('2025-12-01 02:00:00')
        second = self.receive('2025-12-01 03:00:00')
        self.assertRegex(first.code, r'^T00\.01-251201-\d{6}$')
        self.assertNotEqual(first.code, second.code)
        self.assertRegex(first.sudo().lookup_secret, r'^\d{6}$')
        for values in ({'state': 'done'}, {'due_at': '2030-01-01 00:00:00'},
                       {'code': 'X'}, {'timing': 'early'}):
            with self.assertRaises(UserError):
                first.write(values)
        first.write({'applicant_phone': '0987654321'})

    def test_historical_dossier_through_the_orm(self):
        dossier = self.env['tthc.dossier'].create({
            'procedure_id': self.procedure.id, 'agency_id': self.agency_a.id,
            'applicant_name': 'Migrated', 'received_at': '2025-03-03 02:00:00'})
        # Mon 03/03/2025 09:00, 5 days: Tue 04 .. Mon 10/03 17:00
        self.assertEqual(dossier.due_at, '2025-03-10 10:00:00')

    def test_kanban_columns_are_every_step(self):
        self.receive('2025-12-01 02:00:00')
        groups = self.env['tthc.dossier'].with_context(
            tthc_procedure_id=self.procedure.id).read_group(
            [('procedure_id', '=', self.procedure.id)], ['step_id'], ['step_id'])
        self.assertEqual([g['step_id'][0] for g in groups], self.internal.step_ids.ids)
        self.assertEqual([g['step_id_count'] for g in groups], [1, 0, 0, 0])

    def test_handed_over_meanwhile(self):
        dossier = self.receive('2025-12-01 02:00:00')
        seen = dossier.step_id.id
        dossier.with_context(tthc_expected_step_id=seen).action_next_step()
        with self.assertRaises(UserError):
            dossier.with_context(tthc_expected_step_id=seen).action_next_step()
        self.assertEqual(len(dossier.dossier_step_ids), 2)
