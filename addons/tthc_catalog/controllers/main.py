# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The web client's ways of writing go through the field-write matrix
(models/tthc_field_rules.py): ``call_kw`` and ``call_button`` (``_call_kw``) and
``resequence``, which writes whatever field it is given."""
from odoo import http
from odoo.http import request

from odoo.addons.web.controllers.main import DataSet

from ..models.tthc_field_rules import check_client_write, client_call


class TthcDataSet(DataSet):

    def _call_kw(self, model, method, args, kwargs):
        client_call(request.env[model], method, args, kwargs)
        return super(TthcDataSet, self)._call_kw(model, method, args, kwargs)

    @http.route()
    def resequence(self, model, ids, field='sequence', offset=0):
        check_client_write(request.env[model].browse(ids), {field: offset})
        return super(TthcDataSet, self).resequence(model, ids, field=field, offset=offset)
