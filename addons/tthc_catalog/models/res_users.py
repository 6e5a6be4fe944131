from odoo import fields, models


class ResUsers(models.Model):
    _inherit = 'res.users'

    tthc_agency_ids = fields.Many2many(
        'tthc.agency', 'tthc_agency_res_users_rel', 'user_id', 'agency_id', string='Agencies',
        help="The agencies this user works for: the base of every access rule of the suite.")
