# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import timedelta

from odoo import _, api, fields, models
from odoo.exceptions import UserError

from odoo.addons.tthc_catalog.engine.dates import dmy

VISIT_STATES = [
    ('planned', 'Planned'),
    ('in_progress', 'On Site'),
    ('done', 'Concluded'),
    ('cancelled', 'Cancelled'),
]

RATINGS = [
    ('commended', 'Commended'),
    ('good', 'Good'),
    ('needs_improvement', 'Needs Improvement'),
    ('weak', 'Weak'),
]


class TthcInspectionVisit(models.Model):
    """A team's visit to one agency: the checklist, who attended, the findings and the
    conclusion with a rating of the unit."""
    _name = 'tthc.inspection.visit'
    _description = 'Inspection Visit'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _order = 'date desc, id desc'

    name = fields.Char(compute='_compute_name', store=True)
    campaign_id = fields.Many2one('tthc.inspection.campaign', string='Campaign', required=True,
                                  index=True, ondelete='cascade', track_visibility='onchange')
    agency_id = fields.Many2one('tthc.agency', string='Inspected Agency', required=True,
                                index=True, ondelete='restrict', track_visibility='onchange')
    date = fields.Date(track_visibility='onchange')
    year = fields.Integer(related='campaign_id.year', store=True, readonly=True)
    state = fields.Selection(VISIT_STATES, required=True, default='planned', readonly=True,
                             copy=False, index=True, track_visibility='onchange')
    checklist_line_ids = fields.One2many('tthc.inspection.checklist.line', 'visit_id',
                                         string='Checklist')
    inspector_ids = fields.Many2many('res.users', string='Inspectors Present',
                                     help="Members of the team who attended the visit.")
    attendance = fields.Text(string="Agency Representatives",
                             help="Names and positions of the agency's staff present.")
    finding_ids = fields.One2many('tthc.inspection.finding', 'visit_id', string='Findings')
    finding_count = fields.Integer(compute='_compute_finding_count')
    conclusion = fields.Html()
    rating = fields.Selection(RATINGS, track_visibility='onchange',
                              help="Commended units are named in the campaign report.")

    @api.depends('campaign_id.name', 'agency_id.name')
    def _compute_name(self):
        for visit in self:
            visit.name = '%s - %s' % (visit.campaign_id.name or '', visit.agency_id.name or '')

    @api.depends('finding_ids')
    def _compute_finding_count(self):
        for visit in self:
            visit.finding_count = len(visit.finding_ids)

    @api.model
    def create(self, vals):
        visit = super(TthcInspectionVisit, self).create(vals)
        # a visit added to an already planned campaign gets its checklist at once
        if visit.campaign_id.state in ('planned', 'in_progress'):
            visit._generate_checklist()
        return visit

    @api.multi
    def action_start(self):
        for visit in self:
            if visit.state != 'planned':
                raise UserError(_("Only a planned visit can start."))
            if visit.campaign_id.state not in ('planned', 'in_progress'):
                raise UserError(_("Plan the campaign before visiting."))
        self.mapped('campaign_id').filtered(lambda c: c.state == 'planned').action_start()
        today = fields.Date.context_today(self)
        for visit in self:
            visit.write({'state': 'in_progress', 'date': visit.date or today})
        return True

    @api.multi
    def action_done(self):
        for visit in self:
            if visit.state != 'in_progress':
                raise UserError(_("Only a visit on site can be concluded."))
            if not (visit.conclusion and visit.rating):
                raise UserError(_("Write the conclusion and rate %s before concluding.")
                                % visit.agency_id.name)
        return self.write({'state': 'done'})

    @api.multi
    def action_cancel(self):
        if self.filtered(lambda visit: visit.state == 'done'):
            raise UserError(_("A concluded visit cannot be cancelled."))
        return self.write({'state': 'cancelled'})

    @api.multi
    def action_refresh_checklist(self):
        """Measure the pre-filled criteria again, e.g. on the morning of the visit."""
        measured = {}
        for line in self.mapped('checklist_line_ids').filtered(
                lambda line: line.criterion_id.prefill != 'manual'):
            line.write(line.visit_id._prefill(line.criterion_id, measured))
        return True

    @api.multi
    def action_log_finding(self):
        """A small form to log a finding on the spot (tablet or phone)."""
        self.ensure_one()
        return {
            'type': 'ir.actions.act_window',
            'name': _('Log a Finding'),
            'res_model': 'tthc.inspection.finding',
            'view_mode': 'form',
            'target': 'new',
            'view_id': self.env.ref('tthc_inspection.tthc_inspection_finding_view_form_quick').id,
            'context': {'default_visit_id': self.id},
        }

    def _generate_checklist(self):
        """Copy the campaign template's criteria within its scope, measured where the system
        can."""
        Line = self.env['tthc.inspection.checklist.line']
        for visit in self:
            campaign = visit.campaign_id
            criteria = campaign.template_id.criterion_ids
            if campaign.criterion_group_ids:
                criteria = criteria.filtered(
                    lambda criterion: criterion.group_id in campaign.criterion_group_ids)
            measured = {}
            for criterion in criteria:
                values = {'visit_id': visit.id, 'criterion_id': criterion.id,
                          'sequence': criterion.sequence, 'name': criterion.name,
                          'expected_evidence': criterion.expected_evidence}
                values.update(visit._prefill(criterion, measured))
                Line.create(values)

    def _prefill(self, criterion, measured):
        """Measured value and result of ``criterion`` for this visit's agency, or {} to
        leave it to the team. ``measured`` keeps the dossier statistics of each visit, which
        several criteria read (one twelve-month aggregate per visit, not per criterion)."""
        self.ensure_one()
        if criterion.prefill == 'internal_procedure_coverage':
            return self._prefill_internal_procedure_coverage()
        if criterion.prefill.startswith('dossier_'):
            if self.id not in measured:
                measured[self.id] = self._dossier_statistics()
            return measured[self.id].get(criterion.prefill, {})
        return {}

    def _prefill_internal_procedure_coverage(self):
        total = self.env['tthc.coverage.report'].summary(
            [('agency_id', 'child_of', self.agency_id.id)])['total']
        if not total['one_stop_count']:
            return {'measured_value': _("No procedure in force under one-stop."),
                    'result': 'not_applicable'}
        return {
            'measured_value': _("%s of %s one-stop procedures have an approved internal "
                                "procedure (%.2f%%, truncated).") % (
                total['one_stop_covered_count'], total['one_stop_count'], total['rate']),
            'result': 'met' if total['one_stop_covered_count'] == total['one_stop_count']
            else 'not_met',
        }

    def _dossier_statistics(self):
        """{prefill source: {'measured_value': …, 'result': …}} from the dossiers of the
        visited agency over the twelve months before the visit. Only the on-time rate has data
        behind it; digitisation and posted fees are checked by the team."""
        end = fields.Date.from_string(self.date or fields.Date.context_today(self))
        start = end - timedelta(days=365)
        total = self.env['tthc.dossier.statistics'].sudo().compute(
            fields.Date.to_string(start), fields.Date.to_string(end),
            agency_ids=self.agency_id.ids)['total']
        if not total['resolved']:
            measured = {'measured_value': _("No dossier resolved from %s to %s.") % (
                dmy(start), dmy(end)),
                'result': 'not_applicable'}
        else:
            measured = {'measured_value': _(
                "%s of %s dossiers resolved from %s to %s were early or on time (%.2f%%, "
                "truncated); %s late.") % (
                total['in_time'], total['resolved'], dmy(start), dmy(end),
                total['in_time_rate'], total['late'])}
        return {'dossier_on_time': measured}
