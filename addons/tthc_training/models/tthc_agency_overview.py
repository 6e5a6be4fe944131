# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models

from odoo.addons.tthc_catalog.models.tthc_working_calendar import TIMEZONE


class TthcAgencyOverview(models.Model):
    """The training facts in the provincial view: the agency's focal officers and those not
    trained within the validity window, as this year's row of ``tthc.focal.statistics``
    counts them (rebuilt on every change and every night)."""
    _inherit = 'tthc.agency.overview'

    focal_officer_count = fields.Integer(string='Focal Officers', readonly=True)
    untrained_officer_count = fields.Integer(
        string='Focal Officers Not Trained', readonly=True,
        help="Current focal officers with no passed training within the validity window.")

    @api.model
    def _columns(self):
        return super(TthcAgencyOverview, self)._columns() + [
            'coalesce(focal.officer_count, 0) AS focal_officer_count',
            'coalesce(focal.officer_count - focal.trained_count, 0) AS untrained_officer_count']

    @api.model
    def _joins(self):
        return super(TthcAgencyOverview, self)._joins() + ["""
            LEFT JOIN tthc_focal_statistics focal
                   ON focal.agency_id = a.id
                  AND focal.year = to_char(now() AT TIME ZONE '{tz}', 'YYYY')""".format(
            tz=TIMEZONE)]
