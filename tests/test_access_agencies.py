# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Agency scope in the situations the access matrix's single-agency users do not reach: a user
belonging to two agencies, the leader of a province-level department against commune
agencies, the leader of the provincial People's Committee above them all, and the roles that
are not desk roles (inspector: reads every dossier, changes none; training manager and
read-only staff: no dossier). Real users only; the dossiers go through the real actions."""
from odoo.exceptions import AccessError

from odoo.addons.tthc_dossier.tests.common import DossierCase

MONDAY = '2025-12-01 02:00:00'  # 09:00 in Hà Nội


class TestAccessAcrossAgencies(DossierCase):

    @classmethod
    def setUpClass(cls):
        super(TestAccessAcrossAgencies, cls).setUpClass()
        Agency = cls.env['tthc.agency']
        cls.commune_x = Agency.create({'name': 'Commune X', 'code': 'T00.31',
                                       'level': 'commune', 'parent_id': cls.province.id})
        cls.commune_y = Agency.create({'name': 'Commune Y', 'code': 'T00.32',
                                       'level': 'commune', 'parent_id': cls.province.id})
        # a commune-level procedure, one internal procedure approved for every commune
        cls.commune_procedure = cls.env['tthc.procedure'].create({
            'code': '9.000002', 'name': 'Commune procedure', 'field_id': cls.field.id,
            'level': 'commune', 'agency_id': cls.province.id, 'processing_days': 3})
        for number, (procedure, agency) in enumerate((
                (cls.commune_procedure, cls.province), (cls.procedure, cls.agency_b)), 2):
            internal = cls._internal_procedure(procedure=procedure, agency=agency,
                                               steps=((2, False), (0, True)))
            internal.action_submit()
            cls._decide(internal, number='%d/QD-UBND' % number)
            internal.action_approve()

        cls.officer_two = cls._user('officer_two', 'group_tthc_officer', cls.agency_a)
        cls.officer_two.tthc_agency_ids = [(4, cls.commune_x.id)]
        cls.leader_x = cls._user('leader_x', 'group_tthc_leader', cls.commune_x)
        cls.leader_province = cls._user('leader_province', 'group_tthc_leader', cls.province)

    def _receive_at(self, agency, user=None):
        procedure = self.procedure if agency.level == 'province' else self.commune_procedure
        return self.receive(MONDAY, user=user, procedure_id=procedure.id, agency_id=agency.id)

    def _dossiers(self):
        return {name: self._receive_at(agency) for name, agency in (
            ('a', self.agency_a), ('b', self.agency_b), ('x', self.commune_x),
            ('y', self.commune_y))}

    def _visible(self, user, dossiers):
        found = self.env['tthc.dossier'].sudo(user).search(
            [('id', 'in', [d.id for d in dossiers.values()])])
        return {name for name, dossier in dossiers.items() if dossier in found}

    def test_user_of_two_agencies(self):
        dossiers = self._dossiers()
        self.assertEqual(self._visible(self.officer_two, dossiers), {'a', 'x'})
        # receives and hands over in both of them …
        for agency in (self.agency_a, self.commune_x):
            dossier = self._receive_at(agency, user=self.officer_two)
            with self.at('2025-12-01 03:00:00'):
                dossier.sudo(self.officer_two).action_next_step()
            self.assertNotEqual(dossier.state, 'received')
        # … and in neither of the others
        for name in ('b', 'y'):
            with self.assertRaises(AccessError):
                dossiers[name].sudo(self.officer_two).read(['code'])
            with self.assertRaises(AccessError), self.at('2025-12-01 03:00:00'):
                dossiers[name].sudo(self.officer_two).action_next_step()
        with self.assertRaises(AccessError):
            self._receive_at(self.commune_y, user=self.officer_two)
        # losing an agency loses its dossiers at once
        self.officer_two.tthc_agency_ids = [(3, self.commune_x.id)]
        self.assertEqual(self._visible(self.officer_two, dossiers), {'a'})
        self.commune_x.user_ids = [(4, self.officer_two.id)]  # the same, from the agency
        self.assertEqual(self._visible(self.officer_two, dossiers), {'a', 'x'})

    def test_department_leader_and_commune_leader(self):
        dossiers = self._dossiers()
        # the leader of a province-level department: their department only, no commune
        self.assertEqual(self._visible(self.leader_a, dossiers), {'a'})
        with self.assertRaises(AccessError):
            dossiers['x'].sudo(self.leader_a).read(['code'])
        # the commune's leader: their commune only
        self.assertEqual(self._visible(self.leader_x, dossiers), {'x'})
        with self.assertRaises(AccessError):
            dossiers['a'].sudo(self.leader_x).read(['code'])
        with self.at('2025-12-01 03:00:00'):
            dossiers['x'].sudo(self.leader_x).action_next_step()
        # internal procedures: a commune leader proposes for the commune, not for a department
        self._internal_procedure(procedure=self.commune_procedure, agency=self.commune_x,
                                 user=self.leader_x)
        with self.assertRaises(AccessError):
            self._internal_procedure(agency=self.agency_a, user=self.leader_x)

    def test_leader_of_the_province_reaches_every_agency_below(self):
        dossiers = self._dossiers()
        self.assertEqual(self._visible(self.leader_province, dossiers), {'a', 'b', 'x', 'y'})
        with self.at('2025-12-01 03:00:00'):
            dossiers['y'].sudo(self.leader_province).action_next_step()
        self.assertEqual(dossiers['y'].state, 'done')

    def test_inspector_reads_every_dossier_and_changes_none(self):
        inspector = self._user('inspector', 'tthc_inspection.group_tthc_inspector', self.agency_b)
        dossiers = self._dossiers()
        self.assertEqual(self._visible(inspector, dossiers), {'a', 'b', 'x', 'y'})
        dossier = dossiers['a'].sudo(inspector)
        self.assertTrue(dossier.dossier_step_ids.read(['started_at']))
        self.assertNotIn('lookup_secret', dossier.fields_get())  # the citizen's secret
        with self.assertRaises(AccessError), self.at('2025-12-01 03:00:00'):
            dossier.action_next_step()
        with self.assertRaises(AccessError):
            dossier.write({'applicant_phone': '0900000000'})
        with self.assertRaises(AccessError):
            self._receive_at(self.agency_b, user=inspector)

    def test_training_manager_and_staff_have_no_dossier(self):
        manager = self._user('training_manager', 'tthc_training.group_tthc_training_manager',
                             self.agency_a)
        staff = self._user('staff', 'group_tthc_user', self.agency_a)
        dossiers = self._dossiers()
        for user in (manager, staff):
            self.assertFalse(user.has_group('tthc_catalog.group_tthc_officer'))
            with self.assertRaises(AccessError):
                self.env['tthc.dossier'].sudo(user).search([])
            with self.assertRaises(AccessError):
                dossiers['a'].sudo(user).read(['code'])
            # the catalogue stays readable
            self.assertTrue(self.procedure.sudo(user).read(['name']))
            self.assertTrue(self.internal.sudo(user).step_ids.read(['name']))

    def test_the_tree_changes_the_scope_at_once(self):
        """The rules hold each user's agencies and those below them, cached: a new agency
        under a user's agency, or one moved away, changes what they see at once."""
        dossiers = self._dossiers()
        self.assertEqual(self._visible(self.leader_a, dossiers), {'a'})
        self.commune_x.parent_id = self.agency_a  # commune X now answers to department A
        self.assertEqual(self._visible(self.leader_a, dossiers), {'a', 'x'})
        office = self.env['tthc.agency'].create({'name': 'Office under A', 'code': 'T00.01.1',
                                                 'level': 'province',
                                                 'parent_id': self.agency_a.id})
        self.assertIn(office, self.leader_a.tthc_agency_scope_ids)
        self.commune_x.parent_id = self.province
        self.assertEqual(self._visible(self.leader_a, dossiers), {'a'})
