# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.exceptions import AccessError, UserError

from .common import DossierCase


class TestDossierAccess(DossierCase):

    def test_officer_handles_own_agency_only(self):
        dossier = self.receive('2025-12-01 02:00:00', user=self.officer_a)
        self.assertEqual(dossier.code[:6], 'T00.01')
        dossier.action_next_step()
        self.assertEqual(dossier.state, 'processing')
        Dossier_b = self.env['tthc.dossier'].sudo(self.officer_b)
        self.assertFalse(Dossier_b.search([('id', '=', dossier.id)]))
        with self.assertRaises(AccessError):
            dossier.sudo(self.officer_b).read(['code'])
        with self.assertRaises(AccessError):
            dossier.sudo(self.officer_b).action_next_step()
        with self.assertRaises(AccessError):
            self.receive('2025-12-01 02:00:00', user=self.officer_b)  # at agency A

    def test_controller_reads_all_handles_own_agencies(self):
        dossier = self.receive('2025-12-01 02:00:00')
        controller_b = self._user('controller_b', 'group_tthc_controller', self.agency_b)
        self.assertEqual(dossier.sudo(controller_b).code, dossier.code)
        with self.assertRaises(AccessError):
            dossier.sudo(controller_b).action_next_step()
        # the province's controller belongs to the agency above all others
        dossier.sudo(self.controller).action_next_step()
        self.assertEqual(dossier.state, 'processing')

    def test_process_records_are_read_only(self):
        dossier = self.receive('2025-12-01 02:00:00', user=self.officer_a)
        step = dossier.dossier_step_ids.sudo(self.officer_a)
        self.assertTrue(step.started_at)
        with self.assertRaises(AccessError):
            step.write({'finished_at': '2025-12-01 03:00:00'})
        with self.assertRaises(AccessError):
            self.env['tthc.dossier.pause'].sudo(self.officer_a).create({
                'dossier_id': dossier.id, 'kind': 'supplement',
                'date_start': '2025-12-01 03:00:00'})

    def test_never_deleted_but_by_the_administrator(self):
        dossier = self.receive('2025-12-01 02:00:00', user=self.officer_a)
        with self.assertRaises((AccessError, UserError)):
            dossier.sudo(self.officer_a).unlink()
        with self.assertRaises((AccessError, UserError)):
            dossier.sudo(self.leader_a).unlink()
        dossier.sudo(self.leader_a).write({'active': False})
        dossier.sudo(self.admin).unlink()
        self.assertFalse(dossier.exists())
