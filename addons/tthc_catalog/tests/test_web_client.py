# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The web client works on this runtime: login page, JSON-RPC authentication, the client's
QWeb templates and its asset bundles (LESS compiled by lessc)."""
import re

import requests

from odoo.tests.common import HOST, PORT, HttpCase


class TestWebClient(HttpCase):

    def _url(self, path):
        return 'http://%s:%s%s' % (HOST, PORT, path)

    def _authenticate(self, client, password):
        response = client.post(self._url('/web/session/authenticate'), timeout=60, json={
            'jsonrpc': '2.0', 'method': 'call',
            'params': {'db': self.env.cr.dbname, 'login': 'admin', 'password': password}})
        self.assertEqual(response.status_code, 200)
        return response.json()['result']['uid']

    def test_login_page(self):
        response = self.url_open('/web/login', timeout=60)
        self.assertEqual(response.status_code, 200)
        self.assertIn('name="login"', response.text)

    def test_authenticate_and_load_client(self):
        # a client of its own, as a browser or an integration would be: no cookie beforehand
        client = requests.Session()
        self.assertFalse(self._authenticate(client, 'wrong'))
        self.assertEqual(self._authenticate(client, 'admin'), self.env.ref('base.user_root').id)

        page = client.get(self._url('/web'), timeout=60)
        self.assertEqual(page.status_code, 200)
        self.assertIn('odoo.session_info', page.text)
        qweb = client.get(self._url('/web/webclient/qweb'), timeout=60)
        self.assertEqual(qweb.status_code, 200)
        self.assertIn('<templates', qweb.text)
        bundles = re.findall(
            r'(?:src|href)="(/web/content/[^"]*web\.assets_(?:common|backend)[^"]*)"', page.text)
        kinds = {(name, ext) for name, ext in
                 (re.search(r'web\.assets_(\w+)[^"]*\.(js|css)$', url).groups() for url in bundles)}
        self.assertEqual(kinds, {('common', 'js'), ('common', 'css'),
                                 ('backend', 'js'), ('backend', 'css')})
        for url in bundles:
            response = client.get(self._url(url), timeout=120)
            self.assertEqual(response.status_code, 200, url)
            self.assertGreater(len(response.content), 10000, url)
            # a LESS compilation error is served inside the CSS bundle, not as an HTTP error
            self.assertNotIn('Could not get content', response.text, url)
            self.assertNotIn('lessc', response.text, url)
