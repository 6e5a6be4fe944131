# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models, tools

from ..engine.rates import percentage
from .tthc_agency import LEVELS


class TthcAgencyOverview(models.Model):
    """The provincial view: one row per active agency with the facts the province watches.
    Each addon adds its own facts by extending ``_columns`` and ``_joins`` (and ``_rates``):
    here the coverage of internal procedures, from ``tthc.coverage.report``; the dossiers,
    the inspections and the training addons add the on-time rate, the open corrective actions
    and the untrained focal officers. The view is rebuilt by each addon's ``init``, so it
    always has the columns of the addons installed.

    A rate of a group (a pivot's total, a parent agency) is the rate of its summed counts,
    recomputed in ``read_group``: never an average of the agencies' rates."""
    _name = 'tthc.agency.overview'
    _description = 'Provincial Overview'
    _auto = False
    _order = 'agency_id'

    agency_id = fields.Many2one('tthc.agency', string='Agency', readonly=True)
    parent_id = fields.Many2one('tthc.agency', string='Parent Agency', readonly=True)
    level = fields.Selection(LEVELS, readonly=True)
    one_stop_count = fields.Integer(string='Under One-stop', readonly=True)
    one_stop_covered_count = fields.Integer(string='One-stop with Approved Internal Procedure',
                                            readonly=True)
    coverage_rate = fields.Float(
        string='Internal Procedure Coverage (%)', digits=(16, 2), readonly=True,
        help="Procedures in force under one-stop with an approved internal procedure ÷ "
             "procedures in force under one-stop, truncated to two decimals.")

    @api.model
    def _columns(self):
        """SQL expressions of the facts, each with its column name (``… AS name``)."""
        return ['coalesce(coverage.one_stop_count, 0) AS one_stop_count',
                'coalesce(coverage.one_stop_covered_count, 0) AS one_stop_covered_count']

    @api.model
    def _joins(self):
        """Joins to ``tthc_agency a`` giving the facts, one row per agency at most."""
        return ["""LEFT JOIN (SELECT agency_id,
                                     sum(one_stop_count)::integer AS one_stop_count,
                                     sum(one_stop_covered_count)::integer
                                         AS one_stop_covered_count
                                FROM tthc_coverage_report
                            GROUP BY agency_id) coverage ON coverage.agency_id = a.id"""]

    @api.model
    def _rates(self):
        """{rate column: (numerator column, denominator column)}, in percent."""
        return {'coverage_rate': ('one_stop_covered_count', 'one_stop_count')}

    @api.model_cr
    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        rates = ['trunc(100.0 * facts.%s / nullif(facts.%s, 0), 2)::float AS %s'
                 % (part, whole, rate) for rate, (part, whole) in sorted(self._rates().items())]
        # the names come from the addons' code, never from a user
        # pylint: disable-next=sql-injection
        self.env.cr.execute("""
            CREATE VIEW {table} AS (
                SELECT facts.*, {rates}
                  FROM (SELECT a.id, a.id AS agency_id, a.parent_id, a.level, {columns}
                          FROM tthc_agency a
                          {joins}
                         WHERE a.active) facts
            )""".format(table=self._table, rates=', '.join(rates),
                        columns=', '.join(self._columns()), joins='\n'.join(self._joins())))

    def _register_hook(self):
        """Updating one addon rebuilds the view with the addons loaded before it only: once
        every addon is loaded, rebuild it if its columns are not the model's."""
        super(TthcAgencyOverview, self)._register_hook()
        self.env.cr.execute("SELECT column_name FROM information_schema.columns "
                            "WHERE table_name = %s", (self._table,))
        columns = {name for name, in self.env.cr.fetchall()}
        if columns != {name for name, field in self._fields.items() if field.store}:
            self.init()

    @api.model
    def read_group(self, domain, fields, groupby, offset=0, limit=None, orderby=False,
                   lazy=True):
        fields = list(fields or ())
        rates = {rate: pair for rate, pair in self._rates().items() if rate in fields}
        counts = {name for pair in rates.values() for name in pair}
        groups = super(TthcAgencyOverview, self).read_group(
            domain, fields + sorted(counts - set(fields)), groupby, offset=offset,
            limit=limit, orderby=orderby, lazy=lazy)
        for group in groups:
            for rate, (part, whole) in rates.items():
                value = percentage(group.get(part) or 0, group.get(whole) or 0)
                # no denominator, no rate: False shows an empty cell, not 0.00
                group[rate] = False if value is None else value
        return groups
