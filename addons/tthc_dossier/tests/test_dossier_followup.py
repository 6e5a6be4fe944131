# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from .common import DossierCase


class TestDossierFollowUp(DossierCase):

    def test_reminders_sent_once(self):
        self.leader_a.partner_id.email = 'leader_a@tthc.example.com'
        dossier = self.receive('2025-12-01 02:00:00', user=self.officer_a)
        self.assertEqual(dossier.due_at, '2025-12-08 10:00:00')
        Dossier = self.env['tthc.dossier']
        with self.at('2025-12-05 02:00:00'):      # Fri 09:00: due Mon 17:00, > 1 working day
            Dossier._cron_follow_up()
        self.assertFalse(dossier.followup_level)
        with self.at('2025-12-08 02:00:00'):      # Mon 09:00: due today
            Dossier._cron_follow_up()
            Dossier._cron_follow_up()
        self.assertEqual(dossier.followup_level, 'soon')
        activities = dossier.activity_ids
        self.assertEqual(len(activities.filtered(lambda a: 'is due on' in a.summary)), 1)
        self.assertEqual(activities.mapped('user_id'), self.officer_a)
        with self.at('2025-12-09 02:00:00'):      # Tue: past the return date
            Dossier._cron_follow_up()
            Dossier._cron_follow_up()
        self.assertEqual(dossier.followup_level, 'overdue')
        summaries = dossier.activity_ids.mapped('summary')
        self.assertEqual(len([s for s in summaries if 'past its return date' in s]), 1)
        self.assertEqual(len([s for s in summaries if 'Step' in s]), 1)   # step 1 overdue
        told = dossier.message_ids.filtered(lambda m: 'past its return date' in (m.body or ''))
        self.assertIn(self.leader_a.partner_id, told.mapped('partner_ids'))

    def test_new_return_date_resets_reminders(self):
        dossier = self.receive('2025-12-01 02:00:00')
        with self.at('2025-12-08 02:00:00'):
            self.env['tthc.dossier']._cron_follow_up()
            dossier.action_request_supplement('Thiếu giấy tờ')
        with self.at('2025-12-10 02:00:00'):
            dossier.action_supplement_received()
        self.assertFalse(dossier.followup_level)

    def test_a_run_sends_at_most_its_batch_most_urgent_first(self):
        """After a long weekend many dossiers fall due at once: a run sends at most its
        batch, the overdue dossiers first, and the next run (five minutes later) the rest.
        The overdue dossier here was never reminded as due soon (the job did not run that
        day): it is found all the same."""
        late = self.receive('2025-12-01 02:00:00')               # due Mon 08/12 17:00
        due_soon = [self.receive('2025-12-02 02:00:00') for _i in range(2)]   # Tue 09/12
        self.env['ir.config_parameter'].sudo().set_param('tthc_dossier.followup_batch', '2')
        Dossier = self.env['tthc.dossier']
        with self.at('2025-12-09 02:00:00'):                     # Tue 09:00
            self.assertEqual(Dossier._cron_follow_up(), 2)
        self.assertEqual(late.followup_level, 'overdue')
        self.assertEqual(sorted(d.followup_level or '' for d in due_soon), ['', 'soon'])
        with self.at('2025-12-09 02:05:00'):
            sent = Dossier._cron_follow_up()
        self.assertEqual([d.followup_level for d in due_soon], ['soon', 'soon'])
        # the late steps come after the dossiers, in the same and the following runs
        with self.at('2025-12-09 02:10:00'):
            sent += Dossier._cron_follow_up()
            self.assertEqual(Dossier._cron_follow_up(), 0)
        steps = (late | due_soon[0] | due_soon[1]).mapped('dossier_step_ids')
        self.assertTrue(steps.filtered('reminded'))
        self.assertFalse(steps.filtered(lambda s: s.due_at < '2025-12-09 02:10:00'
                                        and not s.finished_at and not s.reminded))
        self.assertGreaterEqual(sent, 2)
