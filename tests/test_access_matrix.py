# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The access matrix of docs/access_matrix.csv, probed with real users of each group: every
right of every model (allowed and forbidden), and every scope of the table on records of two
agencies (Sở TN&MT, where the users belong, and Sở Công Thương): `own agencies and below`
(theirs refused), `all` (theirs allowed), `own record` (the user's own record in the other
agency allowed, a colleague's refused) and `campaigns of their team` (a campaign the user
belongs to against one they do not)."""
import collections
import csv
import os

from odoo.exceptions import AccessError
from odoo.tests.common import TransactionCase

MATRIX = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'docs',
                      'access_matrix.csv')
GROUPS = {
    'staff': 'tthc_catalog.group_tthc_user',
    'officer': 'tthc_catalog.group_tthc_officer', 'leader': 'tthc_catalog.group_tthc_leader',
    'controller': 'tthc_catalog.group_tthc_controller', 'admin': 'tthc_catalog.group_tthc_admin',
    'inspector': 'tthc_inspection.group_tthc_inspector',
    'training_manager': 'tthc_training.group_tthc_training_manager',
    'portal': 'base.group_portal', 'public': 'base.group_public',
}
OPERATIONS = (('read', 'read'), ('create', 'create'), ('write', 'write'), ('delete', 'unlink'))
OWN_AGENCIES = 'own agencies and below'
OWN_RECORD = 'own record'
TEAM = 'campaigns of their team'
# the path from each inspection model to its campaign
CAMPAIGN_PATH = {
    'tthc.inspection.campaign': 'id', 'tthc.inspection.visit': 'campaign_id',
    'tthc.inspection.checklist.line': 'visit_id.campaign_id',
    'tthc.inspection.finding': 'visit_id.campaign_id',
    'tthc.inspection.action': 'finding_id.visit_id.campaign_id',
    'tthc.inspection.agency.report': 'campaign_id',
}


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
        # stored models and reports (SQL views); not wizards nor abstract models
        models = {model for model in self.env.registry if model.startswith('tthc.')
                  and not self.env[model]._abstract and not self.env[model]._transient}
        self.assertEqual({row['model'] for row in self.rows}, models)
        for model in models:
            self.assertEqual({row['group'] for row in self.rows if row['model'] == model},
                             set(GROUPS), model)

    def _own_records(self, user, Model):
        """A record of ``Model`` belonging to ``user`` in the other agency (so that only the
        `own record` part of a scope reaches it) and a colleague's record there."""
        employee = self.env['hr.employee'].create({'name': user.name, 'user_id': user.id})
        if Model._name == 'tthc.focal.assignment':
            mine = Model.sudo().create({'agency_id': self.other.id, 'employee_id': employee.id,
                                        'role': 'deputy', 'date_from': '2024-01-01'})
        else:
            training = self.env['tthc.training.class'].search([], limit=1)
            mine = Model.sudo().create({'class_id': training.id, 'employee_id': employee.id,
                                        'agency_id': self.other.id})
        colleague = self.env['hr.employee'].create({'name': 'Colleague', 'user_id': self.env.ref(
            'tthc_catalog.user_officer_congthuong').id})
        theirs = mine.copy({'employee_id': colleague.id})
        return mine, theirs

    def _team_records(self, user, Model):
        """A record of a campaign ``user`` belongs to, and one of another campaign."""
        path = CAMPAIGN_PATH[Model._name]
        campaigns = self.env['tthc.inspection.campaign'].search([], order='id')
        campaigns[0].write({'member_ids': [(4, user.id)]})
        mine = Model.sudo().search([(path, '=', campaigns[0].id)], limit=1)
        theirs = Model.sudo().search([(path, 'in', campaigns[1:].ids)], limit=1)
        return mine, theirs

    def _probe_scope(self, row, user, Model, column, method, scope):
        """Probes of one scope: the number run (0 when the model has no such records)."""
        if scope in (OWN_AGENCIES, 'all') and 'agency_id' in Model._fields:
            mine = Model.sudo().search([('agency_id', 'child_of', self.own.id)], limit=1)
            theirs = Model.sudo().search([('agency_id', 'child_of', self.other.id)], limit=1)
            refused = scope == OWN_AGENCIES
        elif OWN_RECORD in scope and 'user_id' in Model._fields:
            mine, theirs = self._own_records(user, Model)
            refused = True
        elif scope == TEAM and Model._name in CAMPAIGN_PATH:
            mine, theirs = self._team_records(user, Model)
            refused = True
        else:
            return 0
        if not (mine and theirs):
            return 0
        label = '%s %s %s' % (row['group'], column, row['model'])
        mine.sudo(user).check_access_rule(method)
        if refused:
            with self.assertRaises(AccessError, msg=label + ' of another agency/user/team'):
                theirs.sudo(user).check_access_rule(method)
        else:
            theirs.sudo(user).check_access_rule(method)
        return 2

    def test_rights_and_scopes(self):
        probes = 0
        scoped = collections.Counter()
        for row in self.rows:
            user = self.users[row['group']]
            Model = self.env[row['model']].sudo(user)
            for column, method in OPERATIONS:
                allowed = row[column] == 'yes'
                self.assertEqual(Model.check_access_rights(method, raise_exception=False),
                                 allowed, '%s %s %s' % (row['group'], column, row['model']))
                probes += 1
                if allowed:
                    with self.env.cr.savepoint():
                        count = self._probe_scope(row, user, Model, column, method,
                                                  self._scopes(row['scope']).get(column, ''))
                    probes += count
                    scoped[row['scope'] if ': ' not in row['scope'] else 'per operation'] += count
        print('access matrix: %d probes on %d rows, of which scope probes: %s' % (
            probes, len(self.rows), dict(scoped)))
        self.assertGreater(probes, 4 * len(self.rows))
        self.assertTrue(all(scoped[scope] for scope in (
            OWN_AGENCIES, 'all', OWN_RECORD, TEAM, 'per operation')), scoped)
