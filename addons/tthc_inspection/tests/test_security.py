# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Security of the inspection records, as real users (SECURITY.md, section 7): files of
findings follow the finding, uploads are limited in type and size, the inspected unit cannot
backdate the closing of its corrective action, activities and receipts show nothing to those
who may not read the record."""
import base64

from odoo.exceptions import AccessError, UserError

from .common import InspectionCase

PNG = base64.b64encode(b'\x89PNG\r\n\x1a\n' + b'\x00' * 64)
JPEG = base64.b64encode(b'\xff\xd8\xff\xdb' + b'\x00' * 64)


class TestInspectionSecurity(InspectionCase):

    def _upload(self, user, res_id=0, datas=PNG, name='photo.png', **values):
        return self.env['ir.attachment'].sudo(user).create(dict(
            name=name, datas_fname=name, datas=datas, res_model='tthc.inspection.finding',
            res_id=res_id, **values))

    def test_photo_uploaded_before_its_finding_is_the_uploaders_only(self):
        self._run()
        photo = self._upload(self.inspector_member)
        self.assertTrue(photo.sudo(self.inspector_member).read(['datas'])[0]['datas'])
        for user in (self.officer_b, self.employee, self.inspector_other, self.leader_a):
            with self.assertRaises(AccessError, msg=user.login):
                photo.sudo(user).read(['datas'])

    def test_photos_follow_their_finding(self):
        self._run()
        photo = self._upload(self.inspector_member)
        finding = self.env['tthc.inspection.finding'].sudo(self.inspector_member).create({
            'visit_id': self.visit_a.id, 'name': 'Queue not managed',
            'attachment_ids': [(6, 0, photo.ids)]})
        self.assertEqual((photo.res_model, photo.res_id),
                         ('tthc.inspection.finding', finding.id))
        # the team and the inspected agency read it, as they read the finding
        for user in (self.inspector_member, self.inspector_lead, self.leader_a):
            self.assertTrue(photo.sudo(user).read(['datas'])[0]['datas'], user.login)
        # nobody else, not even when it is made public
        photo.sudo(self.inspector_member).write({'public': True})
        for user in (self.officer_b, self.employee, self.inspector_other):
            with self.assertRaises(AccessError, msg=user.login):
                photo.sudo(user).read(['datas'])
            # nor through a search: filtered out, or refused when read
            try:
                rows = self.env['ir.attachment'].sudo(user).search_read(
                    [('res_model', '=', 'tthc.inspection.finding')], ['datas'])
            except AccessError:
                rows = []
            self.assertFalse([row for row in rows if row['id'] == photo.id], user.login)
        # a photo added on a saved finding is attached to it as well
        second = self._upload(self.inspector_member, res_id=finding.id, datas=JPEG,
                              name='second.jpg')
        with self.assertRaises(AccessError):
            second.sudo(self.officer_b).read(['datas'])

    def test_nobody_adopts_another_users_upload(self):
        self._run()
        theirs = self._upload(self.inspector_lead)
        with self.assertRaises(AccessError):
            self.env['tthc.inspection.finding'].sudo(self.inspector_member).create({
                'visit_id': self.visit_a.id, 'name': 'Taken photo',
                'attachment_ids': [(6, 0, theirs.ids)]})

    def test_upload_type_and_size(self):
        self._run()
        for datas, name in ((base64.b64encode(b'<html><script>alert(1)</script></html>'),
                             'page.html'),
                            (base64.b64encode(b'<svg onload="alert(1)"/>'), 'photo.png'),
                            (base64.b64encode(b'MZ\x90\x00' + b'\x00' * 60), 'setup.pdf')):
            with self.assertRaises(UserError) as caught:
                self._upload(self.inspector_member, datas=datas, name=name)
            self.assertIn('cannot be attached', str(caught.exception))
        self.env['ir.config_parameter'].set_param('tthc_catalog.upload_max_mb', '0.00001')
        with self.assertRaises(UserError) as caught:
            self._upload(self.inspector_member)
        self.assertIn('too large', str(caught.exception))
        self.env['ir.config_parameter'].set_param('tthc_catalog.upload_max_mb', '10')
        # a file uploaded elsewhere cannot be moved onto a suite record either
        other = self.env['ir.attachment'].sudo(self.inspector_member).create({
            'name': 'page.html', 'datas': base64.b64encode(b'<html></html>'),
            'res_model': 'res.users', 'res_id': self.inspector_member.id})
        with self.assertRaises(UserError):
            other.write({'res_model': 'tthc.inspection.finding', 'res_id': 0})

    def test_unit_cannot_backdate_its_corrective_action(self):
        campaign = self._run()
        finding = self._finding(self.visit_a)
        finding.sudo(self.inspector_member).action_confirm()
        action = self._action(finding, '2026-04-15')
        unit_action = action.sudo(self.leader_a)
        for values in ({'date_done': '2026-04-01'}, {'state': 'done'},
                       {'state': 'done', 'date_done': '2026-04-01'}):
            with self.assertRaises(AccessError):
                unit_action.write(values)
        unit_action.write({'result_note': 'Queue numbers installed'})
        unit_action.action_done()
        self.assertEqual(action.state, 'done')
        self.assertTrue(campaign)

    def test_activities_only_with_their_record(self):
        self._run()
        finding = self._finding(self.visit_a)
        finding.sudo(self.inspector_member).action_confirm()
        action = self._action(finding, '2026-04-15')
        activity = self.env['mail.activity'].create({
            'res_model_id': self.env['ir.model']._get('tthc.inspection.action').id,
            'res_id': action.id, 'user_id': self.leader_a.id, 'summary': 'Secret summary',
            'date_deadline': '2026-04-15'})
        self.assertEqual(activity.sudo(self.leader_a).read(['summary'])[0]['summary'],
                         'Secret summary')
        for user in (self.officer_b, self.employee, self.inspector_other):
            with self.assertRaises(AccessError, msg=user.login):
                activity.sudo(user).read(['summary', 'res_name'])
            self.assertNotIn(activity.id, self.env['mail.activity'].sudo(user).search([]).ids)
            self.assertFalse(self.env['mail.activity'].sudo(user).search_count(
                [('id', '=', activity.id)]))
