# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict

from odoo import SUPERUSER_ID, _, api, models
from odoo.exceptions import AccessError


class MailActivity(models.Model):
    """Odoo 11 lets every employee read every scheduled activity (mail.activity has no read
    rule): its summary and the name of its record named other agencies' dossiers. Activities
    of the suite's records are read only by those who may read the record."""
    _inherit = 'mail.activity'

    def _tthc_suite_targets(self, ids):
        """{model: {res_id: [activity ids]}} of the activities ``ids`` on suite records."""
        targets = defaultdict(lambda: defaultdict(list))
        if ids:
            self.env.cr.execute("""
                SELECT id, res_model, res_id FROM mail_activity
                 WHERE id IN %s AND res_model LIKE 'tthc.%%'""", [tuple(ids)])
            for activity_id, res_model, res_id in self.env.cr.fetchall():
                targets[res_model][res_id].append(activity_id)
        return targets

    def _tthc_hidden(self, ids):
        hidden = set()
        for res_model, records in self._tthc_suite_targets(ids).items():
            if res_model not in self.env:
                continue
            Model = self.env[res_model].with_context(active_test=False)
            readable = set(Model.search([('id', 'in', list(records))]).ids) \
                if Model.check_access_rights('read', raise_exception=False) else set()
            for res_id, activity_ids in records.items():
                if res_id not in readable:
                    hidden.update(activity_ids)
        return hidden

    @api.model
    def _search(self, args, offset=0, limit=None, order=None, count=False,
                access_rights_uid=None):
        ids = super(MailActivity, self)._search(
            args, offset=offset, limit=limit, order=order, count=False,
            access_rights_uid=access_rights_uid)
        if self.env.uid != SUPERUSER_ID and ids:
            hidden = self._tthc_hidden(ids)
            ids = [activity_id for activity_id in ids if activity_id not in hidden]
        return len(ids) if count else ids

    @api.multi
    def read(self, fields=None, load='_classic_read'):
        if self.env.uid != SUPERUSER_ID and self._tthc_hidden(self.ids):
            raise AccessError(_("This activity belongs to a record you may not read."))
        return super(MailActivity, self).read(fields=fields, load=load)
