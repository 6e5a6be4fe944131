# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

CHANNELS = [
    ('direct', 'In person'),
    ('online', 'Online'),
    ('postal', 'By post'),
]
TIME_UNITS = [
    ('working_day', 'Working days'),
    ('day', 'Calendar days'),
    ('hour', 'Working hours'),
    ('at_receipt', 'At receipt'),
    ('other', 'Other (to set)'),
]
PROVINCIAL_UNITS = [unit for unit in TIME_UNITS if unit[0] != 'other']


class TthcProcedureTime(models.Model):
    """The processing time of a procedure as published: per channel, optionally per case,
    possibly in stages (45 days then 30 days), in working days, calendar days, hours, "at
    receipt" or "other". With ``unit = other`` the province must set its own time
    (``provincial_amount``) before a dossier can be received on it. A province may also
    shorten a published time by its own decision."""
    _name = 'tthc.procedure.time'
    _description = 'Procedure Processing Time'
    _order = 'procedure_id, case_id, channel, stage, id'

    procedure_id = fields.Many2one('tthc.procedure', string='Procedure', required=True,
                                   ondelete='cascade', index=True)
    case_id = fields.Many2one('tthc.procedure.case', string='Case', ondelete='cascade',
                              index=True, domain="[('procedure_id', '=', procedure_id)]")
    channel = fields.Selection(CHANNELS, required=True, default='direct')
    stage = fields.Integer(default=1, required=True,
                           help="Order of the stage when the time runs in several stages "
                                "(e.g. 45 days, then 30 days): the stages add up.")
    amount = fields.Float(digits=(16, 2))
    unit = fields.Selection(TIME_UNITS, required=True, default='working_day')
    published_text = fields.Char(string='Published Time',
                                 help="The time as the file published it (e.g. \"45 ngày\", "
                                      "\"Khác\"), kept as it came.")
    description = fields.Text(help="The published description of the time (the real rule of "
                                   "an \"other\" time), kept as it came.")
    provincial_amount = fields.Float(
        string='Provincial Time', digits=(16, 2),
        help="The time the province set by its own decision: shorter than the national one, "
             "or the time of a procedure published as \"other\". Empty: the published time "
             "applies.")
    provincial_unit = fields.Selection(PROVINCIAL_UNITS, string='Provincial Unit',
                                       default='working_day')
    provincial_decision_number = fields.Char(string='Provincial Decision')
    provincial_decision_date = fields.Date(string='Provincial Decision Date')
    effective_amount = fields.Float(compute='_compute_effective', store=True, digits=(16, 2),
                                    string='Applied Time')
    effective_unit = fields.Selection(TIME_UNITS, compute='_compute_effective', store=True,
                                      string='Applied Unit')
    is_to_set = fields.Boolean(string='Time to Set', compute='_compute_effective', store=True,
                               help="Published as \"other\" and not yet set by the province: "
                                    "no dossier can be received on it.")

    _sql_constraints = [
        ('amount_positive', 'CHECK(amount >= 0 AND coalesce(provincial_amount, 0) >= 0)',
         'A processing time cannot be negative.'),
    ]

    @api.depends('amount', 'unit', 'provincial_amount', 'provincial_unit')
    def _compute_effective(self):
        for time in self:
            if time.provincial_amount:
                time.effective_amount = time.provincial_amount
                time.effective_unit = time.provincial_unit or 'working_day'
            else:
                time.effective_amount = time.amount
                time.effective_unit = time.unit
            time.is_to_set = time.effective_unit == 'other'

    @api.constrains('case_id', 'procedure_id')
    def _check_case(self):
        for time in self:
            if time.case_id and time.case_id.procedure_id != time.procedure_id:
                raise ValidationError(_(
                    "The case %s belongs to another procedure.") % time.case_id.display_name)

    @api.constrains('provincial_amount', 'provincial_decision_number')
    def _check_provincial_decision(self):
        for time in self:
            if time.provincial_amount and not time.provincial_decision_number:
                raise ValidationError(_(
                    "A provincial time needs the number of the province's decision that set it "
                    "(procedure %s).") % time.procedure_id.code)

    @api.multi
    def name_get(self):
        units = dict(self._fields['unit']._description_selection(self.env))
        return [(time.id, '%s %s' % ('%g' % time.effective_amount
                                     if time.effective_unit not in ('at_receipt', 'other')
                                     else '', units.get(time.effective_unit, '')))
                for time in self]
