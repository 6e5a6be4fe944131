# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models


class Base(models.AbstractModel):
    _inherit = 'base'

    @api.model
    def tthc_drilldown(self, domain, name=None):
        """The records behind a figure of a pivot cell or a graph bar (``domain`` on this
        model): these records themselves. The SQL-view reports answer the real records they
        count instead (dossiers, procedures)."""
        return self._tthc_records_action(self._name, domain, name)

    @api.model
    def _tthc_records_action(self, model, domain, name=None, action_xmlid=None):
        """A list of ``model``'s records of ``domain``, through ``action_xmlid``'s views
        when given (with its search view, none of its default filters)."""
        action = {'type': 'ir.actions.act_window', 'res_model': model,
                  'views': [(False, 'list'), (False, 'form')], 'target': 'current'}
        if action_xmlid:
            action = self.env.ref(action_xmlid).read()[0]
            action['views'] = [(view_id, kind) for view_id, kind in action['views']
                               if kind in ('list', 'tree', 'form')]
        action.update(domain=domain, context={}, name=name or action.get('name'))
        return action
