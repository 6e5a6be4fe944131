# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""A write cannot move a record out of its writer's scope (SECURITY.md, "a write moves a record
into another agency"), for every model of the suite that has record rules and every many2one
that carries a rule's scope, generated from the rules themselves (a new model or rule is
covered without touching this test). Real users of each group the rule applies to.

For each rule that limits writing (``agency_id in user.tthc_agency_scope_ids``, the campaign
team's ``lead_id``/``member_ids``, the owner's ``user_id`` …), each many2one ``F`` that starts a
path of its domain (``dossier_id`` of ``dossier_id.agency_id``), and each group of the rule:
a record the user may write, and a value of ``F`` that puts it outside the user's rules
(checked by Odoo's own rule engine on the written record). The user's write must be refused
and leave the record as it was; a value inside the scope must still be accepted."""
import collections

from odoo.exceptions import AccessError, ValidationError
from odoo.osv import expression
from odoo.tests.common import TransactionCase
from odoo.tools.safe_eval import safe_eval

from odoo.addons.tthc_catalog.models.tthc_scope import ScopeAccessError

IN_SCOPE = 'tthc_catalog.agency_tnmt'
OUT_OF_SCOPE = 'tthc_catalog.agency_congthuong'


def domain_paths(domain):
    """The field paths of a domain's leaves."""
    return [leaf[0] for leaf in domain if isinstance(leaf, (list, tuple)) and len(leaf) == 3
            and isinstance(leaf[0], str)]


class Rollback(Exception):
    """Leaves a savepoint rolled back."""


class TestScopeWrites(TransactionCase):

    def setUp(self):
        super(TestScopeWrites, self).setUp()
        self.own = self.env.ref(IN_SCOPE)
        self.other = self.env.ref(OUT_OF_SCOPE)
        self.users = {}
        # a draft internal procedure of the users' agency (the approved ones are frozen)
        procedure = self.env['tthc.procedure'].search([('agency_id', '=', self.own.id)],
                                                      limit=1)
        self.env['tthc.internal.procedure'].create({
            'procedure_id': procedure.id, 'agency_id': self.own.id,
            'step_ids': [(0, 0, {'sequence': 1, 'name': 'Step', 'responsible': 'Unit',
                                 'duration_days': 1})]})

    def _user(self, group):
        if group not in self.users:
            user = self.env['res.users'].with_context(no_reset_password=True).create({
                'name': 'Scope %s' % group.name, 'login': 'scope_%d' % group.id,
                'email': 'scope_%d@tthc.example.com' % group.id,
                'groups_id': [(6, 0, group.ids)], 'tthc_agency_ids': [(6, 0, self.own.ids)]})
            # a member of one campaign team (with a visit of their agency), not of the others
            campaign = self.env['tthc.inspection.campaign'].search(
                [('visit_ids.agency_id', '=', self.own.id)], limit=1)
            campaign.write({'member_ids': [(4, user.id)]})
            self.users[group] = user
        return self.users[group]

    def _cases(self):
        """(rule, group, model, many2one) for every write-limiting rule of the suite."""
        rules = self.env['ir.rule'].search([('model_id.model', '=like', 'tthc.%'),
                                            ('perm_write', '=', True)])
        context = {'user': self.env.user, 'time': __import__('time')}
        for rule in rules:
            Model = self.env[rule.model_id.model]
            if Model._transient or not Model._auto:
                continue
            domain = safe_eval(rule.domain_force or '[]', context)
            for path in sorted(set(domain_paths(domain))):
                name = path.split('.')[0]
                field = Model._fields.get(name)
                if path.startswith('id') or field is None or field.type != 'many2one':
                    continue
                for group in rule.groups:
                    yield rule, group, Model, name

    def _out_of_scope(self, user, record, name):
        """A value of ``name`` that puts ``record`` outside ``user``'s write rules, and one
        that keeps it inside (or None), as Odoo's rule engine sees the written record."""
        Comodel = self.env[record._fields[name].comodel_name]
        candidates = Comodel.search([('id', '!=', record[name].id)], order='id desc', limit=40)
        outside = inside = None
        for candidate in candidates:
            try:
                with self.env.cr.savepoint():
                    record.write({name: candidate.id})  # as the superuser
                    if self._writable(user, record):
                        inside = inside or candidate
                    else:
                        outside = outside or candidate
                    raise Rollback()
            except Rollback:
                pass
            except Exception:  # a constraint refuses this value: try another one
                pass
            self.env.clear()
            if outside and inside:
                break
        return outside, inside

    def test_no_write_leaves_the_writers_scope(self):
        probed = collections.Counter()
        unprobed = []
        seen = set()
        for rule, group, Model, name in self._cases():
            if (Model._name, group, name) in seen:
                continue
            seen.add((Model._name, group, name))
            user = self._user(group)
            if not Model.sudo(user).check_access_rights('write', raise_exception=False):
                continue
            # a record the user may write, and a value that moves it out of their rules
            records = Model.search([], order='id desc', limit=300)
            writable = [r for r in records if self._writable(user, r)][:8]
            outside = inside = None
            for record in writable:
                outside, inside = self._out_of_scope(user, record, name)
                if outside:
                    break
            if outside is None and inside is not None:
                continue  # another leaf of the rule keeps it in scope whatever this value
            if outside is None:
                unprobed.append((Model._name, group.full_name, name, len(writable)))
                continue
            label = '%s.%s by %s' % (Model._name, name, group.full_name)
            before = record[name]
            # refused: by the scope check, or before it by the model reading the record out of
            # the user's rules (a constraint raises ValidationError then)
            with self.assertRaises((AccessError, ValidationError), msg=label), \
                    self.env.cr.savepoint():
                record.sudo(user).write({name: outside.id})
            self.env.clear()
            self.assertEqual(record[name], before, label)
            if inside:
                try:
                    with self.env.cr.savepoint():
                        record.sudo(user).write({name: inside.id})
                        raise Rollback()
                except ScopeAccessError as error:
                    self.fail('%s refused inside the scope: %s' % (label, error))
                except Exception:  # rolled back (or a business constraint, not the scope)
                    pass
                self.env.clear()
            probed[Model._name] += 1
        # every case the rules make is probed (a group that may write, a many2one of a rule)
        self.assertFalse(unprobed, 'cases without a record and a value out of scope: %s'
                         % unprobed)
        print('writes out of scope refused: %s' % dict(probed))
        for model in ('tthc.dossier', 'tthc.dossier.component', 'tthc.internal.procedure',
                      'tthc.internal.procedure.step', 'tthc.review.entry',
                      'tthc.inspection.visit', 'tthc.inspection.finding',
                      'tthc.inspection.checklist.line', 'tthc.inspection.action'):
            self.assertTrue(probed[model], '%s was not probed: %s' % (model, dict(probed)))

    def _writable(self, user, record):
        try:
            record.sudo(user).check_access_rule('write')
            return True
        except AccessError:
            return False

    def test_officer_cannot_move_a_dossier_or_a_component(self):
        """The two cases of the review, named."""
        officer = self._user(self.env.ref('tthc_catalog.group_tthc_officer'))
        Dossier = self.env['tthc.dossier']
        mine = Dossier.search([('agency_id', '=', self.own.id)], limit=1)
        theirs = Dossier.search([('agency_id', '=', self.other.id)], limit=1)
        self.assertTrue(mine and theirs)
        with self.assertRaises(AccessError), self.env.cr.savepoint():
            mine.sudo(officer).write({'agency_id': self.other.id})
        component = mine.component_ids[:1] or self.env['tthc.dossier.component'].create(
            {'dossier_id': mine.id, 'name': 'Form'})
        with self.assertRaises(AccessError), self.env.cr.savepoint():
            component.sudo(officer).write({'dossier_id': theirs.id})
        mine.invalidate_cache()
        self.assertEqual(mine.agency_id, self.own)
        self.assertEqual(component.dossier_id, mine)
        domain = expression.normalize_domain([('agency_id', '=', self.own.id)])
        self.assertTrue(Dossier.sudo(officer).search(domain + [('id', '=', mine.id)]))
