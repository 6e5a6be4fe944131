# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import SUPERUSER_ID, _, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.tthc_catalog.engine.dates import dmy

ACTION_STATES = [
    ('open', 'Open'),
    ('done', 'Done'),
    ('cancelled', 'Cancelled'),
]

# What the inspected unit reports; the action itself (what, who, by when) is the team's.
UNIT_WRITABLE_FIELDS = {'result_note', 'state', 'date_done'}


class TthcInspectionAction(models.Model):
    """A corrective action the inspected unit owes for a deficiency, followed to closure."""
    _name = 'tthc.inspection.action'
    _description = 'Corrective Action'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _order = 'deadline, id'

    finding_id = fields.Many2one('tthc.inspection.finding', string='Finding', required=True,
                                 index=True, ondelete='cascade',
                                 domain=[('kind', '=', 'deficiency')])
    visit_id = fields.Many2one(related='finding_id.visit_id', store=True, readonly=True)
    campaign_id = fields.Many2one(related='finding_id.visit_id.campaign_id', store=True,
                                  readonly=True)
    agency_id = fields.Many2one(related='finding_id.visit_id.agency_id', store=True,
                                readonly=True)
    name = fields.Char(string='Action', required=True, track_visibility='onchange')
    owner_id = fields.Many2one('res.users', string='Owner', required=True,
                               track_visibility='onchange',
                               help="The person in the inspected unit who answers for it.")
    deadline = fields.Date(required=True, track_visibility='onchange')
    state = fields.Selection(ACTION_STATES, required=True, default='open', readonly=True,
                             copy=False, index=True, track_visibility='onchange')
    date_done = fields.Date(readonly=True, copy=False, track_visibility='onchange')
    closed_on_time = fields.Boolean(compute='_compute_closed_on_time', store=True)
    is_overdue = fields.Boolean(compute='_compute_is_overdue', search='_search_is_overdue')
    result_note = fields.Text(string='What Was Done')

    @api.depends('state', 'date_done', 'deadline')
    def _compute_closed_on_time(self):
        for action in self:
            action.closed_on_time = action.state == 'done' and action.date_done <= action.deadline

    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for action in self:
            action.is_overdue = action.state == 'open' and action.deadline < today

    def _search_is_overdue(self, operator, value):
        today = fields.Date.context_today(self)
        if (operator == '=') == bool(value):
            return ['&', ('state', '=', 'open'), ('deadline', '<', today)]
        return ['|', ('state', '!=', 'open'), ('deadline', '>=', today)]

    @api.constrains('finding_id')
    def _check_finding_id(self):
        if self.filtered(lambda action: action.finding_id.kind != 'deficiency'):
            raise ValidationError(_("Only deficiencies get corrective actions."))

    @api.model
    def create(self, vals):
        action = super(TthcInspectionAction, self).create(vals)
        action._subscribe_owner()
        return action

    @api.multi
    def write(self, vals):
        fields_written = {name for name in vals
                          if not name.startswith(('message_', 'activity_'))}
        if fields_written - UNIT_WRITABLE_FIELDS and not self._is_team_side():
            raise AccessError(_("The inspected unit reports what was done; only the inspection "
                                "team changes the action, its owner or its deadline."))
        result = super(TthcInspectionAction, self).write(vals)
        if 'owner_id' in vals:
            self._subscribe_owner()
        return result

    @api.multi
    def action_done(self):
        if self.filtered(lambda action: action.state != 'open'):
            raise UserError(_("Only open actions can be marked done."))
        self.write({'state': 'done', 'date_done': fields.Date.context_today(self)})
        self.mapped('finding_id')._close_if_corrected()
        return True

    @api.multi
    def action_cancel(self):
        if self.filtered(lambda action: action.state != 'open'):
            raise UserError(_("Only open actions can be cancelled."))
        self.write({'state': 'cancelled'})
        self.mapped('finding_id')._close_if_corrected()
        return True

    @api.multi
    def action_reopen(self):
        """An action found not done after all: its deficiency is open again."""
        if self.filtered(lambda action: action.state == 'open'):
            raise UserError(_("The action is already open."))
        self.write({'state': 'open', 'date_done': False})
        self.mapped('finding_id').filtered(lambda finding: finding.state == 'closed') \
            ._move_to('open')
        return True

    def _is_team_side(self):
        user = self.env.user
        return self.env.uid == SUPERUSER_ID \
            or user.has_group('tthc_inspection.group_tthc_inspector') \
            or user.has_group('tthc_catalog.group_tthc_admin')

    def _subscribe_owner(self):
        """The owner follows the action from its assignment, and so hears of its changes."""
        for action in self:
            action.message_subscribe_users(user_ids=action.owner_id.ids)

    @api.model
    def _cron_remind_overdue(self):
        """Put a reminder on each open action past its deadline, once: the search only
        reaches open actions, and those already reminded keep their pending activity."""
        activity_type = self.env.ref('tthc_inspection.mail_activity_type_overdue_action')
        overdue = self.search([('is_overdue', '=', True)])
        reminded = self.env['mail.activity'].search([
            ('res_model', '=', self._name), ('res_id', 'in', overdue.ids),
            ('activity_type_id', '=', activity_type.id)]).mapped('res_id')
        for action in overdue.filtered(lambda action: action.id not in reminded):
            action._schedule_overdue_reminder(activity_type)
        return True

    def _schedule_overdue_reminder(self, activity_type):
        self.ensure_one()
        self.env['mail.activity'].create({
            'res_model_id': self.env['ir.model']._get(self._name).id,
            'res_id': self.id,
            'activity_type_id': activity_type.id,
            'user_id': self.owner_id.id,
            'date_deadline': fields.Date.context_today(self),
            'summary': _("Corrective action overdue since %s") % dmy(self.deadline),
        })
