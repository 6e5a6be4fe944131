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
