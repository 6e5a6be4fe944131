"""The access matrix of docs/access_matrix.csv, probed with real users of each group: every
right of every model (allowed and forbidden), and the agency scope with demo records of two
agencies (Sở TN&MT, where the users belong, and Sở Công Thương)."""
import csv
import os

from odoo.exceptions import AccessError
from odoo.tests.common import TransactionCase

MATRIX = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'docs',
                      'access_matrix.csv')
GROUPS = {
    'officer': 'tthc_catalog.group_tthc_officer', 'leader': 'tthc_catalog.group_tthc_leader',
    'controller': 'tthc_catalog.group_tthc_controller', 'admin': 'tthc_catalog.group_tthc_admin',
    'inspector': 'tthc_inspection.group_tthc_inspector',
    'training_manager': 'tthc_training.group_tthc_training_manager',
    'portal': 'base.group_portal', 'public': 'base.group_public',
}
OPERATIONS = (('read', 'read'), ('create', 'create'), ('write', 'write'), ('delete', 'unlink'))
OWN_AGENCIES = 'own agencies and below'


class TestAccessMatrix(TransactionCase):

    def setUp(self):
        super(TestAccessMatrix, self).setUp()
        with open(MATRIX, encoding='utf-8') as handle:
            self.rows = list(csv.DictReader(handle))
        self.own = self.env.ref('tthc_catalog.agency_tnmt')
        self.other = self.env.ref('tthc_catalog.agency_congthuong')
        Users = self.env['res.users'].with_context(no_reset_password=True)
        self.users = {name: Users.create({
            'name': 'Matrix %s' % name, 'login': 'matrix_%s' % name,
            'email': 'matrix_%s@tthc.example.com' % name,
            'groups_id': [(6, 0, [self.env.ref(xmlid).id])],
            'tthc_agency_ids': [(6, 0, self.own.ids)]}) for name, xmlid in GROUPS.items()}

    def _scopes(self, scope):
        """{operation: scope} from the table's scope column."""
        if ': ' not in scope:
            return {op: scope for op, _method in OPERATIONS}
        return dict(part.split(': ', 1) for part in scope.split('; '))

    def test_the_table_covers_every_model_and_group(self):
        models = {model for model in self.env.registry if model.startswith('tthc.')
                  and not self.env[model]._abstract and self.env[model]._auto
                  and not self.env[model]._transient}
        self.assertEqual({row['model'] for row in self.rows}, models)
        for model in models:
            self.assertEqual({row['group'] for row in self.rows if row['model'] == model},
                             set(GROUPS), model)

    def test_rights_and_scopes(self):
        probes = 0
        for row in self.rows:
            user = self.users[row['group']]
            Model = self.env[row['model']].sudo(user)
            for column, method in OPERATIONS:
                allowed = row[column] == 'yes'
                self.assertEqual(Model.check_access_rights(method, raise_exception=False),
                                 allowed, '%s %s %s' % (row['group'], column, row['model']))
                probes += 1
                if not allowed or self._scopes(row['scope']).get(column) != OWN_AGENCIES:
                    continue
                field = 'agency_id' if 'agency_id' in Model._fields else None
                if not field:
                    continue
                mine = Model.sudo().search([(field, 'child_of', self.own.id)], limit=1)
                theirs = Model.sudo().search([(field, 'child_of', self.other.id)], limit=1)
                if not (mine and theirs):
                    continue
                mine.sudo(user).check_access_rule(method)
                with self.assertRaises(AccessError, msg='%s %s %s of another agency' % (
                        row['group'], column, row['model'])):
                    theirs.sudo(user).check_access_rule(method)
                probes += 2
        print('access matrix: %d probes on %d rows' % (probes, len(self.rows)))
        self.assertGreater(probes, 4 * len(self.rows))
