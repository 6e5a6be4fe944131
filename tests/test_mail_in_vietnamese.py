# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Messages posted to followers by users working in Vietnamese: Odoo 11's Vietnamese subject of
its notification e-mail lost a ``%s`` and failed on every message without a subject;
tthc_catalog puts it back whenever translations load (found by the browser tests, when HR
ended a focal officer's assignment)."""
from odoo.tests.common import TransactionCase


class TestMailInVietnamese(TransactionCase):

    def test_notification_subject_renders(self):
        template = self.env.ref('mail.mail_template_data_notification_email_default')
        subject = template.with_context(lang='vi_VN').subject
        self.assertIn("'Trả lời: %s' %", subject)
        self.assertNotIn("'Re: ' %", subject)

    def test_leader_notified_in_vietnamese(self):
        leader = self.env.ref('tthc_catalog.user_leader_tnmt')
        officer = self.env.ref('tthc_catalog.user_officer_tnmt')
        self.assertEqual(officer.lang, 'vi_VN')
        dossier = self.env['tthc.dossier'].search(
            [('agency_id', '=', self.env.ref('tthc_catalog.agency_tnmt').id)], limit=1)
        message = dossier.sudo(officer).with_context(lang='vi_VN').message_post(
            body='Hồ sơ sắp đến hạn', partner_ids=leader.partner_id.ids,
            subtype='mail.mt_comment')
        self.assertIn(leader.partner_id, message.sudo().needaction_partner_ids)
