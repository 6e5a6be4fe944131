# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""With both addons installed, a visit's on-time criterion is measured from the dossiers of
the visited agency (tthc_inspection looks tthc_dossier up by name)."""
from odoo.tests.common import TransactionCase


class TestInspectionDossierPrefill(TransactionCase):

    def test_on_time_rate_measured(self):
        env = self.env(context={'lang': 'en_US'})
        agency = env.ref('tthc_catalog.agency_congthuong')
        dossier = env['tthc.dossier'].create({
            'procedure_id': env.ref('tthc_catalog.proc_trade_liquor').id,
            'agency_id': agency.id, 'applicant_name': 'Prefill'})
        for _step in range(3):
            dossier.action_next_step()
        self.assertEqual(dossier.state, 'done')
        visit = env['tthc.inspection.visit'].new({'agency_id': agency.id})
        measured = visit._dossier_statistics()['dossier_on_time']['measured_value']
        resolved = env['tthc.dossier.statistics'].compute(
            '2000-01-01', '2100-01-01', agency_ids=agency.ids)['total']['resolved']
        self.assertTrue(resolved >= 1)
        self.assertIn('dossiers resolved from', measured)
        self.assertIn('were early or on time', measured)
