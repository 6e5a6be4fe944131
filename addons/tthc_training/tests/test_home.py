# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""HR starts on the focal officers to replace (ended, no successor yet) or to train."""
from odoo.addons.tthc_catalog.tests.test_home import run_home

from .common import TrainingCase


class TestTrainingHome(TrainingCase):

    def test_hr_starts_on_the_officers_to_replace_or_train(self):
        action = run_home(self, self.manager)
        self.assertEqual(action['id'],
                         self.env.ref('tthc_training.tthc_focal_assignment_action_todo').id)

    def test_an_ended_assignment_needs_a_successor_until_one_is_recorded(self):
        ended = self._assign(self.employee_x, self.agency_a, self._day(-400), self._day(-10))
        Assignment = self.env['tthc.focal.assignment'].sudo(self.manager)
        self.assertTrue(ended.needs_successor)
        self.assertIn(ended, Assignment.search([('needs_successor', '=', True)]))
        self._assign(self.employee_y, self.agency_a, self._day(-5))
        ended.invalidate_cache()
        self.assertFalse(ended.needs_successor)
        self.assertNotIn(ended, Assignment.search([('needs_successor', '=', True)]))
