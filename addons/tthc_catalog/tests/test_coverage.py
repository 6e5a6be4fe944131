# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from .common import TthcCase


class TestCoverage(TthcCase):

    def _row(self, agency):
        rows = self.env['tthc.coverage.report'].read_group(
            [('agency_id', '=', agency.id)],
            ['procedure_count', 'one_stop_count', 'covered_count', 'one_stop_covered_count'], [])
        return tuple(rows[0][name] or 0 for name in (
            'procedure_count', 'one_stop_count', 'covered_count', 'one_stop_covered_count'))

    def test_counts_per_agency(self):
        Procedure = self.env['tthc.procedure']
        Procedure.create({'code': '9.000020', 'name': 'Outside one-stop',
                          'field_id': self.field.id, 'agency_id': self.agency_a.id,
                          'one_stop_type': 'none', 'processing_days': 5})
        Procedure.create({'code': '9.000021', 'name': 'Abolished', 'state': 'abolished',
                          'field_id': self.field.id, 'agency_id': self.agency_a.id,
                          'processing_days': 5})
        self.assertEqual(self._row(self.agency_a), (2, 1, 0, 0))
        internal = self._internal_procedure()
        internal.action_submit()
        self._decide(internal)
        internal.action_approve()
        self.env['tthc.procedure'].invalidate_cache()
        self.assertEqual(self._row(self.agency_a), (2, 1, 1, 1))

    def test_demo_province_fully_covered(self):
        """The source article's pattern: every one-stop procedure of the province has an
        approved internal procedure, and Sở TN&MT has procedures at three levels."""
        report = self.env['tthc.coverage.report'].read_group(
            [], ['one_stop_count', 'one_stop_covered_count'], [])[0]
        demo_province = self.env.ref('tthc_catalog.agency_province')
        demo = self.env['tthc.coverage.report'].read_group(
            [('agency_id', 'child_of', demo_province.id)],
            ['one_stop_count', 'one_stop_covered_count'], [])[0]
        self.assertTrue(report['one_stop_count'])
        self.assertEqual(demo['one_stop_count'], demo['one_stop_covered_count'])
        tnmt_levels = self.env['tthc.procedure'].with_context(active_test=False).search([
            ('field_id.code', 'in', ('DD', 'MT', 'TNN'))]).mapped('level')
        self.assertEqual(set(tnmt_levels), {'province', 'district', 'commune'})

    def test_summary_and_pdf(self):
        internal = self._internal_procedure()
        internal.action_submit()
        self._decide(internal)
        internal.action_approve()
        self.procedure.copy({'code': '9.000030', 'level': 'commune',
                             'agency_id': self.commune_a.id})
        summary = self.env['tthc.coverage.report'].summary(
            [('agency_id', 'child_of', self.agency_a.id)])
        rates = [(line['level'], line['one_stop_count'], line['rate'])
                 for line in summary['lines']]
        self.assertEqual(rates, [('Province', 1, 100.0), ('Commune', 1, 0.0)])
        self.assertEqual(summary['total']['rate'], 50.0)
        html = self.env.ref('tthc_catalog.tthc_coverage_pdf_report').render_qweb_html(
            self.agency_a.ids)[0]
        self.assertIn(b'50.00', html)
        self.assertIn(b'truncated to two decimals', html)
