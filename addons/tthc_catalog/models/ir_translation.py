# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models

# Odoo 11's Vietnamese translation of the subject of its notification e-mail lost the ``%s`` of
# "'Re: %s' % object.record_name": rendering it raises a TypeError, so any message posted to
# followers without a subject by a user working in Vietnamese fails with a server error.
BROKEN_SUBJECTS = [("'Trả lời: ' %", "'Trả lời: %s' %"), ("'Re: ' %", "'Re: %s' %")]


class IrTranslation(models.Model):
    _inherit = 'ir.translation'

    @api.model_cr_context
    def load_module_terms(self, modules, langs):
        res = super(IrTranslation, self).load_module_terms(modules, langs)
        self._tthc_repair_mail_subjects()
        return res

    def _tthc_repair_mail_subjects(self):
        """Put the lost ``%s`` back, whenever translations are (re)loaded."""
        for broken, repaired in BROKEN_SUBJECTS:
            self.env.cr.execute("""
                UPDATE ir_translation SET value = replace(value, %s, %s)
                 WHERE name = 'mail.template,subject' AND lang LIKE 'vi%%'
                   AND strpos(value, %s) > 0""", (broken, repaired, broken))
