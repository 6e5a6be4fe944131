# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Two officers on two real database connections at the same moment: the same step of the
same dossier (exactly one hands it over, the other is told and retries cleanly) and parallel
receptions (never the same code). Data is committed, then removed."""
import threading

import psycopg2
import pytest

import odoo
from odoo.exceptions import UserError
from odoo.tests.common import get_db_name


def _env(cr):
    return odoo.api.Environment(cr, odoo.SUPERUSER_ID, {'lang': 'en_US'})


@pytest.fixture
def committed_dossier():
    registry = odoo.registry(get_db_name())
    with registry.cursor() as cr:
        env = _env(cr)
        dossier = env['tthc.dossier'].create({
            'procedure_id': env.ref('tthc_catalog.proc_trade_liquor').id,
            'agency_id': env.ref('tthc_catalog.agency_congthuong').id,
            'applicant_name': 'Concurrency'})
        dossier_id, step_id = dossier.id, dossier.step_id.id
    yield registry, dossier_id, step_id
    with registry.cursor() as cr:
        _env(cr)['tthc.dossier'].search([('applicant_name', 'like', 'Concurrency')]).unlink()


def _in_parallel(count, work):
    """Run ``work(index)`` in ``count`` threads that start together; return their outcomes."""
    barrier = threading.Barrier(count)
    outcomes = [None] * count

    def run(index):
        barrier.wait()
        try:
            outcomes[index] = ('ok', work(index))
        except (UserError, psycopg2.OperationalError) as error:
            outcomes[index] = ('refused', error)
    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return outcomes


def test_same_step_finished_twice_at_once(committed_dossier):
    registry, dossier_id, step_id = committed_dossier

    def next_step(_index):
        with odoo.api.Environment.manage(), registry.cursor() as cr:
            dossier = _env(cr)['tthc.dossier'].browse(dossier_id)
            dossier.with_context(tthc_expected_step_id=step_id).action_next_step()

    outcomes = _in_parallel(2, next_step)
    assert sorted(kind for kind, _value in outcomes) == ['ok', 'refused']
    # the refused officer retries as Odoo's RPC layer would: a clear error, nothing done
    with pytest.raises(UserError, match='handed over'):
        next_step(0)
    with registry.cursor() as cr:
        dossier = _env(cr)['tthc.dossier'].browse(dossier_id)
        steps = dossier.dossier_step_ids
        assert len(steps) == 2
        assert steps[0].step_id.id == step_id and steps[0].finished_at
        assert steps[1].step_id == dossier.internal_procedure_id.step_ids[1]
        assert not steps[1].finished_at


def test_parallel_receptions_get_distinct_codes(committed_dossier):
    registry = committed_dossier[0]

    def receive(index):
        with odoo.api.Environment.manage(), registry.cursor() as cr:
            env = _env(cr)
            return env['tthc.dossier'].create({
                'procedure_id': env.ref('tthc_catalog.proc_trade_liquor').id,
                'agency_id': env.ref('tthc_catalog.agency_congthuong').id,
                'applicant_name': 'Concurrency %d' % index}).code

    outcomes = _in_parallel(8, receive)
    codes = [value for kind, value in outcomes]
    assert [kind for kind, _value in outcomes] == ['ok'] * 8
    assert len(set(codes)) == 8
