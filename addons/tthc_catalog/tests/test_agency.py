# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tools import mute_logger

from .common import TthcCase


class TestAgency(TthcCase):

    @mute_logger('odoo.sql_db')
    def test_code_unique_when_set(self):
        Agency = self.env['tthc.agency']
        Agency.create({'name': 'No code 1', 'level': 'commune'})
        Agency.create({'name': 'No code 2', 'level': 'commune'})
        with self.assertRaises(IntegrityError):
            Agency.create({'name': 'Duplicate', 'code': 'T00.01', 'level': 'province'})

    def test_no_cycle(self):
        with self.assertRaises(ValidationError):
            self.province.parent_id = self.commune_a

    def test_hierarchy(self):
        self.assertEqual(self.commune_a.complete_name, 'Province / Department A / Commune under A')
        below = self.env['tthc.agency'].search([('id', 'child_of', self.agency_a.id)])
        self.assertEqual(below, self.agency_a | self.commune_a)

    def test_users_belong_to_agencies(self):
        self.assertEqual(self.leader_a.tthc_agency_ids, self.agency_a)
        self.assertIn(self.leader_a, self.agency_a.user_ids)
        two = self._user('two_agencies', 'group_tthc_officer', self.agency_a | self.agency_b)
        self.assertEqual(two.tthc_agency_ids, self.agency_a | self.agency_b)
