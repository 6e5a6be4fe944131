# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The daily work at the desk: every dialog opened from a dossier acts on that dossier,
whatever the screen it was opened from left in the context; hand-over to a person; the
follow-up in each recipient's language; reception filled from the identity card, the
procedure's documents and the return date before saving; search without diacritics."""
import base64
import html

from odoo.exceptions import UserError, ValidationError

from .common import DossierCase
from ..engine import cccd

EVENTS = ('supplement', 'obligation', 'apology', 'refuse', 'stop', 'withdraw')
QR = '001090123456|012345678|Nguyễn Thị Bình|05031990|Nữ|Thôn Đông, Xã Hợp Thành|15042021'


class TestDialogsActOnTheirDossier(DossierCase):

    @classmethod
    def setUpClass(cls):
        super(TestDialogsActOnTheirDossier, cls).setUpClass()
        # the dossier acted on, and another citizen's, whose id the screens leave around
        cls.dossier = cls._receive_at('2025-12-01 02:00:00')
        cls.other = cls._receive_at('2025-12-01 03:00:00')

    @classmethod
    def _receive_at(cls, moment):
        return cls.env['tthc.dossier'].create({
            'procedure_id': cls.procedure.id, 'agency_id': cls.agency_a.id,
            'received_at': moment, 'applicant_name': 'Trần Văn Khác',
            'component_ids': [(0, 0, {'name': 'Đơn', 'original_count': 1})]})

    def _contexts(self):
        """The contexts each place a dossier is opened from gives its form (the web client
        keeps the opener's ``active_*`` and adds the button's context)."""
        agency = self.agency_a
        Agency = self.env['tthc.agency']
        contexts = {}
        for counter in ('received_today', 'due_today', 'overdue', 'supplement'):
            action = Agency.browse(agency.id).with_context(
                tthc_desk=counter).action_open_desk_dossiers()
            # the desk card's button: active_* name the agency; here its id is the other
            # dossier's, as happens in a real database
            contexts['dashboard ' + counter] = dict(
                action['context'], tthc_desk=counter, active_model='tthc.agency',
                active_id=self.other.id, active_ids=[self.other.id])
        contexts['kanban of a procedure'] = {
            'tthc_procedure_id': self.procedure.id, 'default_procedure_id': self.procedure.id,
            'search_default_open': 1, 'active_model': 'tthc.procedure',
            'active_id': self.other.id, 'active_ids': [self.other.id]}
        contexts['list'] = {'search_default_open': 1}
        contexts['form'] = {}
        contexts['search'] = {'search_default_mine': 1, 'search_default_overdue': 1}
        # a context left by an older version of the buttons
        contexts['stale default'] = {'default_dossier_id': self.other.id,
                                     'active_model': 'tthc.dossier', 'active_id': self.other.id}
        return contexts

    @staticmethod
    def _client_merge(opener, action):
        """What the web client gives the dialog: the opener's context, then the action's."""
        return dict(opener, **action['context'])

    def test_every_exception_from_every_place(self):
        Event = self.env['tthc.dossier.event']
        for place, context in self._contexts().items():
            for event in EVENTS:
                action = self.dossier.with_context(**dict(context, tthc_event=event)) \
                    .action_open_event()
                dialog = Event.with_context(**self._client_merge(context, action))
                values = dialog.default_get(['dossier_id', 'event'])
                self.assertEqual(values['dossier_id'], self.dossier.id, (place, event))
                self.assertEqual(values['event'], event, (place, event))

    def test_confirmed_dialog_changes_only_its_dossier(self):
        context = self._contexts()['dashboard overdue']
        action = self.dossier.with_context(
            **dict(context, tthc_event='withdraw')).action_open_event()
        dialog = self.env['tthc.dossier.event'].with_context(
            **self._client_merge(context, action))
        wizard = dialog.create(dict(dialog.default_get(['dossier_id', 'event']),
                                    reason='Công dân rút hồ sơ'))
        with self.at('2025-12-02 02:00:00'):
            wizard.action_confirm()
        self.assertEqual(self.dossier.state, 'withdrawn')
        self.assertEqual(self.other.state, 'received')

    def test_dialog_refuses_another_dossier(self):
        Event = self.env['tthc.dossier.event']
        # the opener's active_id names an agency: never taken for a dossier
        stale = Event.with_context(active_model='tthc.agency', active_id=self.other.id)
        self.assertFalse(stale.default_get(['dossier_id'])['dossier_id'])
        action = self.dossier.with_context(tthc_event='stop').action_open_event()
        with self.assertRaises(UserError):
            Event.with_context(**action['context']).create(
                {'dossier_id': self.other.id, 'event': 'stop', 'reason': 'x'})
        with self.assertRaises(UserError):
            self.dossier.with_context(tthc_event='unknown').action_open_event()

    def test_hand_over_dialog_from_every_place(self):
        Handover = self.env['tthc.dossier.handover']
        for place, context in self._contexts().items():
            action = self.dossier.with_context(**context).action_open_handover()
            values = Handover.with_context(**self._client_merge(context, action)).default_get(
                ['dossier_id', 'direction', 'user_id'])
            self.assertEqual(values['dossier_id'], self.dossier.id, place)
            self.assertEqual(values['direction'], 'next', place)


