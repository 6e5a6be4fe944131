# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models
from odoo.exceptions import UserError

from ..tools import selection_label


class TthcStateMixin(models.AbstractModel):
    """The life of a legal record (an internal procedure, a dossier): its state, and the
    fields its actions keep, change through those actions only.

    - ``write()`` asks ``_check_write(vals)`` first: a model refuses there what only its
      actions may write;
    - an action checks the state with ``_check_state(allowed, action)`` and writes with
      ``_transition(vals)`` or ``_set_state(state, **values)``, past ``_check_write``
      (private methods: not callable through RPC);
    - ``_state_label()`` is the state as the user reads it.

    List it first in ``_inherit`` (before ``mail.thread``) so that a transition is tracked."""
    _name = 'tthc.state.mixin'
    _description = 'State transitions of a legal record'

    @api.multi
    def write(self, vals):
        self._check_write(vals)
        return super(TthcStateMixin, self).write(vals)

    def _check_write(self, vals):
        """Raise a UserError when ``write()`` may not write ``vals``; nothing by default."""

    def _transition(self, vals):
        # past _check_write(); private, so not callable through RPC
        # pylint: disable-next=super-method-mismatch
        return super(TthcStateMixin, self).write(vals)

    def _set_state(self, state, **values):
        values['state'] = state
        return self._transition(values)

    def _state_label(self):
        return selection_label(self, 'state')

    def _check_state(self, allowed, action):
        """Refuse ``action`` (translated) on any record whose state is not in ``allowed``."""
        for record in self:
            if record.state not in allowed:
                raise UserError(record._state_refusal(action))

    def _state_refusal(self, action):
        """The message refusing ``action`` on this record in its state."""
        raise NotImplementedError
