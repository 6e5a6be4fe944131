# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Shared setup: two agencies under a province, one real user per group of the suite (never
sudo() in access tests), a procedure with an approved internal procedure."""
from odoo.tests.common import SavepointCase


class TthcCase(SavepointCase):

    @classmethod
    def setUpClass(cls):
        super(TthcCase, cls).setUpClass()
        # messages are asserted in English whatever the language of the administrator
        cls.env = cls.env(context=dict(cls.env.context, lang='en_US'))
        env = cls.env
        Agency = env['tthc.agency']
        cls.province = Agency.create({'name': 'Province', 'code': 'T00.00', 'level': 'province'})
        cls.agency_a = Agency.create({'name': 'Department A', 'code': 'T00.01',
                                      'level': 'province', 'parent_id': cls.province.id})
        cls.agency_b = Agency.create({'name': 'Department B', 'code': 'T00.02',
                                      'level': 'province', 'parent_id': cls.province.id})
        cls.commune_a = Agency.create({'name': 'Commune under A', 'level': 'commune',
                                       'parent_id': cls.agency_a.id})
        cls.field = env['tthc.field'].create({'code': 'TST', 'name': 'Test field'})

        cls.officer_a = cls._user('officer_a', 'group_tthc_officer', cls.agency_a)
        cls.leader_a = cls._user('leader_a', 'group_tthc_leader', cls.agency_a)
        cls.leader_b = cls._user('leader_b', 'group_tthc_leader', cls.agency_b)
        cls.controller = cls._user('controller', 'group_tthc_controller', cls.province)
        cls.admin = cls._user('tthc_admin', 'group_tthc_admin', cls.province)
        cls.employee = cls.env['res.users'].with_context(no_reset_password=True).create({
            'name': 'Plain employee', 'login': 'tthc_test_employee',
            'groups_id': [(6, 0, [env.ref('base.group_user').id])]})

        cls.procedure = env['tthc.procedure'].create({
            'code': '9.000001', 'name': 'Test procedure', 'field_id': cls.field.id,
            'level': 'province', 'agency_id': cls.agency_a.id, 'processing_days': 10})

    @classmethod
    def _user(cls, login, group, agency):
        """A real user of ``group`` (an XML id, ``tthc_catalog.`` implied) in ``agency``."""
        group = group if '.' in group else 'tthc_catalog.' + group
        return cls.env['res.users'].with_context(no_reset_password=True).create({
            'name': login, 'login': 'tthc_test_' + login,
            'email': login + '@tthc.example.com',
            'groups_id': [(6, 0, [cls.env.ref(group).id])],
            'tthc_agency_ids': [(6, 0, agency.ids)]})

    @classmethod
    def _internal_procedure(cls, procedure=None, agency=None, steps=((1, False), (0.5, False)),
                            user=None):
        procedure = procedure or cls.procedure
        env = cls.env(user=user.id) if user else cls.env
        return env['tthc.internal.procedure'].create({
            'procedure_id': procedure.id, 'agency_id': (agency or procedure.agency_id).id,
            'step_ids': [(0, 0, {'sequence': index, 'name': 'Step %s' % index,
                                 'responsible': 'Unit', 'duration_days': days,
                                 'is_result_return': result})
                         for index, (days, result) in enumerate(steps)]})

    @staticmethod
    def _decide(internal_procedure, number='1/QD-UBND', date='2026-01-15'):
        internal_procedure.write({'decision_number': number, 'decision_date': date,
                                  'decision_signer': 'Chairman'})
