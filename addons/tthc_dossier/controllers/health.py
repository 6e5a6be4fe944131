# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import json
import logging

import odoo
from odoo import SUPERUSER_ID, api, fields, http
from odoo.http import request

from ..models.tthc_dossier import WORKING_STATES

_logger = logging.getLogger(__name__)
# A scheduled job whose next run is this late is not running (its interval, plus a margin for
# a busy server): the cron thread is dead, disabled (max_cron_threads = 0) or stuck.
CRON_GRACE_MINUTES = 15
WATCHED_CRONS = ['tthc_dossier.tthc_dossier_cron_followup']


class Health(http.Controller):
    """For the proxy and the monitors: 200 when the database answers and the follow-up job
    runs, 503 otherwise, with the details as JSON (no login, nothing confidential: counts and
    times only). GET /tthc/health"""

    @http.route('/tthc/health', type='http', auth='none', methods=['GET'], csrf=False,
                sitemap=False)
    def health(self, **kwargs):
        body = {'database': False, 'crons': {}, 'queues': {}}
        healthy = False
        db = request.db or odoo.tools.config['db_name']
        try:
            with odoo.registry(db).cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {})
                cr.execute('SELECT 1')
                body['database'] = True
                healthy = self._crons(env, body)
                self._queues(env, body)
        except Exception as error:  # whatever fails, the monitor gets an answer
            _logger.warning('health check failed: %s', error)
            body['error'] = str(error)[:200]
            healthy = False
        body['status'] = 'ok' if healthy else 'failing'
        return http.Response(
            json.dumps(body, sort_keys=True), status=200 if healthy else 503,
            headers=[('Content-Type', 'application/json'), ('Cache-Control', 'no-store')])

    def _crons(self, env, body):
        now = fields.Datetime.from_string(fields.Datetime.now())
        healthy = True
        for xmlid in WATCHED_CRONS:
            cron = env.ref(xmlid, raise_if_not_found=False)
            if not cron:
                continue
            nextcall = fields.Datetime.from_string(cron.nextcall)
            late = max(0, int((now - nextcall).total_seconds() // 60))
            running = bool(cron.active) and late <= CRON_GRACE_MINUTES
            body['crons'][xmlid] = {'active': bool(cron.active), 'nextcall': cron.nextcall,
                                    'late_minutes': late, 'ok': running}
            healthy = healthy and running
        return healthy

    def _queues(self, env, body):
        """What the follow-up job still has to remind (it sends a batch a run) and the e-mails
        waiting to be sent."""
        Dossier = env['tthc.dossier']
        now = fields.Datetime.now()
        soon = env['tthc.working.calendar'].add_working_days(now, 1)
        body['queues']['followup'] = (
            Dossier.search_count([('state', 'in', WORKING_STATES), ('due_at', '<', now),
                                  ('followup_level', 'in', [False, 'soon'])])
            + Dossier.search_count([('state', 'in', WORKING_STATES), ('due_at', '>=', now),
                                    ('due_at', '<=', soon), ('followup_level', '=', False)])
            + env['tthc.dossier.step'].search_count([('finished_at', '=', False),
                                                     ('due_at', '<', now),
                                                     ('reminded', '=', False)]))
        body['queues']['mail_outgoing'] = env['mail.mail'].search_count(
            [('state', '=', 'outgoing')])