class TestHandOver(DossierCase):

    @classmethod
    def setUpClass(cls):
        super(TestHandOver, cls).setUpClass()
        cls.officer_a2 = cls._user('officer_a2', 'group_tthc_officer', cls.agency_a)

    def test_next_step_to_the_chosen_officer_with_a_note(self):
        dossier = self.receive('2025-12-01 02:00:00', user=self.officer_a)
        self.assertEqual(dossier.user_id, self.officer_a)
        with self.at('2025-12-01 03:00:00'):
            dossier.sudo(self.officer_a).action_next_step(user=self.officer_a2,
                                                          note='Kiểm tra kỹ sổ đỏ')
        held = dossier._current_dossier_step()
        self.assertEqual(held.step_id, self.internal.step_ids[1])
        self.assertEqual(held.user_id, self.officer_a2)
        # the dossier, its reminders and its to-do follow the person holding the step
        self.assertEqual(dossier.user_id, self.officer_a2)
        todo = dossier.activity_ids.filtered(lambda a: a.user_id == self.officer_a2)
        self.assertEqual(len(todo), 1)
        self.assertIn('Kiểm tra kỹ sổ đỏ', todo.note)
        self.assertIn('Kiểm tra kỹ sổ đỏ', dossier.message_ids[0].body)
        with self.at('2025-12-15 02:00:00'):
            self.env['tthc.dossier']._cron_follow_up()
        reminded = dossier.activity_ids.filtered(lambda a: dossier.code in (a.summary or ''))
        self.assertTrue(reminded)
        self.assertEqual(reminded.mapped('user_id'), self.officer_a2)

    def test_only_the_units_officers_hold_a_step(self):
        dossier = self.receive('2025-12-01 02:00:00', user=self.officer_a)
        with self.at('2025-12-01 03:00:00'), self.assertRaises(ValidationError):
            dossier.action_next_step(user=self.officer_b)
        self.assertEqual(dossier.step_id, self.internal.step_ids[0])

    def test_usual_handler_is_who_held_the_units_steps_most(self):
        dossier = self.receive('2025-12-01 02:00:00', user=self.officer_a)
        step = self.internal.step_ids[1]
        # no history: the user acting, being one of the unit's officers
        self.assertEqual(dossier.sudo(self.officer_a)._usual_handler(step), self.officer_a)
        for hour in (3, 4):
            other = self.receive('2025-12-01 0%d:00:00' % hour, user=self.officer_a)
            with self.at('2025-12-01 0%d:30:00' % hour):
                other.action_next_step(user=self.officer_a2)
        self.assertEqual(dossier.sudo(self.officer_a)._usual_handler(step), self.officer_a2)
        action = dossier.sudo(self.officer_a).action_open_handover()
        values = self.env['tthc.dossier.handover'].sudo(self.officer_a).with_context(
            **action['context']).default_get(['user_id', 'dossier_id'])
        self.assertEqual(values['user_id'], self.officer_a2.id)

    def test_back_to_the_previous_step_with_a_reason(self):
        dossier = self.receive('2025-12-01 02:00:00', user=self.officer_a)
        with self.at('2025-12-01 03:00:00'):
            with self.assertRaises(UserError):     # at the first step: nowhere to go back
                dossier.action_previous_step('Thiếu giấy')
            dossier.action_next_step(user=self.officer_a2)
        with self.at('2025-12-01 04:00:00'):
            with self.assertRaises(UserError):
                dossier.action_previous_step('')
            dossier.action_previous_step('Thiếu bản sao sổ hộ khẩu')
        self.assertEqual(dossier.step_id, self.internal.step_ids[0])
        self.assertEqual(dossier.state, 'received')
        self.assertEqual(dossier._current_dossier_step().user_id, self.officer_a)
        self.assertEqual(dossier.user_id, self.officer_a)
        self.assertIn('Thiếu bản sao sổ hộ khẩu', dossier.message_ids[0].body)
        self.assertEqual(len(dossier.dossier_step_ids), 3)

    def test_dialog_hands_over(self):
        dossier = self.receive('2025-12-01 02:00:00', user=self.officer_a)
        action = dossier.action_open_handover()
        Handover = self.env['tthc.dossier.handover'].with_context(**action['context'])
        wizard = Handover.create(dict(Handover.default_get(['dossier_id', 'direction',
                                                           'expected_step_id']),
                                      user_id=self.officer_a2.id, note='Gấp'))
        self.assertEqual(wizard.step_id, self.internal.step_ids[1])
        self.assertIn(self.officer_a2, wizard.candidate_ids)
        self.assertNotIn(self.officer_b, wizard.candidate_ids)
        with self.at('2025-12-01 03:00:00'):
            wizard.action_confirm()
        self.assertEqual(dossier.step_id, self.internal.step_ids[1])
        self.assertEqual(dossier.user_id, self.officer_a2)
        back = dossier.with_context(tthc_handover_back=True).action_open_handover()
        Handover = self.env['tthc.dossier.handover'].with_context(**back['context'])
        wizard = Handover.create(Handover.default_get(['dossier_id', 'direction', 'user_id']))
        self.assertEqual(wizard.direction, 'back')
        self.assertEqual(wizard.user_id, self.officer_a)   # who held the first step
        with self.at('2025-12-01 04:00:00'), self.assertRaises(UserError):
            wizard.action_confirm()                          # no reason given
        wizard.reason = 'Thiếu giấy'
        with self.at('2025-12-01 04:00:00'):
            wizard.action_confirm()
        self.assertEqual(dossier.step_id, self.internal.step_ids[0])


