# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from .common import InspectionCase


class TestChecklist(InspectionCase):

    @classmethod
    def setUpClass(cls):
        super(TestChecklist, cls).setUpClass()
        cls.covered = cls.procedure.copy({'code': '9.000010', 'name': 'Covered procedure'})
        cls._approve(cls.covered)
        cls.procedure.copy({'code': '9.000011', 'name': 'Outside one-stop',
                            'one_stop_type': 'none'})

    @classmethod
    def _approve(cls, procedure):
        internal = cls._internal_procedure(procedure=procedure)
        internal.action_submit()
        cls._decide(internal)
        internal.action_approve()

    def _line(self, visit, criterion):
        return visit.checklist_line_ids.filtered(
            lambda line: line.criterion_id == self.env.ref('tthc_inspection.' + criterion))

    def test_internal_procedure_coverage_is_measured_from_the_catalogue(self):
        self._run()
        line = self._line(self.visit_a, 'criterion_internal_procedures')
        self.assertEqual(line.result, 'not_met')
        self.assertEqual(line.measured_value, "1 of 2 one-stop procedures have an approved "
                                              "internal procedure (50.00%, truncated).")
        # Department B has no procedure at all: nothing to measure
        self.assertEqual(self._line(self.visit_b, 'criterion_internal_procedures').result,
                         'not_applicable')

    def test_refresh_measures_again(self):
        self._run()
        self._approve(self.procedure)
        self.visit_a.sudo(self.inspector_member).action_refresh_checklist()
        line = self._line(self.visit_a, 'criterion_internal_procedures')
        self.assertEqual(line.result, 'met')
        self.assertIn('2 of 2', line.measured_value)

    def test_dossier_criteria(self):
        """The on-time rate is measured from the visited agency's dossiers (none resolved
        here); what no data describes stays for the team to check."""
        self._run()
        on_time = self._line(self.visit_a, 'criterion_on_time_rate')
        self.assertEqual(on_time.result, 'not_applicable')
        self.assertIn('No dossier resolved', on_time.measured_value)
        for criterion in ('criterion_digitised', 'criterion_fees_posted',
                          'criterion_desk_staffing'):
            line = self._line(self.visit_a, criterion)
            self.assertTrue(line.expected_evidence)
            self.assertFalse(line.measured_value or line.result)
