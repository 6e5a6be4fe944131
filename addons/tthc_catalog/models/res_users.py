from odoo import api, fields, models


class ResUsers(models.Model):
    _inherit = 'res.users'

    tthc_agency_ids = fields.Many2many(
        'tthc.agency', 'tthc_agency_res_users_rel', 'user_id', 'agency_id', string='Agencies',
        help="The agencies this user works for: the base of every access rule of the suite.")

    @api.multi
    def write(self, vals):
        res = super(ResUsers, self).write(vals)
        if 'tthc_agency_ids' in vals:
            # the record rules read the user's agencies and are cached per user: a user who
            # leaves an agency must lose its records at once, not at the next restart
            self.env['ir.rule'].clear_caches()
        return res
