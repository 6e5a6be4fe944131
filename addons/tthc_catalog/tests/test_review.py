# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo.exceptions import UserError

from .common import TthcCase


class TestReview(TthcCase):

    def _decision(self, *changes):
        return self.env['tthc.review.decision'].create({
            'name': '99/QD-UBND', 'decision_date': '2026-03-20',
            'entry_ids': [(0, 0, {'procedure_id': procedure.id, 'change_type': change})
                          for procedure, change in changes]})

    def test_work_follows_the_change(self):
        other = self.procedure.copy({'code': '9.000010'})
        decision = self._decision((self.procedure, 'amended'), (other, 'abolished'))
        self.assertEqual(decision.entry_ids.mapped('work'), ['revise', 'retire'])
        self.assertEqual(decision.year, 2026)

    def test_progress_to_done(self):
        other = self.procedure.copy({'code': '9.000011'})
        decision = self._decision((self.procedure, 'new'), (other, 'abolished'))
        build, retire = decision.entry_ids
        self.assertEqual((decision.entry_count, decision.done_count, decision.progress),
                         (2, 0, 0.0))
        retire.action_done()
        self.assertEqual(decision.progress, 50.0)
        build.action_start()
        self.assertEqual(build.state, 'in_progress')
        with self.assertRaises(UserError):
            build.action_done()  # no approved internal procedure yet
        internal = self._internal_procedure()
        internal.action_submit()
        self._decide(internal)
        internal.action_approve()
        build.internal_procedure_id = internal
        build.action_done()
        self.assertEqual(decision.progress, 100.0)

    def test_leader_progresses_own_agency_work(self):
        other = self.procedure.copy({'code': '9.000012', 'agency_id': self.agency_b.id})
        decision = self._decision((self.procedure, 'amended'), (other, 'amended'))
        own, foreign = decision.entry_ids
        own.sudo(self.leader_a).action_start()
        self.assertEqual(own.state, 'in_progress')
        from odoo.exceptions import AccessError
        with self.assertRaises(AccessError):
            foreign.sudo(self.leader_a).action_start()
