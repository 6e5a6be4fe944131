# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The province generator at a small scale and a quick pass of every benchmark function, in
the test's transaction (rolled back: the shared test database keeps nothing). The generated
dossiers must be those the ORM would have produced: same return dates, timings, open steps,
codes continued by the ORM afterwards; the source article's figures come out of the
statistics."""
import importlib.util
import os

from odoo.tests.common import TransactionCase

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _load(path, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(ROOT, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generator = _load('scripts/generate_province.py', 'generate_province')
bench = _load('benchmarks/bench_province.py', 'bench_province')


class TestProvinceScale(TransactionCase):

    def setUp(self):
        super(TestProvinceScale, self).setUp()
        # the deadline engine is cached per registry: forget the calendar years of this test
        self.addCleanup(self.env['tthc.working.calendar'].clear_caches)

    def test_generate_then_measure(self):
        from odoo.addons.tthc_dossier.tests.scenario import ARTICLE_FIGURES
        env, cr = self.env, self.env.cr
        states = generator.generate(env, 2000, years=2, agencies=24, procedures=60, seed=7,
                                    scenario=True, log=lambda *args: None)
        self.assertEqual(sum(states.values()), 2000)
        self.assertTrue({'returned', 'processing', 'refused'} <= set(states))
        Dossier = env['tthc.dossier']
        generated = Dossier.search([('code', '=like', '%.H99-%')])
        self.assertEqual(len(generated), 2000)
        cr.execute("SELECT count(DISTINCT agency_id), count(DISTINCT procedure_id), "
                   "count(DISTINCT channel) FROM tthc_dossier WHERE id IN %s",
                   [tuple(generated.ids)])
        agencies, procedures, channels = cr.fetchone()
        self.assertTrue(agencies > 10 and procedures > 20 and channels == 3)

        # what the ORM computes from the same rows
        calendar = env['tthc.working.calendar']
        sample = generated[:300]
        before = {dossier.id: dossier.due_at for dossier in sample}
        sample._recompute_due()
        self.assertEqual({dossier.id: dossier.due_at for dossier in sample}, before)
        for dossier in sample.filtered(lambda d: d.state in ('done', 'returned')):
            self.assertEqual(dossier.timing, calendar.classify(dossier.finished_at,
                                                               dossier.due_at))
        for dossier in generated.filtered(lambda d: d.state in ('received', 'processing')):
            self.assertEqual(dossier._current_dossier_step().step_id, dossier.step_id)
        # the agency's own sequence goes on after the generated codes
        last = generated.sorted('id')[-1]
        officer = env['res.users'].search([('login', '=like', 'bench.%.officer%'),
                                           ('tthc_agency_ids', 'in', last.agency_id.ids)],
                                          limit=1)
        new = Dossier.sudo(officer).create({
            'procedure_id': last.procedure_id.id, 'agency_id': last.agency_id.id,
            'applicant_name': 'After the generator'})
        cr.execute("SELECT max(split_part(code, '-', 3)::int) FROM tthc_dossier "
                   "WHERE agency_id = %s AND id != %s", [last.agency_id.id, new.id])
        self.assertEqual(int(new.code.split('-')[2]), cr.fetchone()[0] + 1)

        # the source article's half year, at its own agency
        agency = env['tthc.agency'].search([('code', '=', '000.00.99.H99')])
        total = env['tthc.dossier.statistics'].compute('2022-01-01', '2022-06-30',
                                                       agency_ids=agency.ids)['total']
        self.assertEqual({key: total[key] for key in ARTICLE_FIGURES}, ARTICLE_FIGURES)

        # a quick pass of the benchmark functions, as the generated province's own users
        cast = bench.actors(env)
        received, stepped = bench.receive_and_finish(env, cast, 3)
        self.assertEqual((len(received), len(stepped)), (3, 3))
        officer_env = bench.user_env(env, cast['officer'][0])
        self.assertTrue(bench.kanban_calls(bench.in_process_caller(officer_env),
                                           cast['procedure_id'], open_only=False) > 0)
        year = int(Dossier._now()[:4]) - 1
        (_duration, agency_year), (_duration, province_year) = bench.statistics_year(
            env, cast, year)
        self.assertTrue(0 < agency_year['total']['received'] <=
                        province_year['total']['received'])
        _duration, (content, kind) = bench.xlsx_year(env, cast, year)
        self.assertEqual(kind, 'xlsx')
        self.assertTrue(content.startswith(b'PK'))
        _duration, reminders = bench.cron_run(env)
        self.assertTrue(0 <= reminders <= 40)  # one run sends at most its batch
        rates = bench.deadline_rates(env, count=2000, compared=10)
        self.assertTrue(rates['engine'] > rates['plan_days'] > 0)
