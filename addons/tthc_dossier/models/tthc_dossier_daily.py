# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models
from odoo.osv import expression

from .tthc_dossier import OPEN_STATES

DEADLINES = [('overdue', 'Late'), ('due_today', 'Due Today')]


class TthcDossier(models.Model):
    """What an officer looks at every morning: how many working days each open dossier has
    left, and the one-click filters "late" and "due today", at the very moments the desk
    dashboard counts (``tthc.agency._desk_domains``)."""
    _inherit = 'tthc.dossier'

    working_days_left = fields.Integer(
        compute='_compute_working_days_left',
        help="Working days from today to the return date; negative when it has passed.")
    deadline_label = fields.Char(
        string='Time Left', compute='_compute_working_days_left',
        help="The working days left before the return date, or past it.")
    deadline = fields.Selection(DEADLINES, compute='_compute_deadline', search='_search_deadline',
                                help="Late: open, past the return date. Due today: open, the "
                                     "return date later today.")

    def _compute_working_days_left(self):
        calendar = self.env['tthc.working.calendar']
        engine = calendar.engine()
        today = calendar.to_local(self._now()).date()
        for dossier in self:
            if dossier.state not in OPEN_STATES or not dossier.due_at:
                continue
            due_day = calendar.to_local(dossier.due_at).date()
            first, last = sorted((today, due_day))
            days = sum(1 for ordinal in range(first.toordinal() + 1, last.toordinal() + 1)
                       if engine.is_working_day(first.fromordinal(ordinal)))
            dossier.working_days_left = -days if due_day < today else days
            if dossier.due_at < self._now():
                dossier.deadline_label = _("%d working days late") % days if days \
                    else _("Late since today")
            elif days:
                dossier.deadline_label = _("%d working days left") % days
            else:
                dossier.deadline_label = _("Due today")

    def _compute_deadline(self):
        domains = self.env['tthc.agency']._desk_domains()
        saved = self.filtered('id')
        for key, _label in DEADLINES:
            if saved:
                for dossier in self.search([('id', 'in', saved.ids)] + domains[key]):
                    dossier.deadline = key

    @api.model
    def _search_deadline(self, operator, value):
        domains = self.env['tthc.agency']._desk_domains()
        keys = [value] if operator == '=' else value if operator == 'in' else []
        keys = [key for key in keys if key in domains]
        if not keys:
            return [('id', '=', 0)]
        # a search method's domain replaces its leaf as is: explicit operators only
        return expression.OR([expression.normalize_domain(domains[key]) for key in keys])
