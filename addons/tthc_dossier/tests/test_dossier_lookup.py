# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.tests.common import HOST, PORT, HttpCase


class TestDossierLookup(HttpCase):
    """The public page, through HTTP as a citizen uses it."""

    def setUp(self):
        super(TestDossierLookup, self).setUp()
        self.env = self.env(context=dict(self.env.context, lang='en_US'))
        procedure = self.env.ref('tthc_catalog.proc_trade_liquor')
        self.dossier = self.env['tthc.dossier'].create({
            'procedure_id': procedure.id,
            'agency_id': self.env.ref('tthc_catalog.agency_congthuong').id,
            'applicant_name': 'Secret Applicant Name', 'applicant_phone': '0900000000'})
        self.secret = self.dossier.sudo().lookup_secret

    def _post(self, code, secret, address=None):
        lookup = self.env['tthc.dossier'].public_lookup
        return lookup(code, secret, address or '203.0.113.9')

    def test_right_code_shows_status_only(self):
        answer = self._post(self.dossier.code, self.secret)['result']
        self.assertEqual(answer['code'], self.dossier.code)
        self.assertTrue(answer['due'])
        self.assertNotIn('Secret Applicant Name', str(answer))

    def test_wrong_inputs_same_neutral_answer(self):
        answers = {self._post(code, secret)['message'] for code, secret in (
            (self.dossier.code, '000000' if self.secret != '000000' else '111111'),
            ('NO-SUCH-CODE', self.secret),
            ("x' OR 1=1 --", self.secret),
            ('A' * 5000, 'B' * 5000),
            ('', ''),
        )}
        self.assertEqual(len(answers), 1)

    def test_guessing_is_throttled(self):
        wrong = '000000' if self.secret != '000000' else '111111'
        for index in range(10):
            self._post(self.dossier.code, wrong, address='198.51.100.%d' % index)
        # ten addresses shared the work on one code: the right secret is refused now too
        self.assertIn('Too many attempts', self._post(self.dossier.code, self.secret)['message'])

    def test_public_page_over_http(self):
        page = self.url_open('/tthc/lookup')
        self.assertEqual(page.status_code, 200)
        self.assertIn('Tra cứu hồ sơ', page.text)
        token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
        answer = self.opener.post('http://%s:%s/tthc/lookup' % (HOST, PORT), timeout=30, data={
            'csrf_token': token, 'code': self.dossier.code, 'secret': self.secret})
        self.assertEqual(answer.status_code, 200)
        self.assertIn(self.dossier.code, answer.text)
        self.assertNotIn('Secret Applicant Name', answer.text)
