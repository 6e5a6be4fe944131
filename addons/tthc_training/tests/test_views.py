# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from .common import TrainingCase

ACTIONS = ['tthc_focal_assignment_action', 'tthc_focal_assignment_action_untrained',
           'tthc_training_class_action', 'tthc_training_attendee_action',
           'tthc_focal_statistics_action', 'tthc_training_topic_action']


class TestViews(TrainingCase):

    def test_every_view_of_the_menus_loads_for_its_users(self):
        for user in (self.officer_a, self.leader_a, self.manager):
            for xmlid in ACTIONS:
                action = self.env.ref('tthc_training.' + xmlid)
                if not self.env[action.res_model].sudo(user).check_access_rights(
                        'read', raise_exception=False):
                    continue
                views = [[False, mode] for mode in action.view_mode.split(',')] + [
                    [False, 'search']]
                result = self.env[action.res_model].sudo(user).load_views(views)
                self.assertEqual(set(result['fields_views']),
                                 set(action.view_mode.split(',')) | {'search'})

    def test_employee_form_shows_the_training_record(self):
        arch = self.env['hr.employee'].sudo(self.leader_a).fields_view_get(
            view_type='form')['arch']
        self.assertIn('tthc_training_attendee_ids', arch)
        self.assertIn('tthc_focal_assignment_ids', arch)

    def test_settings(self):
        settings = self.env['res.config.settings'].create({'tthc_turnover_threshold': 75.0,
                                                          'tthc_coverage_months': 18})
        settings.execute()
        Statistics = self.env['tthc.focal.statistics']
        self.assertEqual((Statistics._setting('turnover_threshold'),
                          Statistics._setting('coverage_months')), (75.0, 18))
        self.assertEqual(self.env['res.config.settings'].create({}).tthc_coverage_months, 18)
