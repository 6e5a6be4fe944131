# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import io

import openpyxl

from .common import InspectionCase


class TestReport(InspectionCase):

    def setUp(self):
        super(TestReport, self).setUp()
        self.campaign.agency_id = self.province
        self._run()
        self.visit_a.write({'conclusion': '<p>Good desk.</p>', 'rating': 'commended'})
        self.visit_b.write({'conclusion': '<p>Late postings.</p>', 'rating': 'weak'})
        self.good = self._finding(self.visit_a, kind='good_practice')
        self.good.name = 'Every procedure posted on the portal'
        self.major = self._finding(self.visit_b, severity='major')
        self._finding(self.visit_b, severity='minor')
        self._finding(self.visit_b, severity='major', criterion='criterion_internal_procedures')
        self.major.action_confirm()
        self.overdue = self._action(self.major, '2026-03-31', owner=self.leader_b)
        self.overdue.name = 'Appoint a second desk officer'
        self._action(self.major, '2099-03-31', owner=self.leader_b)

    def test_report_data(self):
        content = self.campaign._report_data()
        self.assertEqual(content['visits'], self.visit_a | self.visit_b)
        self.assertEqual(content['commended'], self.visit_a)
        self.assertEqual(content['good_practices'], self.good)
        self.assertEqual(content['overdue_actions'], self.overdue)
        lines = {line['criterion']: (line['counts'], line['total'])
                 for line in content['by_criterion']}
        staffing = self.env.ref('tthc_inspection.criterion_desk_staffing').name
        internal = self.env.ref('tthc_inspection.criterion_internal_procedures').name
        self.assertEqual(lines[staffing], ({'minor': 1, 'major': 1, 'critical': 0}, 2))
        self.assertEqual(lines[internal], ({'minor': 0, 'major': 1, 'critical': 0}, 1))

    def test_pdf_conclusion(self):
        report = self.env.ref('tthc_inspection.tthc_inspection_campaign_pdf_report')
        html = report.render_qweb_html(self.campaign.ids)[0].decode()
        for text in ('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
                     'PROVINCE', 'KẾT LUẬN KIỂM TRA', '12/QD-UBND', '02/03/2026',
                     '12/03/2026', 'Department A', 'Every procedure posted on the portal',
                     'Appoint a second desk officer', '31/03/2026'):
            self.assertIn(text, html)
        self.assertNotIn('2099', html)

    def test_xlsx(self):
        report = self.env.ref('tthc_inspection.tthc_inspection_campaign_xlsx_report')
        content, kind = report.render_xlsx(self.campaign.ids, {})
        self.assertEqual(kind, 'xlsx')
        book = openpyxl.load_workbook(io.BytesIO(content))
        visits, criteria, commended, overdue = [
            list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets]
        self.assertEqual(visits[1], ('Team 1/2026', 'Department A', '12/03/2026',
                                     'Commended', 1, 0))
        self.assertEqual(visits[2][1:], ('Department B', '19/03/2026', 'Weak', 3, 3))
        self.assertEqual(len(criteria), 3)
        self.assertEqual(commended[1:], [('Team 1/2026', 'Department A')])
        self.assertEqual(overdue[1][1:], ('Department B', 'Appoint a second desk officer',
                                          'leader_b', '31/03/2026'))

    def test_agency_view_across_years(self):
        previous = self.campaign.copy({'name': 'Team 1/2025', 'year': 2025})
        old_visit = self._visit(self.agency_b, '2025-05-05', campaign=previous)
        old_finding = self._finding(old_visit)
        old_finding.action_confirm()
        on_time = self._action(old_finding, '2099-01-01', owner=self.leader_b)
        on_time.action_done()
        Report = self.env['tthc.inspection.agency.report']
        rows = Report.read_group([('agency_id', '=', self.agency_b.id)],
                                 ['visit_count', 'finding_count', 'deficiency_count',
                                  'action_count', 'action_on_time_count', 'year'], ['year'])
        by_year = {row['year']: row for row in rows}
        self.assertEqual((by_year['2026']['visit_count'], by_year['2026']['finding_count'],
                          by_year['2026']['action_count'],
                          by_year['2026']['action_on_time_count']), (1, 3, 2, 0))
        self.assertEqual((by_year['2025']['visit_count'], by_year['2025']['deficiency_count'],
                          by_year['2025']['action_on_time_count']), (1, 1, 1))
        # the inspected leader sees the history of their own agency only
        mine = Report.sudo(self.leader_b).search([])
        self.assertEqual(mine.mapped('agency_id'), self.agency_b)
