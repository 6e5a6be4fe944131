# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models

from odoo.addons.tthc_catalog.models.tthc_working_calendar import TIMEZONE


class TthcAgencyOverview(models.Model):
    """The inspections' facts in the provincial view: the corrective actions each agency still
    owes, and those past their deadline (the local date)."""
    _inherit = 'tthc.agency.overview'

    open_action_count = fields.Integer(string='Open Corrective Actions', readonly=True)
    overdue_action_count = fields.Integer(string='Corrective Actions Past Deadline',
                                          readonly=True)

    @api.model
    def _columns(self):
        return super(TthcAgencyOverview, self)._columns() + [
            'coalesce(actions.open_action_count, 0) AS open_action_count',
            'coalesce(actions.overdue_action_count, 0) AS overdue_action_count']

    @api.model
    def _joins(self):
        return super(TthcAgencyOverview, self)._joins() + ["""
            LEFT JOIN (SELECT agency_id, count(*)::integer AS open_action_count,
                              count(*) FILTER (WHERE deadline < (now() AT TIME ZONE '{tz}')::date)
                                  ::integer AS overdue_action_count
                         FROM tthc_inspection_action
                        WHERE state = 'open'
                     GROUP BY agency_id) actions ON actions.agency_id = a.id""".format(
            tz=TIMEZONE)]
