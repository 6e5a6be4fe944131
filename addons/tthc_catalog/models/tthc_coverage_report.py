# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models, tools

from ..engine.rates import percentage
from .tthc_agency import LEVELS


class TthcCoverageReport(models.Model):
    """Procedures in force per agency and level: how many are handled under one-stop and how
    many have an approved internal procedure. Percentages are computed at display time from
    the sums (pivot/graph), so they stay right when rows are grouped."""
    _name = 'tthc.coverage.report'
    _description = 'Internal Procedure Coverage'
    _auto = False
    _order = 'agency_id, level'

    agency_id = fields.Many2one('tthc.agency', string='Agency', readonly=True)
    level = fields.Selection(LEVELS, readonly=True)
    field_id = fields.Many2one('tthc.field', string='Field', readonly=True)
    procedure_count = fields.Integer(string='Procedures in Force', readonly=True)
    one_stop_count = fields.Integer(string='Under One-stop', readonly=True)
    covered_count = fields.Integer(string='With Approved Internal Procedure', readonly=True)
    one_stop_covered_count = fields.Integer(string='One-stop with Approved Internal Procedure',
                                            readonly=True)

    @api.model_cr
    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute("""
            CREATE VIEW %s AS (
                SELECT min(p.id) AS id, p.agency_id, p.level, p.field_id,
                       count(*) AS procedure_count,
                       count(*) FILTER (WHERE p.one_stop_type != 'none') AS one_stop_count,
                       count(*) FILTER (WHERE p.has_approved_internal_procedure)
                           AS covered_count,
                       count(*) FILTER (WHERE p.one_stop_type != 'none'
                                          AND p.has_approved_internal_procedure)
                           AS one_stop_covered_count
                  FROM tthc_procedure p
                 WHERE p.state IN ('in_force', 'amended') AND p.active
              GROUP BY p.agency_id, p.level, p.field_id
            )""" % self._table)

    @api.model
    def summary(self, domain=None, rule='truncate'):
        """Lines per agency and level, then the total, each with the share of one-stop
        procedures that have an approved internal procedure (denominator: procedures in force
        under one-stop or interconnected one-stop; ``rule`` as in ``engine.rates``)."""
        measures = ['procedure_count', 'one_stop_count', 'covered_count', 'one_stop_covered_count']
        groups = self.read_group(domain or [], measures + ['agency_id', 'level'],
                                 ['agency_id', 'level'], lazy=False)
        levels = dict(LEVELS)
        level_order = [key for key, _label in LEVELS]
        groups.sort(key=lambda group: (group['agency_id'] and group['agency_id'][1] or '',
                                       level_order.index(group['level'])))
        lines = []
        for group in groups:
            line = {name: int(group[name] or 0) for name in measures}
            line.update(agency=group['agency_id'][1] if group['agency_id'] else '',
                        level=levels.get(group['level'], ''))
            lines.append(line)
        total = {name: sum(line[name] for line in lines) for name in measures}
        total.update(agency='', level='')
        for line in lines + [total]:
            line['rate'] = percentage(line['one_stop_covered_count'], line['one_stop_count'],
                                      rule=rule)
        return {'lines': lines, 'total': total, 'rule': rule}
