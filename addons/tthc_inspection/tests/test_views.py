# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""What the web client asks when a user opens the menus: every view of every action, and
the kanban columns, as an inspector and as an inspected leader."""
from .common import InspectionCase

ACTIONS = ['tthc_inspection_campaign_action', 'tthc_inspection_visit_action',
           'tthc_inspection_finding_action', 'tthc_inspection_action_action',
           'tthc_inspection_agency_report_action']


class TestViews(InspectionCase):

    def _open_every_view(self, user):
        for xmlid in ACTIONS:
            action = self.env.ref('tthc_inspection.' + xmlid)
            model = self.env[action.res_model].sudo(user)
            for view_type in action.view_mode.split(','):
                view = model.fields_view_get(view_type=view_type)
                self.assertTrue(view['arch'], '%s %s' % (xmlid, view_type))
            model.search_read([], list(model._fields)[:10])

    def test_inspector_and_leader_open_the_menus(self):
        self._run()
        self._finding(self.visit_a)
        self._open_every_view(self.inspector_member)
        self._open_every_view(self.leader_a)

    def test_kanban_columns(self):
        self._run()
        finding = self._finding(self.visit_a)
        Finding = self.env['tthc.inspection.finding'].sudo(self.inspector_member)
        columns = Finding.read_group([('id', '=', finding.id)], ['stage_id'], ['stage_id'])
        # every configured stage shows, even empty, so a finding can be dragged there
        self.assertEqual(len(columns), self.env['tthc.inspection.finding.stage'].search_count([]))
        visits = self.env['tthc.inspection.visit'].sudo(self.inspector_member).read_group(
            [('campaign_id', '=', self.campaign.id)], ['state'], ['state'])
        self.assertEqual([(group['state'], group['state_count']) for group in visits],
                         [('planned', 2)])

    def test_quick_finding_form_is_small(self):
        view = self.env['tthc.inspection.finding'].fields_view_get(
            view_id=self.env.ref('tthc_inspection.tthc_inspection_finding_view_form_quick').id)
        self.assertLessEqual(len(view['fields']), 8)
