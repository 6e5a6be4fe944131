# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The catalogue as the national database publishes it: several levels and agencies per
procedure, cases, times per channel/case/stage in every unit, structured fees, the former
single columns kept readable, and the import's mapping table."""
from psycopg2 import IntegrityError

from odoo import fields
from odoo.exceptions import UserError, ValidationError
from odoo.tools import mute_logger

from ..engine.catalog_text import fee_text, parse_fee_text
from .common import TthcCase


class TestCatalogModel(TthcCase):

    def _procedure(self, **values):
        vals = {'code': '9.000101', 'name': 'Published for two levels',
                'field_id': self.field.id}
        vals.update(values)
        return self.env['tthc.procedure'].create(vals)

    def test_levels_are_the_four_of_the_national_database(self):
        self.assertEqual(self.env['tthc.level'].search([]).mapped('code'),
                         ['ministry', 'province', 'district', 'commune'])

    def test_several_levels_and_agencies(self):
        ministry = self.env.ref('tthc_catalog.level_ministry')
        commune = self.env.ref('tthc_catalog.level_commune')
        procedure = self._procedure(level_ids=[(6, 0, (ministry | commune).ids)])
        # the former single level: the first provincial level of the procedure
        self.assertEqual(procedure.level, 'commune')
        self.assertFalse(procedure.agency_id)
        commune_b = self.env['tthc.agency'].create({'name': 'Commune B', 'level': 'commune',
                                                    'parent_id': self.agency_b.id})
        procedure.action_assign_level_agencies()
        self.assertEqual(procedure.agency_ids, self.commune_a | commune_b
                         | self.env['tthc.agency'].search([('level', '=', 'commune')]))
        self.assertIn(procedure.agency_id, procedure.agency_ids)
        self.assertIn(procedure, self.env['tthc.procedure'].search(
            [('agency_ids', 'in', commune_b.ids)]))
        self.assertEqual(commune_b.procedure_count, 1)
        with self.assertRaises(UserError):
            self._procedure(code='9.000102', level_ids=[(6, 0, ministry.ids)]) \
                .action_assign_level_agencies()

    def test_former_single_columns_write_through(self):
        procedure = self._procedure(level='district', agency_id=self.agency_b.id,
                                    processing_days=7.5)
        self.assertEqual(procedure.level_ids.mapped('code'), ['district'])
        self.assertEqual(procedure.agency_ids, self.agency_b)
        self.assertEqual([(t.channel, t.amount, t.unit, t.stage) for t in procedure.time_ids],
                         [('direct', 7.5, 'working_day', 1)])
        procedure.processing_days = 5
        self.assertEqual(procedure.time_ids.mapped('amount'), [5.0])
        self.assertEqual(procedure.processing_days, 5.0)

    def test_times_per_channel_case_and_stage(self):
        procedure = self._procedure()
        case = self.env['tthc.procedure.case'].create({
            'procedure_id': procedure.id, 'code': '9.000101.02', 'name': 'Re-issue'})
        procedure.time_ids = [
            (0, 0, {'channel': 'direct', 'amount': 35, 'unit': 'working_day'}),
            (0, 0, {'channel': 'online', 'amount': 25, 'unit': 'working_day'}),
            (0, 0, {'channel': 'direct', 'case_id': case.id, 'amount': 45, 'unit': 'day',
                    'stage': 1}),
            (0, 0, {'channel': 'direct', 'case_id': case.id, 'amount': 30, 'unit': 'day',
                    'stage': 2}),
        ]
        self.assertEqual(procedure.processing_days, 35.0)
        self.assertEqual(procedure.time_rows('online').mapped('amount'), [25.0])
        # no postal time published: the in-person time applies
        self.assertEqual(procedure.time_rows('postal').mapped('amount'), [35.0])
        # the case's stages, in order
        self.assertEqual([(t.stage, t.amount, t.unit) for t in procedure.time_rows('online',
                                                                                   case)],
                         [(1, 45.0, 'day'), (2, 30.0, 'day')])
        with self.assertRaises(ValidationError):
            self.env['tthc.procedure.case'].create({
                'procedure_id': procedure.id, 'code': '9.000101.2', 'name': 'Bad code'})

    def test_other_time_is_to_set_until_the_province_sets_it(self):
        procedure = self._procedure(time_ids=[(0, 0, {
            'channel': 'direct', 'unit': 'other', 'description': 'Khác'})])
        self.assertTrue(procedure.time_to_set)
        self.assertIn(procedure, self.env['tthc.procedure'].search([('time_to_set', '=', True)]))
        with self.assertRaises(ValidationError):
            procedure.time_ids.provincial_amount = 12
        procedure.time_ids.write({'provincial_amount': 12, 'provincial_unit': 'working_day',
                                  'provincial_decision_number': '15/QĐ-UBND',
                                  'provincial_decision_date': '2025-03-01'})
        self.assertFalse(procedure.time_to_set)
        self.assertEqual((procedure.time_ids.effective_amount, procedure.processing_days),
                         (12.0, 12.0))

    def test_province_shortens_a_national_time(self):
        procedure = self._procedure(processing_days=18)
        procedure.time_ids.write({'provincial_amount': 15,
                                  'provincial_decision_number': '1234/QĐ-UBND'})
        self.assertEqual((procedure.time_ids.amount, procedure.processing_days), (18.0, 15.0))

    def test_codes_national_local_and_legacy(self):
        for code, kind in (('1.999227', 'national'), ('1.012753.H19', 'local'),
                           ('T-LSN-287630-TT', 'legacy')):
            procedure = self._procedure(code=code)
            self.assertEqual((procedure.code_kind, procedure.is_national_code),
                             (kind, kind == 'national'))
        for code in ('1.01275.H19', 'T 287630', 'abc'):
            with self.assertRaises(ValidationError, msg=code):
                self._procedure(code=code)

    def test_fees_structured_and_from_the_former_text(self):
        procedure = self._procedure(fees='Lệ phí: 8.000 VNĐ (Miễn lệ phí cho người có công)')
        self.assertEqual([(f.kind, f.amount, f.description) for f in procedure.fee_ids],
                         [('fee', 8000.0, 'Miễn lệ phí cho người có công')])
        self.assertEqual(parse_fee_text('Phí: 0 VNĐ'),
                         [{'kind': 'charge', 'amount': 0.0, 'description': ''}])
        for fee in parse_fee_text('Lệ phí: 8.000 VNĐ (Miễn lệ phí cho người có công) '
                                  'Phí thẩm định theo quy định'):
            self.assertEqual(parse_fee_text(fee_text(fee)), [fee])
        self.assertEqual([(f['kind'], f['amount']) for f in parse_fee_text(
            'Phí: 50.000 VNĐ Lệ phí: 1.500.000 VNĐ')], [('charge', 50000.0),
                                                        ('fee', 1500000.0)])
        self.assertEqual(parse_fee_text(''), [])
        with mute_logger('odoo.sql_db'), self.assertRaises(IntegrityError):
            with self.env.cr.savepoint():
                procedure.fee_ids.amount = -1

    def test_mapping_table(self):
        Mapping = self.env['tthc.catalog.mapping']
        generic = Mapping.create({'kind': 'agency', 'source': 'Ủy ban nhân dân phường'})
        self.assertFalse(generic.is_mapped)
        self.assertEqual(generic.source_key, 'uy ban nhan dan phuong')
        generic.agency_level = 'commune'
        self.assertTrue(generic.is_mapped)
        self.assertEqual(generic.target_agencies(),
                         self.env['tthc.agency'].search([('level', '=', 'commune')]))
        field = Mapping.create({'kind': 'field', 'source': 'G02-CT19',
                                'field_id': self.field.id})
        self.assertTrue(field.is_mapped)
        with self.assertRaises(ValidationError):
            field.agency_ids = self.agency_a
        with mute_logger('odoo.sql_db'), self.assertRaises(IntegrityError):
            with self.env.cr.savepoint():
                Mapping.create({'kind': 'agency', 'source': 'ỦY BAN NHÂN DÂN  phường'})


