# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models, tools

from .tthc_inspection_visit import RATINGS


class TthcInspectionAgencyReport(models.Model):
    """One row per visit with its counts, so the pivot sums them per agency and year: how
    often a unit was visited, what was found, how many actions it closed on time (done on or
    before the deadline). Cancelled visits are left out."""
    _name = 'tthc.inspection.agency.report'
    _description = 'Inspections per Agency'
    _auto = False
    _order = 'year desc, agency_id'

    visit_id = fields.Many2one('tthc.inspection.visit', string='Visit', readonly=True)
    campaign_id = fields.Many2one('tthc.inspection.campaign', string='Campaign', readonly=True)
    agency_id = fields.Many2one('tthc.agency', string='Agency', readonly=True)
    year = fields.Char(readonly=True, help="Text, so the pivot does not sum years.")
    date = fields.Date(readonly=True)
    rating = fields.Selection(RATINGS, readonly=True)
    visit_count = fields.Integer(string='Visits', readonly=True)
    finding_count = fields.Integer(string='Findings', readonly=True)
    good_practice_count = fields.Integer(string='Good Practices', readonly=True)
    deficiency_count = fields.Integer(string='Deficiencies', readonly=True)
    action_count = fields.Integer(string='Corrective Actions', readonly=True)
    action_done_count = fields.Integer(string='Actions Done', readonly=True)
    action_on_time_count = fields.Integer(string='Actions Closed on Time', readonly=True)

    @api.model_cr
    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute("""
            CREATE VIEW %s AS (
                SELECT v.id, v.id AS visit_id, v.campaign_id, v.agency_id,
                       c.year::varchar AS year, v.date, v.rating,
                       1 AS visit_count,
                       count(f.id)::integer AS finding_count,
                       count(f.id) FILTER (WHERE f.kind = 'good_practice')::integer
                           AS good_practice_count,
                       count(f.id) FILTER (WHERE f.kind = 'deficiency')::integer
                           AS deficiency_count,
                       coalesce(a.action_count, 0) AS action_count,
                       coalesce(a.action_done_count, 0) AS action_done_count,
                       coalesce(a.action_on_time_count, 0) AS action_on_time_count
                  FROM tthc_inspection_visit v
                  JOIN tthc_inspection_campaign c ON c.id = v.campaign_id
             LEFT JOIN tthc_inspection_finding f ON f.visit_id = v.id
             LEFT JOIN (SELECT visit_id,
                               count(*) FILTER (WHERE state != 'cancelled')::integer
                                   AS action_count,
                               count(*) FILTER (WHERE state = 'done')::integer
                                   AS action_done_count,
                               count(*) FILTER (WHERE closed_on_time)::integer
                                   AS action_on_time_count
                          FROM tthc_inspection_action
                      GROUP BY visit_id) a ON a.visit_id = v.id
                 WHERE v.state != 'cancelled'
              GROUP BY v.id, c.year, a.action_count, a.action_done_count,
                       a.action_on_time_count
            )""" % self._table)