class TestFollowUpInRecipientsLanguage(DossierCase):

    def test_each_recipient_reads_their_language(self):
        self.env['res.lang'].with_context(active_test=False).search(
            [('code', '=', 'en_US')]).write({'active': True})
        self.officer_vi = self._user('officer_vi', 'group_tthc_officer', self.agency_a)
        self.leader_vi = self._user('leader_vi', 'group_tthc_leader', self.agency_a)
        (self.officer_vi | self.leader_vi).write({'lang': 'vi_VN'})
        (self.officer_a | self.leader_a).write({'lang': 'en_US'})
        vi = self.receive('2025-12-01 02:00:00', user=self.officer_vi)
        en = self.receive('2025-12-01 02:00:00', user=self.officer_a)
        with self.at('2025-12-09 02:00:00'):
            self.env['tthc.dossier'].with_context(lang='en_US')._cron_follow_up()
        overdue_vi = vi.activity_ids.filtered(lambda a: a.user_id == self.officer_vi)
        self.assertTrue(any('đã quá ngày hẹn trả kết quả' in a.summary for a in overdue_vi),
                        overdue_vi.mapped('summary'))
        overdue_en = en.activity_ids.filtered(lambda a: a.user_id == self.officer_a)
        self.assertTrue(any('past its return date' in a.summary for a in overdue_en),
                        overdue_en.mapped('summary'))
        # the leaders: each told in their language, by the message and its e-mail
        messages = vi.message_ids.filtered(lambda m: vi.code in (m.body or ''))
        to_vi = messages.filtered(lambda m: self.leader_vi.partner_id in m.partner_ids)
        to_en = messages.filtered(lambda m: self.leader_a.partner_id in m.partner_ids)
        self.assertTrue(any('đã quá ngày hẹn trả kết quả' in m.body for m in to_vi))
        self.assertFalse([m for m in to_vi if 'past' in m.body])
        self.assertTrue(any('past its return date' in m.body for m in to_en))
        self.assertFalse([m for m in to_en if 'quá' in m.body])
        self.assertNotIn(self.leader_a.partner_id, to_vi.mapped('partner_ids'))
        mails = self.env['mail.mail'].search([('mail_message_id', 'in', messages.ids)])
        to_vi_mails = [html.unescape(mail.body_html) for mail in mails
                       if self.leader_vi.partner_id in mail.recipient_ids]
        self.assertTrue(any('đã quá ngày hẹn trả kết quả' in body for body in to_vi_mails))
        self.assertFalse([body for body in to_vi_mails if 'past its' in body])


