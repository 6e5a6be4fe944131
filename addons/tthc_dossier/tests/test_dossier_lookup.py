# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.tests.common import HOST, PORT, HttpCase

from ..engine.lookup_code import ALPHABET, SECRET_LENGTH, new_secret


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
        lookup = self.env['tthc.dossier']._public_lookup
        return lookup(code, secret, address or '203.0.113.9')

    def test_right_code_shows_status_only(self):
        answer = self._post(self.dossier.code, self.secret)['result']
        self.assertEqual(answer['code'], self.dossier.code)
        self.assertTrue(answer['due'])
        self.assertNotIn('Secret Applicant Name', str(answer))

    def test_wrong_inputs_same_neutral_answer(self):
        answers = {self._post(code, secret)['message'] for code, secret in (
            (self.dossier.code, 'ABCDE-FGHJK' if self.secret != 'ABCDE-FGHJK' else '11111-11111'),
            ('NO-SUCH-CODE', self.secret),
            ("x' OR 1=1 --", self.secret),
            ('A' * 5000, 'B' * 5000),
            ('', ''),
        )}
        self.assertEqual(len(answers), 1)

    def test_guessing_is_throttled_per_client(self):
        wrong = 'ABCDE-FGHJK' if self.secret != 'ABCDE-FGHJK' else 'ABCDE-FGHJ0'
        for _index in range(10):
            self._post(self.dossier.code, wrong, address='198.51.100.1')
        # the guessing address is refused, even with the right code
        self.assertIn('Too many attempts', self._post(self.dossier.code, self.secret,
                                                      address='198.51.100.1')['message'])
        # ... but the citizen, from their own address, is not locked out of their dossier
        # (it was, when ten failures on a dossier code refused everyone)
        for index in range(20):
            self._post(self.dossier.code, wrong, address='198.51.100.%d' % (index + 2))
        self.assertEqual(self._post(self.dossier.code, self.secret,
                                    address='203.0.113.77')['result']['code'],
                         self.dossier.code)

    def test_lookup_code_has_fifty_bits(self):
        self.assertRegex(self.secret, r'^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$')
        self.assertEqual(len({new_secret() for _index in range(1000)}), 1000)
        self.assertEqual(len(ALPHABET) ** SECRET_LENGTH, 2 ** 50)
        # typed as citizens do: lower case, no hyphen, O for 0, I or L for 1
        typed = self.secret.replace('-', ' ').lower().replace('0', 'o').replace('1', 'l')
        self.assertEqual(self._post(self.dossier.code, typed)['result']['code'],
                         self.dossier.code)

    def test_legacy_six_digit_codes_stay_valid(self):
        """Receipts printed before the long codes keep working; such a dossier is also
        throttled per code, as its code is short."""
        self.dossier.sudo()._transition({'lookup_secret': '123456'})
        self.assertTrue(self._post(self.dossier.code, '123456')['result'])
        for index in range(50):
            self._post(self.dossier.code, '654321', address='198.51.100.%d' % index)
        self.assertIn('Too many attempts', self._post(self.dossier.code, '123456')['message'])

    def test_lookup_not_callable_over_rpc(self):
        """The throttle address is the client's, never chosen by a caller over RPC."""
        import xmlrpc.client
        self.assertFalse(hasattr(self.env['tthc.dossier'], 'public_lookup'))
        with self.assertRaises(xmlrpc.client.Fault) as caught:
            self.xmlrpc_object.execute_kw(
                self.env.cr.dbname, self.env.ref('base.user_root').id, 'admin',
                'tthc.dossier', '_public_lookup', [self.dossier.code, self.secret, '192.0.2.1'])
        self.assertIn('Private methods', caught.exception.faultString)

    def test_public_page_over_http(self):
        page = self.url_open('/tthc/lookup', timeout=60)  # the first page builds its assets
        self.assertEqual(page.status_code, 200)
        self.assertIn('Tra cứu hồ sơ', page.text)
        token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
        answer = self.opener.post('http://%s:%s/tthc/lookup' % (HOST, PORT), timeout=30, data={
            'csrf_token': token, 'code': self.dossier.code, 'secret': self.secret})
        self.assertEqual(answer.status_code, 200)
        self.assertIn(self.dossier.code, answer.text)
        self.assertNotIn('Secret Applicant Name', answer.text)
