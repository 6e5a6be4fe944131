# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The return date of a dossier from its procedure's published time for its case and channel
(issue 16): working days, calendar days, stages, "at receipt", the province's own time, on the
2025 calendar of ``tthc.holiday`` (Tết, Hùng Kings' day 07/04, 30/04-02/05 with Saturday 26/04
worked in exchange) and the 15:00 cut-off. Times are UTC; Hà Nội is UTC+7."""
import importlib.util
import json
import os

from odoo.exceptions import UserError
from odoo.modules.module import get_module_path

from .common import DossierCase


class TestDossierClock(DossierCase):

    @classmethod
    def setUpClass(cls):
        super(TestDossierClock, cls).setUpClass()
        # the procedure of the other tests, published as 25 working days online or by post and
        # 35 in person
        cls.procedure.write({'time_ids': [
            (5, 0, 0),
            (0, 0, {'channel': 'online', 'amount': 25, 'unit': 'working_day'}),
            (0, 0, {'channel': 'postal', 'amount': 25, 'unit': 'working_day'}),
            (0, 0, {'channel': 'direct', 'amount': 35, 'unit': 'working_day'}),
        ]})

    @classmethod
    def _procedure(cls, code, times, cases=(), steps=((0.5, False), (0, True))):
        """A procedure of agency A with ``times`` [(channel, amount, unit, stage, values)] and
        an approved internal procedure of ``steps``."""
        procedure = cls.env['tthc.procedure'].create({
            'code': code, 'name': 'Procedure %s' % code, 'field_id': cls.field.id,
            'level': 'province', 'agency_id': cls.agency_a.id,
            'case_ids': [(0, 0, {'name': name, 'sequence': index})
                         for index, name in enumerate(cases)],
            'time_ids': [(0, 0, dict(channel=channel, amount=amount, unit=unit, stage=stage,
                                     **extra))
                         for channel, amount, unit, stage, extra in times]})
        internal = cls._internal_procedure(procedure, steps=steps)
        internal.action_submit()
        cls._decide(internal)
        internal.action_approve()
        return procedure

    def test_25_working_days_online_35_in_person(self):
        # Thu 27/03/2025 10:00: Fri 28/03 (1), 31/03-04/04 (2-6), Mon 07/04 Hùng Kings' day
        # off, 08-11/04 (7-10), 14-18/04 (11-15), 21-25/04 (16-20), Sat 26/04 worked (21),
        # 28-29/04 (22-23), 30/04-04/05 off, Mon 05/05 (24), Tue 06/05 (25) 17:00
        online = self.receive('2025-03-27 03:00:00', channel='online')
        self.assertEqual(online.due_at, '2025-05-06 10:00:00')
        self.assertEqual(online.processing_time, '25 working days')
        postal = self.receive('2025-03-27 03:00:00', channel='postal')
        self.assertEqual(postal.due_at, '2025-05-06 10:00:00')
        # in person: ... 07-09/05 (26-28), 12-16/05 (29-33), 19/05 (34), Tue 20/05 (35)
        direct = self.receive('2025-03-27 03:00:00', channel='direct')
        self.assertEqual(direct.due_at, '2025-05-20 10:00:00')
        self.assertEqual(direct.processing_time, '35 working days')
        self.assertEqual(json.loads(direct.clock_stages), [[35.0, 'working_day']])

    def test_cutoff_and_its_reading(self):
        # online at 15:30 (after the cut-off): counts for Fri 28/03, not counted: Wed 07/05
        self.assertEqual(self.receive('2025-03-27 08:30:00', channel='online').due_at,
                         '2025-05-07 10:00:00')
        # the other reading: Friday is the first day counted, Tue 06/05
        self.env['res.config.settings'].create({'tthc_cutoff_reading': 'counted'}).execute()
        self.assertEqual(self.receive('2025-03-27 08:30:00', channel='online').due_at,
                         '2025-05-06 10:00:00')

    def test_45_calendar_days_ending_on_a_sunday(self):
        procedure = self._procedure('9.000045', [('direct', 45, 'day', 1, {})])
        # Thu 06/03/2025 09:00: 06/03 + 45 = Sun 20/04 -> Mon 21/04 17:00
        dossier = self.receive('2025-03-06 02:00:00', procedure_id=procedure.id)
        self.assertEqual(dossier.due_at, '2025-04-21 10:00:00')
        self.assertEqual(dossier.processing_time, '45 days')
        # Thu 20/02/2025 10:00: Sun 06/04, Mon 07/04 Hùng Kings' day -> Tue 08/04 17:00
        self.assertEqual(self.receive('2025-02-20 03:00:00', procedure_id=procedure.id).due_at,
                         '2025-04-08 10:00:00')
        # across Tết: Thu 23/01/2025 10:00, 45 days -> Sun 09/03 -> Mon 10/03
        self.assertEqual(self.receive('2025-01-23 03:00:00', procedure_id=procedure.id).due_at,
                         '2025-03-10 10:00:00')

    def test_staged_time(self):
        # 45 days, then 30 days: Mon 03/03/2025 09:00 + 75 days = Sat 17/05 -> Mon 19/05
        procedure = self._procedure('9.000075', [('direct', 30, 'day', 2, {}),
                                                 ('direct', 45, 'day', 1, {})])
        dossier = self.receive('2025-03-03 02:00:00', procedure_id=procedure.id)
        self.assertEqual(dossier.due_at, '2025-05-19 10:00:00')
        self.assertEqual(dossier.processing_time, '45 days + 30 days')
        # 5 working days then 10 days: Mon 10/03 17:00, then Tue 11/03 to Thu 20/03
        mixed = self._procedure('9.000076', [('direct', 5, 'working_day', 1, {}),
                                             ('direct', 10, 'day', 2, {})])
        self.assertEqual(self.receive('2025-03-03 02:00:00', procedure_id=mixed.id).due_at,
                         '2025-03-20 10:00:00')

    def test_at_receipt(self):
        procedure = self._procedure('9.000077', [('direct', 0, 'at_receipt', 1, {})],
                                    steps=((0, True),))
        # Mon 03/03/2025 16:00, after the cut-off, which does not apply: Mon 17:00
        dossier = self.receive('2025-03-03 09:00:00', procedure_id=procedure.id)
        self.assertEqual(dossier.due_at, '2025-03-03 10:00:00')
        self.assertEqual(dossier.processing_time, 'At receipt')
        # on the swapped Saturday 26/04/2025: that day; on Wed 30/04: Mon 05/05
        self.assertEqual(self.receive('2025-04-26 02:00:00', procedure_id=procedure.id).due_at,
                         '2025-04-26 10:00:00')
        self.assertEqual(self.receive('2025-04-30 02:00:00', procedure_id=procedure.id).due_at,
                         '2025-05-05 10:00:00')

    def test_hours(self):
        procedure = self._procedure('9.000078', [('direct', 4, 'hour', 1, {})])
        # Mon 03/03/2025 16:00: 1 h on Monday, Tue 07:30 + 3 h = 10:30 (03:30 UTC)
        dossier = self.receive('2025-03-03 09:00:00', procedure_id=procedure.id)
        self.assertEqual(dossier.due_at, '2025-03-04 03:30:00')
        self.assertEqual(dossier.processing_time, '4 working hours')

    def test_province_shortened_time(self):
        # Lạng Sơn cut a procedure from 18 to 15 working days by its own decision
        procedure = self._procedure('9.000018', [('direct', 18, 'working_day', 1, {
            'provincial_amount': 15, 'provincial_decision_number': '1234/QĐ-UBND',
            'provincial_decision_date': '2024-06-20'})])
        # Mon 03/03/2025 09:00 + 15 working days: 04/03 ... Mon 24/03
        dossier = self.receive('2025-03-03 02:00:00', procedure_id=procedure.id)
        self.assertEqual(dossier.due_at, '2025-03-24 10:00:00')
        self.assertEqual(dossier.processing_time, '15 working days')

    def test_other_time_refused_until_the_province_sets_it(self):
        procedure = self._procedure('9.000099', [('direct', 0, 'other', 1, {
            'description': 'Theo quy định của UBND tỉnh'})])
        with self.assertRaisesRegex(UserError, 'other.*province has not set'):
            self.receive('2025-03-03 02:00:00', procedure_id=procedure.id)
        procedure.time_ids.write({'provincial_amount': 3, 'provincial_unit': 'working_day',
                                  'provincial_decision_number': '99/QĐ-UBND'})
        # Mon 03/03/2025 09:00 + 3 working days: Thu 06/03
        self.assertEqual(self.receive('2025-03-03 02:00:00', procedure_id=procedure.id).due_at,
                         '2025-03-06 10:00:00')

    def test_cases(self):
        procedure = self._procedure('9.000100', [], cases=('Cấp mới', 'Cấp lại'))
        first, again = procedure.case_ids.sorted('sequence')
        procedure.write({'time_ids': [
            (0, 0, {'case_id': first.id, 'channel': 'direct', 'amount': 10,
                    'unit': 'working_day'}),
            (0, 0, {'case_id': again.id, 'channel': 'direct', 'amount': 5,
                    'unit': 'working_day'})]})
        with self.assertRaisesRegex(UserError, 'several cases'):
            self.receive('2025-03-03 02:00:00', procedure_id=procedure.id)
        # Mon 03/03/2025 09:00: 5 working days -> Mon 10/03; 10 -> Mon 17/03
        dossier = self.receive('2025-03-03 02:00:00', procedure_id=procedure.id,
                               case_id=again.id)
        self.assertEqual(dossier.due_at, '2025-03-10 10:00:00')
        self.assertEqual(self.receive('2025-03-03 02:00:00', procedure_id=procedure.id,
                                      case_id=first.id).due_at, '2025-03-17 10:00:00')
        # an internal procedure approved for the case is the one its dossiers follow
        for_again = self.env['tthc.internal.procedure'].create({
            'procedure_id': procedure.id, 'agency_id': self.agency_a.id, 'case_id': again.id,
            'step_ids': [(0, 0, {'sequence': 0, 'name': 'Thẩm định', 'responsible': 'Unit',
                                 'duration_days': 1}),
                         (0, 0, {'sequence': 1, 'name': 'Trả kết quả', 'responsible': 'Unit',
                                 'duration_days': 0, 'is_result_return': True})]})
        for_again.action_submit()
        self._decide(for_again, number='2/QD-UBND')
        for_again.action_approve()
        self.assertEqual(self.receive('2025-03-03 02:00:00', procedure_id=procedure.id,
                                      case_id=again.id).internal_procedure_id, for_again)
        self.assertNotEqual(self.receive('2025-03-03 02:00:00', procedure_id=procedure.id,
                                         case_id=first.id).internal_procedure_id, for_again)
        other = self._procedure('9.000101', [('direct', 1, 'working_day', 1, {})],
                                cases=('Một trường hợp',))
        with self.assertRaisesRegex(UserError, 'not a case of procedure 9.000101'):
            self.receive('2025-03-03 02:00:00', procedure_id=other.id, case_id=first.id)
        # a procedure with a single case: that case
        self.assertEqual(self.receive('2025-03-03 02:00:00', procedure_id=other.id).case_id,
                         other.case_ids)

    def test_the_time_is_kept_for_the_dossiers_life(self):
        dossier = self.receive('2025-03-27 03:00:00', channel='online')
        # the province amends the time afterwards: the dossier keeps 25 days
        self.procedure.time_ids.filtered(lambda t: t.channel == 'online').amount = 20
        dossier._recompute_due()
        self.assertEqual(dossier.due_at, '2025-05-06 10:00:00')
        with self.assertRaises(UserError):
            dossier.write({'clock_stages': '[[1, "working_day"]]'})

    def test_migration_keeps_the_due_dates(self):
        # a dossier received before 11.0.1.1.0 (5 working days, no stages kept)
        self.procedure.processing_days = 5
        dossier = self.receive('2025-03-03 02:00:00')
        self.assertEqual(dossier.due_at, '2025-03-10 10:00:00')
        self.env.cr.execute("UPDATE tthc_dossier SET clock_stages = NULL WHERE id = %s",
                            (dossier.id,))
        path = os.path.join(get_module_path('tthc_dossier'), 'migrations', '11.0.1.1.0',
                            'post-migrate.py')
        spec = importlib.util.spec_from_file_location('tthc_dossier_migration_1_1', path)
        migration = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(migration)
        migration.migrate(self.env.cr, '11.0.1.0.0')
        dossier.invalidate_cache()
        self.assertEqual(json.loads(dossier.clock_stages), [[5.0, 'working_day']])
        dossier._recompute_due()
        self.assertEqual(dossier.due_at, '2025-03-10 10:00:00')
