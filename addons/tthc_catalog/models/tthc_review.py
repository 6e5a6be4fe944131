# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models
from odoo.exceptions import UserError

CHANGE_TYPES = [
    ('new', 'Newly issued'),
    ('amended', 'Amended'),
    ('replaced', 'Replaced'),
    ('abolished', 'Abolished'),
]
# What each announced change asks of the internal procedure it affects
WORK_FOR_CHANGE = {'new': 'build', 'amended': 'revise', 'replaced': 'build', 'abolished': 'retire'}
WORKS = [
    ('build', 'Build the internal procedure'),
    ('revise', 'Revise the internal procedure'),
    ('retire', 'Retire the internal procedure'),
]
ENTRY_STATES = [('todo', 'To do'), ('in_progress', 'In progress'), ('done', 'Done')]


class TthcReviewDecision(models.Model):
    """A publishing decision that announces new, amended, replaced or abolished procedures:
    the starting point of the yearly review of internal procedures."""
    _name = 'tthc.review.decision'
    _description = 'Publishing Decision under Review'
    _inherit = ['mail.thread']
    _order = 'decision_date desc, id desc'

    name = fields.Char(string='Decision Number', required=True, track_visibility='onchange')
    decision_date = fields.Date(required=True, default=fields.Date.context_today)
    signer = fields.Char(string='Signed By')
    year = fields.Integer(compute='_compute_year', store=True)
    entry_ids = fields.One2many('tthc.review.entry', 'decision_id', string='Announced Changes')
    entry_count = fields.Integer(compute='_compute_progress', store=True)
    done_count = fields.Integer(compute='_compute_progress', store=True)
    progress = fields.Float(compute='_compute_progress', store=True, group_operator='avg',
                            help="Share of the review work done, in percent.")

    @api.depends('decision_date')
    def _compute_year(self):
        for decision in self:
            decision.year = fields.Date.from_string(decision.decision_date).year \
                if decision.decision_date else 0

    @api.depends('entry_ids.state')
    def _compute_progress(self):
        for decision in self:
            decision.entry_count = len(decision.entry_ids)
            decision.done_count = len(decision.entry_ids.filtered(lambda e: e.state == 'done'))
            decision.progress = 100.0 * decision.done_count / decision.entry_count \
                if decision.entry_count else 0.0


class TthcReviewEntry(models.Model):
    """One procedure announced in a decision, and the work it creates on its internal
    procedure (build, revise or retire), followed to done."""
    _name = 'tthc.review.entry'
    _description = 'Review Work on an Internal Procedure'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _order = 'decision_id, id'

    decision_id = fields.Many2one('tthc.review.decision', required=True, ondelete='cascade',
                                  index=True)
    procedure_id = fields.Many2one('tthc.procedure', string='Procedure', required=True,
                                   ondelete='restrict', index=True)
    agency_id = fields.Many2one(related='procedure_id.agency_id', store=True, readonly=True)
    change_type = fields.Selection(CHANGE_TYPES, required=True, default='new')
    work = fields.Selection(WORKS, compute='_compute_work', store=True)
    state = fields.Selection(ENTRY_STATES, required=True, default='todo',
                             track_visibility='onchange', group_expand='_expand_states')
    user_id = fields.Many2one('res.users', string='Responsible', track_visibility='onchange')
    date_deadline = fields.Date(string='Deadline')
    internal_procedure_id = fields.Many2one(
        'tthc.internal.procedure', string='Resulting Internal Procedure',
        domain="[('procedure_id', '=', procedure_id)]",
        help="The new or revised version; for a retirement, the version retired.")

    @api.depends('change_type')
    def _compute_work(self):
        for entry in self:
            entry.work = WORK_FOR_CHANGE.get(entry.change_type)

    def _expand_states(self, states, domain, order):
        return [key for key, _label in ENTRY_STATES]

    @api.multi
    def action_start(self):
        self.filtered(lambda e: e.state == 'todo').write({'state': 'in_progress'})
        return True

    @api.multi
    def action_done(self):
        for entry in self:
            if entry.work in ('build', 'revise') and (
                    not entry.internal_procedure_id
                    or entry.internal_procedure_id.state != 'approved'):
                raise UserError(_(
                    "The review of %s is done when its new internal procedure is approved: "
                    "link the approved version first.") % entry.procedure_id.code)
        self.write({'state': 'done'})
        return True
