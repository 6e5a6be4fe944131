# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tools import mute_logger

from .common import TthcCase


class TestProcedure(TthcCase):

    def _create(self, **values):
        vals = {'code': '9.000002', 'name': 'Another', 'field_id': self.field.id,
                'level': 'commune', 'agency_id': self.commune_a.id, 'processing_days': 2.5}
        vals.update(values)
        return self.env['tthc.procedure'].create(vals)

    def test_code_format(self):
        for code in ('1.00422', '1.0042270', '12.004227', 'a.004227', '1-004227', '', ' 1.004227'):
            with self.assertRaises(ValidationError, msg=code):
                self._create(code=code or 'x')
        self.assertEqual(self._create(code='2.999635').code, '2.999635')

    @mute_logger('odoo.sql_db')
    def test_code_unique(self):
        with self.assertRaises(IntegrityError):
            self._create(code=self.procedure.code)

    @mute_logger('odoo.sql_db')
    def test_processing_days_not_negative(self):
        with self.assertRaises(IntegrityError):
            self._create(processing_days=-1)

    def test_fractional_processing_days(self):
        self.assertEqual(self._create(processing_days=0.5).processing_days, 0.5)

    def test_replacement(self):
        new = self._create()
        with self.assertRaises(ValidationError):
            self.procedure.write({'replaced_by_id': new.id})  # still in force
        self.procedure.write({'state': 'replaced', 'replaced_by_id': new.id})
        self.assertEqual(self.procedure.replaced_by_id, new)
        with self.assertRaises(ValidationError):
            new.write({'state': 'replaced', 'replaced_by_id': new.id})

    def test_dates(self):
        with self.assertRaises(ValidationError):
            self._create(date_effective='2025-07-01', date_end='2025-06-30')

    def test_name_search_by_code(self):
        found = self.env['tthc.procedure'].name_search('9.00000')
        self.assertIn(self.procedure.id, [pid for pid, _name in found])
        self.assertEqual(self.procedure.display_name, '[9.000001] Test procedure')

    def test_changes_tracked_in_chatter(self):
        self.procedure.write({'processing_days': 12})
        tracked = self.procedure.message_ids.mapped('tracking_value_ids')
        self.assertIn('processing_days', tracked.mapped('field'))

    def test_archived_agency_keeps_procedures_readable(self):
        self.agency_a.active = False
        procedures = self.env['tthc.procedure'].sudo(self.officer_a).search(
            [('agency_id', '=', self.agency_a.id)])
        self.assertEqual(procedures, self.procedure)
        self.assertEqual(procedures.agency_id.name, 'Department A')
