# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import io

import openpyxl

from .common import TrainingCase


class TestStatistics(TrainingCase):
    """The engine's fixed history (test_turnover_engine.AGENCY_X) recorded in agency A."""

    @classmethod
    def setUpClass(cls):
        super(TestStatistics, cls).setUpClass()
        cls.env['ir.config_parameter'].set_param('tthc_training.turnover_threshold', '150')
        Employee = cls.env['hr.employee']
        for name, start, end in (('A', '2019-01-01', '2020-06-30'),
                                 ('B', '2020-07-01', '2020-12-31'),
                                 ('C', '2021-02-01', '2023-03-31'),
                                 ('D', '2023-04-01', False)):
            employee = Employee.create({'name': 'Officer %s' % name})
            cls._assign(employee, cls.agency_a, start, end)
            setattr(cls, 'officer_%s' % name.lower(), employee)
        cls._assign(cls.employee_y, cls.agency_a, '2024-01-01', role='deputy')
        cls._assign(cls.employee_b, cls.agency_b, '2019-01-01')

    def _row(self, agency, year):
        return self.env['tthc.focal.statistics'].search([('agency_id', '=', agency.id),
                                                         ('year', '=', str(year))])

    def test_turnover_figures(self):
        rows = {year: self._row(self.agency_a, year) for year in (2019, 2020, 2021, 2023)}
        # 2020: A then B left, each followed by a successor; (547 + 184) / 2 days
        self.assertEqual((rows[2020].changes, rows[2020].average_tenure_days,
                          rows[2020].average_posts, rows[2020].turnover_rate),
                         (2, 365.5, 1.0, 200.0))
        self.assertTrue(rows[2020].above_threshold)
        # 2021: post vacant in January: 334/365 of a post, no change
        self.assertEqual((rows[2021].changes, rows[2021].average_posts,
                          rows[2021].turnover_rate), (0, 0.9151, 0.0))
        # 2023: C left after 789 days for D
        self.assertEqual((rows[2023].changes, rows[2023].average_tenure_days,
                          rows[2023].turnover_rate), (1, 789.0, 100.0))
        self.assertFalse(rows[2023].above_threshold)
        self.assertEqual(rows[2019].changes, 0)
        years = self.env['tthc.focal.statistics'].search(
            [('agency_id', '=', self.agency_a.id)]).mapped('year')
        self.assertEqual(sorted(years), [str(y) for y in range(2019, self.today.year + 1)])

    def test_threshold_setting(self):
        self.env['ir.config_parameter'].set_param('tthc_training.turnover_threshold', '99')
        self.env['tthc.focal.statistics']._refresh(self.agency_a)
        self.assertTrue(self._row(self.agency_a, 2023).above_threshold)

    def test_coverage(self):
        current = self._row(self.agency_a, self.today.year)
        # D (main) and Y (deputy) serve today, neither trained
        self.assertEqual((current.officer_count, current.trained_count, current.coverage_rate),
                         (2, 0, 0.0))
        self._passed(self.officer_d, self.agency_a, self._day(-10))
        current = self._row(self.agency_a, self.today.year)
        self.assertEqual((current.officer_count, current.trained_count, current.coverage_rate),
                         (2, 1, 50.0))
        untrained = self.env['tthc.focal.assignment'].search([
            ('agency_id', '=', self.agency_a.id), ('training_needed', '=', True)])
        self.assertEqual(untrained.mapped('employee_id'), self.employee_y)
        # a training older than the window no longer counts
        self._passed(self.employee_y, self.agency_a, self._day(-400))
        self.assertEqual(self._row(self.agency_a, self.today.year).trained_count, 1)

    def test_past_year_coverage_uses_its_own_reference_date(self):
        self._passed(self.officer_c, self.agency_a, '2022-05-10')
        row = self._row(self.agency_a, 2022)
        self.assertEqual((row.reference_date, row.officer_count, row.trained_count),
                         ('2022-12-31', 1, 1))
        self.assertEqual(self._row(self.agency_a, 2023).trained_count, 0)

    def _sheet_rows(self, report, statistics):
        # English labels: the test database may run in Vietnamese
        content, kind = self.env.ref(report).with_context(lang='en_US').render_xlsx(
            statistics.ids, {})
        self.assertEqual(kind, 'xlsx')
        book = openpyxl.load_workbook(io.BytesIO(content))
        return book, [row for row in book.worksheets[0].iter_rows(values_only=True)]

    def test_turnover_xlsx(self):
        statistics = self.env['tthc.focal.statistics'].search(
            [('agency_id', '=', self.agency_a.id)])
        _book, rows = self._sheet_rows('tthc_training.tthc_focal_turnover_xlsx_report',
                                       statistics)
        self.assertTrue(any('changes / average posts x 100' in (row[0] or '') for row in rows))
        line = next(row for row in rows if row[0] == '2020')
        self.assertEqual(line[2:7], (self.agency_a.complete_name, 2, 365.5, 1, 200))
        self.assertTrue(line[7], "above the threshold")
        self.assertFalse(next(row for row in rows if row[0] == '2023')[7])

    def test_coverage_xlsx(self):
        self._passed(self.officer_d, self.agency_a, self._day(-10))
        statistics = self.env['tthc.focal.statistics'].search(
            [('agency_id', '=', self.agency_a.id), ('year', '=', str(self.today.year))])
        book, rows = self._sheet_rows('tthc_training.tthc_training_coverage_xlsx_report',
                                      statistics)
        line = rows[-1]
        self.assertEqual(line[3:7], (self.today.strftime('%d/%m/%Y'), 2, 1, 50))
        untrained = list(book.worksheets[1].iter_rows(values_only=True))
        self.assertEqual([row[1] for row in untrained[1:]], ['Employee Y'])