class TestInternalProcedureScope(TthcCase):
    """Internal procedures per case and per agency or whole level; the sum of the steps
    against the shortest time per channel; coverage counted per level."""

    def _ip(self, procedure, steps, **values):
        values.update(procedure_id=procedure.id, step_ids=[
            (0, 0, {'sequence': number, 'name': 'Step %s' % number, 'responsible': 'Unit',
                    'duration_days': days, 'is_result_return': not days})
            for number, days in enumerate(steps)])
        return self.env['tthc.internal.procedure'].create(values)

    def _approve(self, internal, date='2026-01-15'):
        internal.action_submit()
        internal.write({'decision_number': '1/QĐ-UBND', 'decision_date': date,
                        'decision_signer': 'Chủ tịch'})
        internal.sudo(self.controller).action_approve()
        return internal

    def test_one_version_for_every_commune_and_per_case(self):
        commune = self.env.ref('tthc_catalog.level_commune')
        procedure = self.env['tthc.procedure'].create({
            'code': '9.000201', 'name': 'Commune procedure', 'field_id': self.field.id,
            'level_ids': [(6, 0, commune.ids)], 'processing_days': 5})
        case = self.env['tthc.procedure.case'].create({'procedure_id': procedure.id,
                                                       'name': 'Re-issue'})
        with self.assertRaises(ValidationError):
            self._ip(procedure, (1, 0), agency_id=self.commune_a.id, level_id=commune.id)
        with self.assertRaises(ValidationError):
            self._ip(procedure, (1, 0))
        whole_level = self._approve(self._ip(procedure, (2, 0), level_id=commune.id))
        self.assertIn('Commune', whole_level.name)
        self.assertEqual(procedure.approved_internal_procedure(self.commune_a), whole_level)
        self.assertFalse(procedure.approved_internal_procedure(self.agency_a))
        for_case = self._approve(self._ip(procedure, (1, 0), level_id=commune.id,
                                          case_id=case.id))
        self.assertEqual(procedure.approved_internal_procedure(self.commune_a, case), for_case)
        self.assertEqual(procedure.approved_internal_procedure(self.commune_a), whole_level)
        own = self._approve(self._ip(procedure, (3, 0), agency_id=self.commune_a.id))
        self.assertEqual(procedure.approved_internal_procedure(self.commune_a), own)
        # a new version for the whole level supersedes the level's, not the commune's own
        again = self._approve(self._ip(procedure, (1, 0), level_id=commune.id))
        self.assertEqual((whole_level.state, own.state, again.version),
                         ('superseded', 'approved', 2))

    def test_steps_within_the_shortest_time_per_channel(self):
        procedure = self.env['tthc.procedure'].create({
            'code': '9.000202', 'name': 'Two channels', 'field_id': self.field.id,
            'agency_ids': [(6, 0, self.agency_a.ids)], 'time_ids': [
                (0, 0, {'channel': 'direct', 'amount': 35, 'unit': 'working_day'}),
                (0, 0, {'channel': 'online', 'amount': 25, 'unit': 'working_day'})]})
        with self.assertRaisesRegex(ValidationError, r'more than the 25\.0 working days'):
            self._ip(procedure, (20, 8, 0), agency_id=self.agency_a.id)
        self.assertTrue(self._ip(procedure, (20, 5, 0), agency_id=self.agency_a.id))
        # 45 calendar days from Monday 02/03/2026 end on Thursday 16/04/2026: 33 working days
        # on the plain calendar of this test (no holiday recorded in March-April 2026)
        self.env['tthc.holiday'].search([('date', '>=', '2026-03-01'),
                                         ('date', '<=', '2026-04-30')]).unlink()
        calendar = self.env['tthc.procedure'].create({
            'code': '9.000203', 'name': 'Calendar days', 'field_id': self.field.id,
            'agency_ids': [(6, 0, self.agency_a.ids)], 'time_ids': [
                (0, 0, {'channel': 'direct', 'amount': 45, 'unit': 'day'})]})
        days, explanation = calendar.shortest_working_days(
            reference=fields.Date.from_string('2026-03-02'))
        self.assertEqual(days, 33.0)
        self.assertIn('45 calendar days = 33 working days from 02/03/2026', explanation)

    def test_coverage_counted_per_level(self):
        province = self.env.ref('tthc_catalog.level_province')
        commune = self.env.ref('tthc_catalog.level_commune')
        Procedure = self.env['tthc.procedure']
        both = Procedure.create({'code': '9.000211', 'name': 'Both levels',
                                 'field_id': self.field.id, 'processing_days': 5,
                                 'level_ids': [(6, 0, (province | commune).ids)]})
        only = Procedure.create({'code': '9.000212', 'name': 'Province only',
                                 'field_id': self.field.id, 'processing_days': 5,
                                 'level_ids': [(6, 0, province.ids)]})
        domain = [('id', 'in', (both | only).ids)]
        self.assertEqual(Procedure.coverage_by_level(domain)['province'], (2, 0))
        self._approve(self._ip(both, (1, 0), level_id=commune.id))
        self._approve(self._ip(only, (1, 0), agency_id=self.agency_a.id))
        coverage = Procedure.coverage_by_level(domain)
        self.assertEqual((coverage['province'], coverage['commune']), ((2, 1), (1, 1)))
