# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""A procedure with an approved internal procedure at agency A, the 2025 working calendar,
and the clock of the dossier actions set by the tests (times below are UTC: Hà Nội is +7)."""
from contextlib import contextmanager
from unittest.mock import patch

from odoo.addons.tthc_catalog.tests.common import TthcCase


class DossierCase(TthcCase):

    @classmethod
    def setUpClass(cls):
        super(DossierCase, cls).setUpClass()
        cls.env['tthc.holiday'].search([('year', '=', 2025)]).unlink()
        cls.env['tthc.holiday'].generate_year(2025)
        cls.env['ir.config_parameter'].sudo().set_param('tthc_catalog.cutoff', '15.0')
        cls.procedure.processing_days = 5
        cls.internal = cls._internal_procedure(steps=((0.5, False), (3, False), (1, False),
                                                      (0, True)))
        cls.internal.action_submit()
        cls._decide(cls.internal)
        cls.internal.action_approve()
        cls.officer_b = cls._user('officer_b', 'group_tthc_officer', cls.agency_b)

    @classmethod
    def tearDownClass(cls):
        # the engine is cached per registry: forget the calendar of this rolled-back class
        cls.env['tthc.working.calendar'].clear_caches()
        super(DossierCase, cls).tearDownClass()

    @contextmanager
    def at(self, moment):
        """Run the dossier actions as if it were ``moment`` (UTC)."""
        with patch.object(type(self.env['tthc.dossier']), '_now', lambda self: moment):
            yield

    def receive(self, received_at, user=None, **values):
        env = self.env(user=user.id) if user else self.env
        vals = {'procedure_id': self.procedure.id, 'agency_id': self.agency_a.id,
                'applicant_name': 'Nguyễn Văn An', 'applicant_phone': '0912345678',
                'component_ids': [(0, 0, {'name': 'Đơn đề nghị', 'original_count': 1})]}
        vals.update(values)
        with self.at(received_at):
            return env['tthc.dossier'].create(vals)
