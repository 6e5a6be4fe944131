# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models

from odoo.addons.tthc_catalog.models.tthc_working_calendar import TIMEZONE

from .tthc_dossier import OPEN_STATES, WORKING_STATES


def _states(states):
    return "('%s')" % "', '".join(states)


class TthcAgencyOverview(models.Model):
    """The dossiers' facts in the provincial view: this year's on-time rate (the source
    article's: resolved early or on time ÷ resolved, "this year" in local time) and the open
    dossiers, with those past their return date."""
    _inherit = 'tthc.agency.overview'

    resolved_count = fields.Integer(string='Resolved This Year', readonly=True)
    in_time_count = fields.Integer(string='Resolved Early or On Time', readonly=True)
    on_time_rate = fields.Float(
        string='On-time Rate (%)', digits=(16, 2), readonly=True,
        help="Dossiers resolved this year early or on time ÷ dossiers resolved this year, "
             "truncated to two decimals.")
    open_dossier_count = fields.Integer(string='Open Dossiers', readonly=True)
    overdue_dossier_count = fields.Integer(string='Overdue', readonly=True,
                                           help="Dossiers being processed past their return "
                                                "date.")

    @api.model
    def _columns(self):
        return super(TthcAgencyOverview, self)._columns() + [
            'coalesce(dossiers.%s, 0) AS %s' % (name, name)
            for name in ('resolved_count', 'in_time_count', 'open_dossier_count',
                         'overdue_dossier_count')]

    @api.model
    def _joins(self):
        return super(TthcAgencyOverview, self)._joins() + ["""
            LEFT JOIN (SELECT d.agency_id,
                              count(*) FILTER (WHERE resolved)::integer AS resolved_count,
                              count(*) FILTER (WHERE resolved AND d.timing IN ('early', 'on_time'))
                                  ::integer AS in_time_count,
                              count(*) FILTER (WHERE d.state IN {open})::integer
                                  AS open_dossier_count,
                              count(*) FILTER (WHERE d.state IN {working}
                                                 AND d.due_at < now() AT TIME ZONE 'UTC')
                                  ::integer AS overdue_dossier_count
                         FROM tthc_dossier d,
                              LATERAL (SELECT d.state IN ('done', 'returned') AND
                                              date_trunc('year', d.finished_at AT TIME ZONE 'UTC'
                                                                 AT TIME ZONE '{tz}')
                                              = date_trunc('year', now() AT TIME ZONE '{tz}')
                                              AS resolved) AS flags
                        WHERE d.active
                     GROUP BY d.agency_id) dossiers ON dossiers.agency_id = a.id""".format(
            open=_states(OPEN_STATES), working=_states(WORKING_STATES), tz=TIMEZONE)]

    @api.model
    def _rates(self):
        rates = super(TthcAgencyOverview, self)._rates()
        rates['on_time_rate'] = ('in_time_count', 'resolved_count')
        return rates
