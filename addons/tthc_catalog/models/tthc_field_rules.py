# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The field-write matrix (``data/field_write_matrix.csv``, also ``docs/field_write_matrix.csv``):
who may write each field of each model of the suite, in which states, or only through the
suite's actions, or never once the record exists.

Odoo 11 marks fields ``readonly`` (and ``states={'received': [('readonly', False)]}``) for the
web client only: the ORM writes them for anyone with the write right, so a dossier's
``received_at``, ``procedure_id``, ``active`` or ``followup_level`` could be written by RPC in
any state (moving ``received_at`` moved the return date by weeks).

Enforced here, in one place: every way a *client* writes fields of an existing record goes
through :func:`check_client_write` before the write runs:

- ``write`` and ``toggle_active`` called over RPC (``odoo.api.call_kw``: XML-RPC, JSON-RPC,
  the web client's ``call_kw`` and ``call_button``), including the values of one2many
  commands ``(1, id, values)`` on the suite's models;
- the web client's ``/web/dataset/resequence`` (writes any field it is given);
- ``load`` (Odoo's import) that updates existing records.

The suite's own actions (``action_next_step`` …) write the fields they own inside the server,
after their own checks; those writes are not client writes. Creating a record is not
checked here (its access rights and record rules are). The superuser is not checked.

A matrix row: ``model,field,groups,states,rule,note``

- ``rule``: ``write`` (written by ``groups`` in ``states``), ``action`` (only the suite's
  actions write it), ``never`` (fixed once the record exists);
- ``groups``: space-separated keys of :data:`GROUPS` (a user in a group implying one of them
  counts), or ``*``: whoever has the write right on the model;
- ``states``: space-separated values of the model's ``state`` field, empty for any.

A field without a row is left to the access rights; ``tests/test_field_write_matrix.py`` fails
for every writable field of the suite without a row."""
import csv
import os

from odoo import SUPERUSER_ID, _
from odoo.exceptions import AccessError

MATRIX = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'data',
                      'field_write_matrix.csv')
GROUPS = {
    'staff': 'tthc_catalog.group_tthc_user',
    'officer': 'tthc_catalog.group_tthc_officer', 'leader': 'tthc_catalog.group_tthc_leader',
    'controller': 'tthc_catalog.group_tthc_controller', 'admin': 'tthc_catalog.group_tthc_admin',
    'inspector': 'tthc_inspection.group_tthc_inspector',
    'training_manager': 'tthc_training.group_tthc_training_manager',
    'portal': 'base.group_portal', 'public': 'base.group_public',
}
RULES = ('write', 'action', 'never')
PREFIX = 'tthc.'


def load_matrix(path=MATRIX):
    """{(model, field): row}"""
    with open(path, encoding='utf-8') as handle:
        rows = list(csv.DictReader(handle))
    matrix = {}
    for row in rows:
        assert row['rule'] in RULES, row
        assert all(group in GROUPS for group in row['groups'].split() if group != '*'), row
        matrix[(row['model'], row['field'])] = row
    return matrix


_MATRIX = load_matrix()


NOT_FIELDS = frozenset(['id', 'display_name', '__last_update', 'create_uid', 'create_date',
                        'write_uid', 'write_date'])


def matrix_models(env):
    """The suite's models that hold records (no wizard, no SQL view, no abstract model)."""
    return sorted(name for name in env.registry if name.startswith(PREFIX)
                  and not env[name]._abstract and not env[name]._transient
                  and env[name]._auto)


def writable_fields(Model):
    """The fields a client could try to write: stored or with an inverse, not magic."""
    return sorted(name for name, field in Model._fields.items()
                  if name not in NOT_FIELDS and not field.automatic
                  and (field.inverse or (field.store and not field.compute)))


def derived_row(Model, name):
    """The rule the model's own declarations imply (the matrix's starting point): a
    ``readonly`` field with ``states`` is written in those states; a ``readonly`` field
    without them only by the actions; the others by whoever has the write right."""
    field = Model._fields[name]
    row = {'model': Model._name, 'field': name, 'groups': '*', 'states': '', 'rule': 'write',
           'note': ''}
    if name in ('parent_left', 'parent_right'):
        row.update(rule='never', groups='', note='the tree, kept by the ORM')
    elif field.readonly and field.states:
        row['states'] = ' '.join(sorted(state for state, modifiers in field.states.items()
                                        if ('readonly', False) in modifiers))
    elif field.readonly:
        row.update(rule='action', groups='')
    return row


def _refuse(Model, field, reason):
    description = Model._fields[field].string if field in Model._fields else field
    raise AccessError(_("You may not change the field \"%s\" of %s %s.") % (
        description, Model._description, reason))


def check_client_write(records, vals):
    """Refuse ``vals`` on ``records`` unless the matrix allows each field to the user in the
    records' states."""
    env = records.env
    if env.uid == SUPERUSER_ID or not records._name.startswith(PREFIX):
        return
    for field, value in vals.items():
        row = _MATRIX.get((records._name, field))
        if row is None:
            continue
        if row['rule'] == 'never':
            _refuse(records, field, _("once it exists"))
        if row['rule'] == 'action':
            _refuse(records, field, _("directly: only its actions change it"))
        groups = row['groups'].split()
        if '*' not in groups and not any(env.user.has_group(GROUPS[group])
                                         for group in groups):
            _refuse(records, field, _("with your role"))
        states = row['states'].split()
        if states and 'state' in records._fields and records:
            other = [state for state in records.sudo().mapped('state') if state not in states]
            if other:
                _refuse(records, field, _("in this state"))
        # the values of records changed through a one2many of the suite
        definition = records._fields.get(field)
        if definition is not None and definition.type == 'one2many' \
                and isinstance(value, (list, tuple)):
            Comodel = env[definition.comodel_name]
            for command in value:
                if isinstance(command, (list, tuple)) and len(command) == 3 \
                        and command[0] == 1 and isinstance(command[2], dict):
                    check_client_write(Comodel.browse(command[1]), command[2])


def client_call(model, name, args, kwargs):
    """The checks of the client's ways of writing, before the call runs."""
    if model.env.uid == SUPERUSER_ID or not model._name.startswith(PREFIX):
        return
    if name == 'write' and args:
        ids = args[0]
        vals = args[1] if len(args) > 1 else kwargs.get('vals')
        if isinstance(vals, dict):
            check_client_write(model.browse(ids), vals)
    elif name == 'toggle_active' and args:
        check_client_write(model.browse(args[0]), {'active': None})
    elif name == 'load' and args:
        fields = args[0] if args else kwargs.get('fields') or []
        if 'id' in fields or '.id' in fields:
            columns = {column.split('/')[0].split(':')[0] for column in fields} - {'id', '.id'}
            check_client_write(model.browse(), dict.fromkeys(columns))


def _install():
    """XML-RPC and JSON-RPC (``odoo.service.model``) call ``odoo.api.call_kw``; the web
    client's routes are checked by the controllers (tthc_catalog/controllers)."""
    import odoo.api

    original = odoo.api.call_kw
    if getattr(original, 'tthc_field_rules', False):
        return

    def call_kw(model, name, args, kwargs):
        client_call(model, name, args, kwargs)
        return original(model, name, args, kwargs)

    call_kw.tthc_field_rules = True
    odoo.api.call_kw = call_kw


_install()
