# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

CAMPAIGN_STATES = [
    ('draft', 'Draft'),
    ('planned', 'Planned'),
    ('in_progress', 'In Progress'),
    ('done', 'Done'),
    ('cancelled', 'Cancelled'),
]


class TthcInspectionCampaign(models.Model):
    """One inspection team (đoàn kiểm tra) set up by a decision, visiting departments."""
    _name = 'tthc.inspection.campaign'
    _description = 'Inspection Campaign'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _order = 'year desc, name'

    def _default_year(self):
        return fields.Date.from_string(fields.Date.context_today(self)).year

    name = fields.Char(required=True, track_visibility='onchange')
    year = fields.Integer(required=True, default=lambda self: self._default_year(),
                          track_visibility='onchange')
    agency_id = fields.Many2one(
        'tthc.agency', string='Agency in Charge', ondelete='restrict',
        default=lambda self: self.env.user.tthc_agency_ids[:1], track_visibility='onchange',
        help="The agency that chairs the team; it heads the campaign's documents.")
    decision_number = fields.Char(track_visibility='onchange',
                                  help="Number of the decision that sets the team up.")
    decision_date = fields.Date(track_visibility='onchange')
    decision_signer = fields.Char(track_visibility='onchange')
    lead_id = fields.Many2one('res.users', string='Team Lead', required=True,
                              default=lambda self: self.env.user, track_visibility='onchange')
    member_ids = fields.Many2many('res.users', 'tthc_inspection_campaign_member_rel',
                                  'campaign_id', 'user_id', string='Team Members')
    criterion_group_ids = fields.Many2many(
        'tthc.inspection.criterion.group', string='Scope',
        help="The criteria groups checked; leave empty to check the whole template.")
    template_id = fields.Many2one('tthc.inspection.template', string='Checklist Template',
                                  ondelete='restrict', track_visibility='onchange')
    date_start = fields.Date(string='Planned From', track_visibility='onchange')
    date_end = fields.Date(string='Planned Until', track_visibility='onchange')
    state = fields.Selection(CAMPAIGN_STATES, required=True, default='draft', readonly=True,
                             copy=False, index=True, track_visibility='onchange')
    visit_ids = fields.One2many('tthc.inspection.visit', 'campaign_id', string='Visits')
    visit_count = fields.Integer(compute='_compute_visit_count')
    note = fields.Html()

    @api.depends('visit_ids')
    def _compute_visit_count(self):
        for campaign in self:
            campaign.visit_count = len(campaign.visit_ids)

    @api.constrains('date_start', 'date_end')
    def _check_dates(self):
        for campaign in self:
            if campaign.date_start and campaign.date_end \
                    and campaign.date_start > campaign.date_end:
                raise ValidationError(_("The planned period of %s ends before it starts.")
                                      % campaign.name)

    @api.model
    def create(self, vals):
        campaign = super(TthcInspectionCampaign, self).create(vals)
        campaign._subscribe_team()
        return campaign

    @api.multi
    def write(self, vals):
        result = super(TthcInspectionCampaign, self).write(vals)
        if 'lead_id' in vals or 'member_ids' in vals:
            self._subscribe_team()
        return result

    @api.multi
    def action_plan(self):
        """Freeze the team's mandate: a campaign goes out on a signed decision, and each
        visit gets its checklist now so later template edits do not change it."""
        for campaign in self:
            if campaign.state != 'draft':
                raise UserError(_("Only a draft campaign can be planned."))
            if not (campaign.decision_number and campaign.decision_date):
                raise UserError(_("Enter the decision that sets the team up before planning "
                                  "%s.") % campaign.name)
            if not campaign.template_id:
                raise UserError(_("Choose the checklist template of %s.") % campaign.name)
            if not campaign.visit_ids:
                raise UserError(_("Add the agencies to visit before planning %s.")
                                % campaign.name)
        self.write({'state': 'planned'})
        self.mapped('visit_ids').filtered(lambda visit: not visit.checklist_line_ids) \
            ._generate_checklist()
        return True

    @api.multi
    def action_start(self):
        for campaign in self:
            if campaign.state != 'planned':
                raise UserError(_("Only a planned campaign can start."))
        return self.write({'state': 'in_progress'})

    @api.multi
    def action_done(self):
        for campaign in self:
            if campaign.state != 'in_progress':
                raise UserError(_("Only a campaign in progress can be closed."))
            pending = campaign.visit_ids.filtered(
                lambda visit: visit.state not in ('done', 'cancelled'))
            if pending:
                raise UserError(_("These visits are not concluded yet: %s")
                                % ', '.join(pending.mapped('agency_id.name')))
        return self.write({'state': 'done'})

    @api.multi
    def action_cancel(self):
        if self.filtered(lambda campaign: campaign.state == 'done'):
            raise UserError(_("A finished campaign cannot be cancelled."))
        self.mapped('visit_ids').filtered(lambda visit: visit.state != 'done') \
            .write({'state': 'cancelled'})
        return self.write({'state': 'cancelled'})

    @api.multi
    def action_draft(self):
        if self.filtered(lambda campaign: campaign.state != 'cancelled'):
            raise UserError(_("Only a cancelled campaign can go back to draft."))
        self.mapped('visit_ids').write({'state': 'planned'})
        return self.write({'state': 'draft'})

    @api.multi
    def action_view_visits(self):
        action = self.env.ref('tthc_inspection.tthc_inspection_visit_action').read()[0]
        action.update(domain=[('campaign_id', 'in', self.ids)],
                      context={'default_campaign_id': self[:1].id})
        return action

    def _subscribe_team(self):
        """The team follows its campaign, so they get its messages and state changes."""
        for campaign in self:
            campaign.message_subscribe_users(
                user_ids=(campaign.lead_id | campaign.member_ids).ids)

    @api.multi
    def _report_data(self):
        """The content of the campaign report, shared by the PDF and the XLSX: visits,
        deficiencies by criterion and severity, commended units, open actions past their
        deadline."""
        self.ensure_one()
        today = fields.Date.context_today(self)
        visits = self.visit_ids.sorted(lambda visit: (visit.date or '', visit.agency_id.name))
        findings = visits.mapped('finding_ids')
        severities = dict(self.env['tthc.inspection.finding']._fields['severity']
                          ._description_selection(self.env))
        by_criterion = {}
        for finding in findings.filtered(lambda f: f.kind == 'deficiency'):
            key = (finding.criterion_id.group_id.name or '', finding.criterion_id.name
                   or _('Other'))
            counts = by_criterion.setdefault(key, dict.fromkeys(severities, 0))
            counts[finding.severity] += 1
        overdue = self.env['tthc.inspection.action'].search(
            [('campaign_id', '=', self.id), ('state', '=', 'open'), ('deadline', '<', today)],
            order='deadline, id')
        return {
            'visits': visits,
            'severities': severities,
            'by_criterion': [dict(group=group, criterion=criterion, counts=counts,
                                  total=sum(counts.values()))
                             for (group, criterion), counts in sorted(by_criterion.items())],
            'good_practices': findings.filtered(lambda f: f.kind == 'good_practice'),
            'commended': visits.filtered(lambda visit: visit.rating == 'commended'),
            'overdue_actions': overdue,
        }