class TestReception(DossierCase):

    @classmethod
    def setUpClass(cls):
        super(TestReception, cls).setUpClass()
        cls.procedure.write({'name': 'Đăng ký đất đai lần đầu', 'component_ids': [
            (0, 0, {'name': 'Đơn đăng ký', 'sequence': 1, 'original_count': 1}),
            (0, 0, {'name': 'Giấy tờ về quyền sử dụng đất', 'sequence': 2,
                    'original_count': 0, 'certified_count': 1}),
        ]})

    def _new_form(self, user=None, **values):
        Dossier = self.env['tthc.dossier'].sudo(user or self.officer_a)
        return Dossier.new(dict({'agency_id': self.agency_a.id, 'state': 'received'},
                                **values))

    def test_scanner_fills_the_applicant(self):
        dossier = self._new_form()
        dossier.cccd_scan = QR + '\r\n'
        self.assertFalse(dossier._onchange_cccd_scan())
        self.assertEqual(dossier.applicant_name, 'Nguyễn Thị Bình')
        self.assertEqual(dossier.applicant_identifier, '001090123456')
        self.assertEqual(dossier.applicant_address, 'Thôn Đông, Xã Hợp Thành')
        self.assertEqual(dossier.applicant_birth_date, '1990-03-05')
        self.assertEqual(dossier.applicant_sex, 'female')
        self.assertEqual(dossier.applicant_id_issue_date, '2021-04-15')
        self.assertFalse(dossier.cccd_scan)
        dossier.cccd_scan = 'not a card'
        warning = dossier._onchange_cccd_scan()
        self.assertIn('CCCD', warning['warning']['message'])

    def test_photo_fills_the_applicant(self):
        from reportlab.graphics.barcode import createBarcodeDrawing
        png = createBarcodeDrawing('QR', value=QR, width=300, height=300).asString('png')
        dossier = self._new_form()
        dossier.cccd_photo = base64.b64encode(png)
        dossier._onchange_cccd_photo()
        self.assertEqual(dossier.applicant_name, 'Nguyễn Thị Bình')
        dossier = self._new_form()
        dossier.cccd_photo = base64.b64encode(b'not an image')
        self.assertIn('warning', dossier._onchange_cccd_photo())

    def test_components_and_return_date_before_saving(self):
        dossier = self._new_form(received_at='2025-12-01 02:00:00')
        dossier.procedure_id = self.procedure
        dossier._onchange_procedure_components()
        dossier._onchange_reception_due()
        self.assertEqual(dossier.component_ids.mapped('name'),
                         ['Đơn đăng ký', 'Giấy tờ về quyền sử dụng đất'])
        self.assertEqual(dossier.component_ids.mapped('received_as'), ['original', 'certified'])
        self.assertTrue(all(dossier.component_ids.mapped('received')))
        saved = self.receive('2025-12-01 02:00:00')
        self.assertEqual(dossier.due_at, saved.due_at)

    def test_applicant_known_from_an_earlier_dossier(self):
        first = self.receive('2025-12-01 02:00:00', applicant_identifier='001090123456',
                             applicant_name='Nguyễn Thị Bình', applicant_phone='0912000111')
        self.assertTrue(first.partner_id.tthc_applicant)
        dossier = self._new_form()
        dossier.cccd_scan = QR
        dossier._onchange_cccd_scan()
        self.assertEqual(dossier.partner_id, first.partner_id)
        self.assertEqual(dossier.applicant_phone, '0912000111')
        # suggested: earlier applicants, never Odoo's demo companies
        domain = self.env['tthc.dossier']._fields['partner_id'].domain
        suggested = self.env['res.partner'].search(domain)
        self.assertIn(first.partner_id, suggested)
        self.assertFalse(suggested.filtered(lambda p: p.is_company and not p.tthc_applicant))
        second = self.receive('2025-12-02 02:00:00', applicant_identifier='001090123456',
                              applicant_name='Nguyễn Thị Bình')
        self.assertEqual(second.partner_id, first.partner_id)

    def test_search_without_diacritics(self):
        dossier = self.receive('2025-12-01 02:00:00', applicant_name='Lê Thị Đào')
        Dossier = self.env['tthc.dossier']
        for text in ('dat dai', 'Đất đai', 'le thi dao', 'LÊ THỊ ĐÀO', dossier.code):
            self.assertIn(dossier, Dossier.search([('text_search', 'ilike', text)]), text)
        found = [name for _id, name in self.env['tthc.procedure'].name_search('dat dai')]
        self.assertIn('[9.000001] Đăng ký đất đai lần đầu', found)


class TestCccdParser(DossierCase):
    """The layout of the code as published (see engine/cccd.py)."""

    def test_layouts(self):
        card = cccd.parse(QR)
        self.assertEqual(card['old_id_number'], '012345678')
        self.assertIsNone(cccd.parse(QR.replace('012345678', ''))['old_id_number'])
        six = '001090123456|Nguyễn Văn An|01011990|Nam|Hà Nội|15042021'
        self.assertEqual(cccd.parse(six)['sex'], 'male')
        self.assertEqual(cccd.parse(QR + '|extra')['name'], 'Nguyễn Thị Bình')
        for wrong in ('', 'abc', '123|456', QR.replace('05031990', '31021990'),
                      QR.replace('001090123456', '00109')):
            with self.assertRaises(cccd.CccdError):
                cccd.parse(wrong)
