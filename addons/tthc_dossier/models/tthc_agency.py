# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import datetime, time, timedelta

from odoo import api, fields, models

from ..engine.statistics import COUNTS, figures
from .tthc_dossier import WORKING_STATES

DESK_COUNTERS = ('received_today', 'due_today', 'overdue', 'supplement')


class TthcAgency(models.Model):
    """The desk dashboard: one card per agency of the one-stop desk officer with what needs
    doing today. Every counter is counted as the user, so record rules keep it to the
    dossiers they may see, and each opens the dossiers of the very domain it counted."""
    _inherit = 'tthc.agency'

    desk_received_today_count = fields.Integer(
        string='Received Today', compute='_compute_desk_counts',
        help="Dossiers received today (refused ones left out).")
    desk_due_today_count = fields.Integer(
        string='Due Today', compute='_compute_desk_counts',
        help="Dossiers being processed whose return date is later today.")
    desk_overdue_count = fields.Integer(
        string='Overdue', compute='_compute_desk_counts',
        help="Dossiers being processed past their return date.")
    desk_supplement_count = fields.Integer(
        string='In Supplement', compute='_compute_desk_counts',
        help="Dossiers waiting for the applicant's supplementary documents.")
    desk_resolved_month_count = fields.Integer(
        string='Resolved This Month', compute='_compute_desk_on_time_rate')
    desk_on_time_rate = fields.Float(
        string='On Time This Month (%)', compute='_compute_desk_on_time_rate',
        help="Dossiers resolved this month early or on time ÷ dossiers resolved this month, "
             "truncated to two decimals.")

    def _compute_desk_counts(self):
        # one grouped count per counter for all the cards, each card summing its subtree
        domains = self._desk_domains()
        subtrees = self._desk_subtrees()
        Dossier = self.env['tthc.dossier']
        for counter in DESK_COUNTERS:
            counts = {group['agency_id'][0]: group['agency_id_count']
                      for group in Dossier.read_group(
                          [('agency_id', 'child_of', self.ids)] + domains[counter],
                          ['agency_id'], ['agency_id'])}
            for agency in self:
                agency['desk_%s_count' % counter] = sum(
                    count for agency_id, count in counts.items()
                    if agency_id in subtrees[agency.id])

    def _compute_desk_on_time_rate(self):
        # one statistics statement by agency for all the cards, each card summing its subtree
        calendar = self.env['tthc.working.calendar']
        today = calendar.to_local(self.env['tthc.dossier']._now()).date()
        lines = self.env['tthc.dossier.statistics'].compute(
            today.replace(day=1).isoformat(), today.isoformat(), agency_ids=self.ids)['lines']
        subtrees = self._desk_subtrees()
        for agency in self:
            total = figures({count: sum(line[count] for line in lines
                                        if line['key'] in subtrees[agency.id])
                             for count in COUNTS})
            agency.desk_resolved_month_count = total['resolved']
            agency.desk_on_time_rate = total['in_time_rate'] or 0.0

    def _desk_subtrees(self):
        """{agency id: ids of the agency and those below it}, as the counters' child_of."""
        Agency = self.env['tthc.agency']
        return {agency.id: set(Agency.search([('id', 'child_of', agency.id)]).ids)
                for agency in self}

    @api.model
    def _desk_domains(self):
        """{counter: domain on tthc.dossier} at the dossiers' clock; "today" is the local
        calendar day. Due today and overdue count only dossiers whose clock runs: a paused
        dossier keeps the return date it had, which means nothing until it resumes."""
        calendar = self.env['tthc.working.calendar']
        now = self.env['tthc.dossier']._now()
        today = calendar.to_local(now).date()
        day_start = calendar.to_utc(datetime.combine(today, time.min))
        day_end = calendar.to_utc(datetime.combine(today + timedelta(days=1), time.min))
        return {
            'received_today': [('received_at', '>=', day_start), ('received_at', '<', day_end),
                               ('state', '!=', 'refused')],
            'due_today': [('state', 'in', WORKING_STATES), ('due_at', '>=', now),
                          ('due_at', '<', day_end)],
            'overdue': [('state', 'in', WORKING_STATES), ('due_at', '<', now)],
            'supplement': [('state', '=', 'supplement')],
        }

    def _desk_domain(self, domains, counter):
        return [('agency_id', 'child_of', self.id)] + domains[counter]

    @api.multi
    def action_open_desk_dossiers(self):
        """The dossiers behind the counter named by the context key ``tthc_desk``."""
        self.ensure_one()
        counter = self.env.context.get('tthc_desk')
        action = self.env.ref('tthc_dossier.tthc_dossier_action').read()[0]
        label = self._fields['desk_%s_count' % counter].get_description(self.env)['string']
        name = '%s - %s' % (label, self.name)
        action.update(name=name, display_name=name,
                      domain=self._desk_domain(self._desk_domains(), counter),
                      context={'default_agency_id': self.id})
        return action

    @api.multi
    def action_receive_dossier(self):
        """A new dossier at this agency's desk."""
        self.ensure_one()
        return {
            'type': 'ir.actions.act_window', 'res_model': 'tthc.dossier', 'view_mode': 'form',
            'views': [(False, 'form')], 'target': 'current',
            'context': {'default_agency_id': self.id},
        }
