# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Record rules checked on the result of a write, for every model of the suite.

Odoo 11 checks the record rules of a write only *before* the change
(``BaseModel.write``: ``check_access_rule('write')`` then the UPDATE): an officer could write
``agency_id`` of their own dossier to another agency, or point a component's ``dossier_id``
at another agency's dossier, and the record left their scope with their own rights.

Every model whose name starts with ``tthc.`` (so every agency-scoped model of the four addons,
and any added later) checks the same rules again on the records as written: a write whose
result the writer could not have written (nor created) is refused and rolled back with the
transaction. The check is one query per write, and none when no rule applies to the user (the
rules' domains are cached per user by ``ir.rule``); the superuser (business code running
``sudo()``) is not checked, as Odoo does not check it either."""
from odoo import SUPERUSER_ID, _, api, models
from odoo.exceptions import AccessError

SCOPED_PREFIX = 'tthc.'


class ScopeAccessError(AccessError):
    """The written records would leave the writer's record rules."""


class Base(models.AbstractModel):
    _inherit = 'base'

    @api.multi
    def write(self, vals):
        res = super(Base, self).write(vals)
        if self._uid != SUPERUSER_ID and self._name.startswith(SCOPED_PREFIX) and self \
                and not self._abstract and not self._transient:
            self._tthc_check_rules_after_write()
        return res

    def _tthc_check_rules_after_write(self):
        Rule = self.env['ir.rule']
        records = self.exists()
        try:
            records.check_access_rule('write')
            if Rule._compute_domain(self._name, 'create') != Rule._compute_domain(self._name,
                                                                                  'write'):
                records.check_access_rule('create')
        except AccessError:
            raise ScopeAccessError(_(
                "This change would move %s out of what you may change (your agencies, your "
                "team or your own records): it is refused.") % records._description)
