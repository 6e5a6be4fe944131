# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models, tools

from odoo.addons.tthc_catalog.models.tthc_working_calendar import TIMEZONE

from .tthc_dossier import WORKING_STATES

# Measures that move with the clock: computed on the working calendar, not in SQL.
TIMED_MEASURES = ('waiting_days', 'waiting_days_max', 'overdue_count')


class TthcDossierStepReport(models.Model):
    """The leaders' view of where dossiers wait: one row per step a dossier is in now (its
    open step, the dossier being processed: a paused dossier waits for the applicant, not
    for a unit). How long each has waited, in working days, is measured at read time on the
    working calendar at the dossiers' clock; ``read_group`` gives the average, the longest
    wait and the steps past their due moment of each group."""
    _name = 'tthc.dossier.step.report'
    _description = 'Waiting Steps'
    _auto = False
    _order = 'started_at, id'

    dossier_id = fields.Many2one('tthc.dossier', string='Dossier', readonly=True)
    step_id = fields.Many2one('tthc.internal.procedure.step', string='Step', readonly=True)
    internal_procedure_id = fields.Many2one('tthc.internal.procedure',
                                            string='Internal Procedure', readonly=True)
    procedure_id = fields.Many2one('tthc.procedure', string='Procedure', readonly=True)
    field_id = fields.Many2one('tthc.field', string='Field', readonly=True)
    agency_id = fields.Many2one('tthc.agency', string='Agency', readonly=True)
    responsible = fields.Char(string='Responsible Unit or Role', readonly=True)
    user_id = fields.Many2one('res.users', string='Handled By', readonly=True)
    started_at = fields.Datetime(string='Received On', readonly=True)
    due_at = fields.Datetime(string='Step Due', readonly=True)
    waiting_count = fields.Integer(string='Dossiers Waiting', readonly=True)
    waiting_days = fields.Float(string='Average Wait (working days)', digits=(16, 2),
                                compute='_compute_waiting')
    waiting_days_max = fields.Float(string='Longest Wait (working days)', digits=(16, 2),
                                    compute='_compute_waiting')
    overdue_count = fields.Integer(string='Past Step Due', compute='_compute_waiting')

    @api.model_cr
    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute("""
            CREATE VIEW {table} AS (
                SELECT s.id, s.dossier_id, s.step_id, step.internal_procedure_id,
                       d.procedure_id, d.field_id, d.agency_id, step.responsible, s.user_id,
                       s.started_at, s.due_at, 1 AS waiting_count
                  FROM tthc_dossier_step s
                  JOIN tthc_dossier d ON d.id = s.dossier_id
                  JOIN tthc_internal_procedure_step step ON step.id = s.step_id
                 WHERE s.finished_at IS NULL AND d.active AND d.state IN %s
            )""".format(table=self._table), (WORKING_STATES,))

    def _compute_waiting(self):
        calendar = self.env['tthc.working.calendar']
        waits = self._wait_of([(calendar.to_local(row.started_at), row.due_at) for row in self],
                              self.env['tthc.dossier']._now())
        for row, (wait, overdue) in zip(self, waits):
            row.waiting_days = row.waiting_days_max = wait
            row.overdue_count = overdue

    def _wait_of(self, moments, now):
        """[(working days waited so far, 1 if past the step's due moment else 0)] of
        [(started_at as a local datetime, due_at as a UTC string)], at ``now`` (UTC)."""
        calendar = self.env['tthc.working.calendar']
        engine = calendar.engine()
        local_now = calendar.to_local(now)
        hours = engine.working_hours_between
        return [(max(hours(started, local_now), 0) / engine.hours_per_day,
                 int(bool(due) and due < now)) for started, due in moments]

    def _moments(self, domain, key=None):
        """[(group key or None, local started_at, due_at)] of the rows of ``domain`` the user
        may read, in one query: a province's open steps are tens of thousands of rows, too
        many to browse, and converted to local time by PostgreSQL."""
        query = self._where_calc(domain)
        self._apply_ir_rules(query, 'read')
        tables, where, params = query.get_sql()
        self.env.cr.execute("""
            SELECT {key}, "{t}".started_at AT TIME ZONE 'UTC' AT TIME ZONE %s, "{t}".due_at
              FROM {tables} WHERE {where}""".format(
                t=self._table, key='"%s"."%s"' % (self._table, key) if key else 'NULL',
                tables=tables, where=where or 'TRUE'), [TIMEZONE] + params)
        parse = fields.Datetime.from_string
        return [(group, parse(started), due) for group, started, due in self.env.cr.fetchall()]

    @api.model
    def read_group(self, domain, fields, groupby, offset=0, limit=None, orderby=False,
                   lazy=True):
        groups = super(TthcDossierStepReport, self).read_group(
            domain, fields, groupby, offset=offset, limit=limit, orderby=orderby, lazy=lazy)
        if not set(TIMED_MEASURES) & set(fields or ()):
            return groups
        now = self.env['tthc.dossier']._now()
        groupby = [groupby] if isinstance(groupby, str) else list(groupby or [])
        key = groupby[0] if (len(groupby) == 1 or groupby and lazy) \
            and groupby[0] in self._fields else None
        if key and self._fields[key].type in ('many2one', 'char', 'selection'):
            # one query for every group of a plain field
            moments = {}
            for group, started, due in self._moments(domain, key):
                moments.setdefault(group or False, []).append((started, due))
            per_group = [moments.get(group[key][0] if isinstance(group[key], tuple)
                                     else group[key], []) for group in groups]
        else:  # dates by month, several levels …: one query per group
            per_group = [[(started, due) for _g, started, due in self._moments(
                group.get('__domain', domain))] for group in groups]
        for group, group_moments in zip(groups, per_group):
            waits = self._wait_of(group_moments, now)
            days = [wait for wait, _overdue in waits]
            group.update(waiting_days=sum(days) / len(days) if days else 0.0,
                         waiting_days_max=max(days) if days else 0.0,
                         overdue_count=sum(overdue for _wait, overdue in waits))
        return groups
