# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import http
from odoo.http import request


class DossierLookup(http.Controller):
    """The citizen's page: the dossier code and the lookup code printed on the receipt give
    the status, the current step and the return date, and nothing else."""

    @http.route('/tthc/lookup', type='http', auth='public', methods=['GET', 'POST'],
                csrf=True, sitemap=False)
    def lookup(self, code='', secret='', **kwargs):
        values = {'code': (code or '')[:64], 'result': None, 'message': None,
                  'disable_footer': True}
        if request.httprequest.method == 'POST':
            answer = request.env['tthc.dossier'].sudo().public_lookup(
                code, secret, request.httprequest.remote_addr)
            values.update(answer)
        return request.render('tthc_dossier.lookup_page', values)
