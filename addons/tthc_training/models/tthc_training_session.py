# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models


class TthcTrainingSession(models.Model):
    """One day (or half day) of a training class, with its own attendance."""
    _name = 'tthc.training.session'
    _description = 'Training Session'
    _order = 'date, sequence, id'

    class_id = fields.Many2one('tthc.training.class', string='Class', required=True,
                               ondelete='cascade', index=True)
    sequence = fields.Integer(default=10)
    name = fields.Char(required=True)
    date = fields.Date(required=True)
    place = fields.Char()
    trainer_ids = fields.Many2many('res.partner', string='Trainers')
    topic_ids = fields.Many2many('tthc.training.topic', string='Topics')
    present_attendee_ids = fields.Many2many(
        'tthc.training.attendee', 'tthc_training_attendance_rel', 'session_id', 'attendee_id',
        string='Present', domain="[('class_id', '=', class_id)]")
    present_count = fields.Integer(compute='_compute_present_count')

    @api.depends('present_attendee_ids')
    def _compute_present_count(self):
        for session in self:
            session.present_count = len(session.present_attendee_ids)
