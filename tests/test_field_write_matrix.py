# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The field-write matrix (docs/field_write_matrix.csv) enforced, probed with real users of each
group: every writable-looking field of every model of the suite (stored or with an inverse,
not magic) has exactly one row, and a client's write of it (``odoo.api.call_kw``, the path of
XML-RPC, JSON-RPC and the web client) is allowed or refused exactly as the row says, on
records in the states the row names and in the others."""
import collections
import traceback

import odoo.api
from odoo.exceptions import AccessError
from odoo.tests.common import TransactionCase

from odoo.addons.tthc_catalog.models import tthc_field_rules as rules

AGENCY = 'tthc_catalog.agency_tnmt'


class Rollback(Exception):
    """Leaves a savepoint rolled back."""


class TestFieldWriteMatrix(TransactionCase):

    def setUp(self):
        super(TestFieldWriteMatrix, self).setUp()
        self.matrix = rules.load_matrix()
        self.own = self.env.ref(AGENCY)
        Users = self.env['res.users'].with_context(no_reset_password=True)
        self.users = {name: Users.create({
            'name': 'Fields %s' % name, 'login': 'fields_%s' % name,
            'email': 'fields_%s@tthc.example.com' % name,
            'groups_id': [(6, 0, [self.env.ref(xmlid).id])],
            'tthc_agency_ids': [(6, 0, self.own.ids)]}) for name, xmlid in rules.GROUPS.items()}
        campaigns = self.env['tthc.inspection.campaign'].search([])
        campaigns.write({'member_ids': [(4, self.users['inspector'].id)]})

    def test_every_writable_field_has_one_row(self):
        expected = {(model, field) for model in rules.matrix_models(self.env)
                    for field in rules.writable_fields(self.env[model])}
        missing = sorted(expected - set(self.matrix))
        self.assertFalse(missing, 'fields without a row in docs/field_write_matrix.csv: %s'
                         % missing)
        stale = sorted(set(self.matrix) - expected)
        self.assertFalse(stale, 'rows of fields that are not writable or do not exist: %s'
                         % stale)
        dossier = {field: self.matrix[('tthc.dossier', field)] for field in (
            'received_at', 'procedure_id', 'agency_id', 'active', 'followup_level', 'state')}
        for field in ('received_at', 'procedure_id', 'agency_id'):
            self.assertEqual((dossier[field]['rule'], dossier[field]['states']),
                             ('write', 'received'), field)
        self.assertEqual(dossier['active']['groups'], 'admin')
        self.assertEqual(dossier['followup_level']['rule'], 'action')

    def _samples(self, Model, row):
        """Records to try: one per state the row allows and one per state it does not (one
        record when the row names no state), preferably of the users' agency."""
        records = Model.search([], order='id desc', limit=500)
        if 'agency_id' in Model._fields:
            records = records.filtered(lambda r: r.agency_id == self.own) or records
        if not row['states'] or 'state' not in Model._fields:
            return records[:1]
        by_state = collections.OrderedDict()
        for record in records:
            by_state.setdefault(record.state, record)
        allowed = [r for state, r in by_state.items() if state in row['states'].split()]
        refused = [r for state, r in by_state.items() if state not in row['states'].split()]
        return Model.browse([r.id for r in allowed[:1] + refused[:2]])

    def _expected(self, user, record, row):
        Model = record.sudo(user)
        if not Model.check_access_rights('write', raise_exception=False):
            return False
        try:
            Model.check_access_rule('write')
        except AccessError:
            return False
        if row['rule'] != 'write':
            return False
        groups = row['groups'].split()
        if '*' not in groups and not any(user.has_group(rules.GROUPS[group])
                                         for group in groups):
            return False
        states = row['states'].split()
        return not states or 'state' not in record._fields or record.state in states

    @staticmethod
    def _value(record, name):
        """The field's current value, as a client would write it (x2many: no command)."""
        field = record._fields[name]
        if field.type in ('one2many', 'many2many'):
            return []
        return field.convert_to_write(record[name], record)

    def test_every_field_as_every_group(self):
        probes = collections.Counter()
        mismatches = []
        for (model, name), row in sorted(self.matrix.items()):
            Model = self.env[model]
            for record in self._samples(Model, row):
                value = self._value(record, name)
                for group, user in self.users.items():
                    expected = self._expected(user, record, row)
                    allowed, error = True, None
                    try:
                        with self.env.cr.savepoint():
                            odoo.api.call_kw(Model.sudo(user), 'write',
                                             [record.ids, {name: value}], {})
                            raise Rollback()
                    except Rollback:
                        pass
                    except AccessError as refusal:
                        allowed, error = False, refusal
                        if expected and not mismatches:
                            error = traceback.format_exc()
                    except Exception:  # refused by the model for a reason of its own
                        allowed = None
                    self.env.clear()  # the rolled-back write leaves fields to recompute
                    if allowed is None:
                        probes['refused by the model'] += 1
                        continue
                    if allowed != expected:
                        mismatches.append('%s.%s (%s, state %s) by %s: %s, expected %s (%s)' % (
                            model, name, row['rule'], record['state'] if 'state' in record
                            else '-', group, allowed, expected, error))
                    probes['allowed' if allowed else 'refused'] += 1
        print('field-write matrix: %d rows, probes %s' % (len(self.matrix), dict(probes)))
        self.assertFalse(mismatches, '\n'.join(mismatches))
        self.assertGreater(probes['allowed'], 100)
        self.assertGreater(probes['refused'], 1000)

    def test_the_reviews_cases(self):
        """received_at, procedure_id, active, followup_level of a dossier handed over, by its
        own officer: refused over RPC; the desk's reception state still allows the first."""
        officer = self.users['officer']
        Dossier = self.env['tthc.dossier']
        handed = Dossier.search([('agency_id', '=', self.own.id),
                                 ('state', '=', 'processing')], limit=1)
        received = Dossier.search([('agency_id', '=', self.own.id),
                                   ('state', '=', 'received')], limit=1)
        self.assertTrue(handed and received)
        for vals in ({'received_at': '2020-01-01 00:00:00'},
                     {'procedure_id': handed.procedure_id.id}, {'active': False},
                     {'followup_level': False}, {'state': 'done'}):
            with self.assertRaises(AccessError, msg=str(vals)):
                odoo.api.call_kw(Dossier.sudo(officer), 'write', [handed.ids, vals], {})
        with self.assertRaises(AccessError):
            odoo.api.call_kw(Dossier.sudo(officer), 'toggle_active', [handed.ids], {})
        self.assertTrue(handed.active)
        odoo.api.call_kw(Dossier.sudo(officer), 'write', [
            received.ids, {'received_at': received.received_at}], {})
