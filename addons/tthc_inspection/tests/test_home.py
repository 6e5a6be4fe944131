# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Inspectors start on their team's current visits; the quick finding form confirms on
screen that the finding is kept."""
from odoo.addons.tthc_catalog.tests.test_home import run_home

from .common import InspectionCase


class TestInspectionHome(InspectionCase):

    def test_inspector_starts_on_the_team_s_current_visits(self):
        action = run_home(self, self.inspector_member)
        self.assertEqual(action['id'],
                         self.env.ref('tthc_inspection.tthc_inspection_visit_action').id)
        self.assertIn("'search_default_mine': 1", action['context'])
        self.assertIn("'search_default_to_visit': 1", action['context'])

    def test_saving_a_finding_confirms_it(self):
        finding = self.env['tthc.inspection.finding'].sudo(self.inspector_member).create({
            'visit_id': self.visit_a.id, 'name': 'No public listing'})
        action = finding.action_logged()
        self.assertEqual(action['type'], 'ir.actions.act_window_close')
        self.assertIn('Department A', action['effect']['message'])
