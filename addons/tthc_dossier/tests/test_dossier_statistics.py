# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from .common import DossierCase
from .scenario import insert_article_dossiers


class TestDossierStatistics(DossierCase):

    def _scenario(self, agency, procedure):
        """The source article's half year (``scenario.py``), at ``agency``."""
        insert_article_dossiers(self.env.cr, agency.id, procedure.id, procedure.field_id.id)
        self.env['tthc.dossier'].invalidate_cache()

    def test_source_article_figures(self):
        self._scenario(self.agency_a, self.procedure)
        stats = self.env['tthc.dossier.statistics'].compute(
            '2022-01-01', '2022-06-30', agency_ids=self.agency_a.ids)
        line = stats['total']
        self.assertEqual((line['received'], line['resolved'], line['in_time'], line['late']),
                         (11423, 8263, 8037, 226))
        self.assertEqual((line['in_time_rate'], line['late_rate']), (97.26, 2.73))
        self.assertEqual(line['late_obligation'], 151)
        self.assertEqual((line['in_progress_within'], line['in_progress_past']), (3000, 160))
        # 766: (8,037 + 3,000) / (8,263 + 3,160) = 96.6208…%
        self.assertEqual(line['index_on_time_rate'], 96.62)
        half_up = self.env['tthc.dossier.statistics'].compute(
            '2022-01-01', '2022-06-30', agency_ids=self.agency_a.ids, rule='half_up')['total']
        self.assertEqual(half_up['late_rate'], 2.74)

    def test_period_and_access(self):
        for received in ('2025-12-01 02:00:00', '2025-12-02 02:00:00'):
            dossier = self.receive(received)
            with self.at('2025-12-03 02:00:00'):
                dossier.action_next_step()
                dossier.action_next_step()
                dossier.action_next_step()
        Statistics = self.env['tthc.dossier.statistics']
        december = Statistics.compute('2025-12-01', '2025-12-31')['total']
        self.assertEqual((december['received'], december['resolved'], december['early']),
                         (2, 2, 2))
        self.assertEqual(Statistics.compute('2025-12-02', '2025-12-31')['total']['received'], 1)
        by_procedure = Statistics.compute('2025-12-01', '2025-12-31', group_by='procedure')
        self.assertEqual(by_procedure['lines'][0]['name'], '[9.000001] Test procedure')
        # an officer of another agency counts nothing of agency A
        other = Statistics.sudo(self.officer_b).compute('2025-12-01', '2025-12-31')['total']
        self.assertEqual(other['received'], 0)

    def test_xlsx_exports(self):
        import io
        import openpyxl
        self._scenario(self.agency_a, self.procedure)
        wizard = self.env['tthc.dossier.statistics.wizard'].create({
            'date_from': '2022-01-01', 'date_to': '2022-06-30',
            'agency_ids': [(6, 0, self.agency_a.ids)]})
        content, _kind = self.env.ref(
            'tthc_dossier.tthc_dossier_statistics_xlsx_report').render_xlsx(wizard.ids, {})
        rows = list(openpyxl.load_workbook(io.BytesIO(content)).active.iter_rows(
            values_only=True))
        self.assertEqual(rows[1][0], 'Period: 01/01/2022 - 30/06/2022')
        total = rows[6]
        self.assertEqual(total[1:12], ('Total', 11423, 8263, 5000, 3037, 226, 151, 3000, 160,
                                       97.26, 2.73))
        self.assertIn('truncated', rows[8][1])
        dossiers = self.env['tthc.dossier'].search([('code', 'like', 'SCN-')], limit=3)
        book, _kind = self.env.ref(
            'tthc_dossier.tthc_dossier_tracking_book_xlsx_report').render_xlsx(dossiers.ids, {})
        rows = list(openpyxl.load_workbook(io.BytesIO(book)).active.iter_rows(values_only=True))
        self.assertEqual(rows[2][1], 'Dossier code')
        self.assertEqual(len(rows), 6)
