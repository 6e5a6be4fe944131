# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from .tthc_inspection_finding_stage import FINDING_STATES

KINDS = [
    ('good_practice', 'Good Practice'),
    ('deficiency', 'Deficiency'),
]

SEVERITIES = [
    ('minor', 'Minor'),
    ('major', 'Major'),
    ('critical', 'Critical'),
]


class TthcInspectionFinding(models.Model):
    """What the team saw on a criterion during a visit: a good practice to spread or a
    deficiency to correct. Stages are configurable; the code works on ``state``."""
    _name = 'tthc.inspection.finding'
    _description = 'Inspection Finding'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _order = 'visit_id, id'

    def _default_stage_id(self):
        return self._stage_for_state('draft')

    visit_id = fields.Many2one('tthc.inspection.visit', string='Visit', required=True,
                               index=True, ondelete='cascade', track_visibility='onchange')
    campaign_id = fields.Many2one(related='visit_id.campaign_id', store=True, readonly=True)
    agency_id = fields.Many2one(related='visit_id.agency_id', store=True, readonly=True)
    criterion_id = fields.Many2one('tthc.inspection.criterion', string='Criterion',
                                   ondelete='restrict', track_visibility='onchange')
    name = fields.Char(string='Summary', required=True, track_visibility='onchange')
    kind = fields.Selection(KINDS, required=True, default='deficiency',
                            track_visibility='onchange')
    severity = fields.Selection(SEVERITIES, default='minor', track_visibility='onchange')
    description = fields.Text()
    attachment_ids = fields.Many2many('ir.attachment', string='Evidence',
                                      help="Documents and photos taken on the spot.")
    recommendation = fields.Text()
    stage_id = fields.Many2one('tthc.inspection.finding.stage', string='Stage', required=True,
                               default=lambda self: self._default_stage_id(),
                               ondelete='restrict', index=True,
                               group_expand='_read_group_stage_ids',
                               track_visibility='onchange')
    state = fields.Selection(FINDING_STATES, related='stage_id.state', store=True,
                             readonly=True, index=True)
    action_ids = fields.One2many('tthc.inspection.action', 'finding_id',
                                 string='Corrective Actions')
    open_action_count = fields.Integer(compute='_compute_open_action_count')

    @api.depends('action_ids.state')
    def _compute_open_action_count(self):
        for finding in self:
            finding.open_action_count = len(finding.action_ids.filtered(
                lambda action: action.state == 'open'))

    @api.constrains('stage_id', 'kind')
    def _check_closing(self):
        for finding in self:
            if finding.state == 'closed' and finding.kind == 'deficiency' \
                    and finding.open_action_count:
                raise ValidationError(_("The deficiency %s still has open corrective "
                                        "actions.") % finding.name)

    @api.constrains('kind')
    def _check_actions_on_deficiencies(self):
        for finding in self:
            if finding.kind == 'good_practice' and finding.action_ids:
                raise ValidationError(_("Only deficiencies get corrective actions."))

    @api.model
    def _read_group_stage_ids(self, stages, domain, order):
        return stages.search([], order=order)

    @api.model
    def _stage_for_state(self, state):
        return self.env['tthc.inspection.finding.stage'].search([('state', '=', state)],
                                                                limit=1)

    def _move_to(self, state):
        stage = self._stage_for_state(state)
        if not stage:
            raise UserError(_("No stage is configured for the state %s.")
                            % dict(FINDING_STATES)[state])
        return self.write({'stage_id': stage.id})

    @api.multi
    def action_confirm(self):
        """The unit agreed with the finding; a deficiency now needs its actions."""
        if self.filtered(lambda finding: finding.state != 'draft'):
            raise UserError(_("Only logged findings can be confirmed."))
        return self._move_to('open')

    @api.multi
    def action_close(self):
        if self.filtered(lambda finding: finding.state not in ('draft', 'open')):
            raise UserError(_("Only logged or confirmed findings can be closed."))
        return self._move_to('closed')

    @api.multi
    def action_cancel(self):
        return self._move_to('cancelled')

    @api.multi
    def unlink(self):
        if not self.env.user.has_group('tthc_catalog.group_tthc_admin'):
            raise UserError(_("A finding is a record of the inspection: cancel it instead of "
                              "deleting it."))
        return super(TthcInspectionFinding, self).unlink()

    @api.multi
    def action_reset(self):
        return self._move_to('draft')

    def _close_if_corrected(self):
        """Close confirmed deficiencies whose last action is done: the inspected unit may
        not write findings, so its closing an action must move the finding for it."""
        corrected = self.filtered(lambda finding: finding.state == 'open' and finding.action_ids
                                  and not finding.open_action_count)
        if corrected:
            corrected.sudo()._move_to('closed')
