# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""GET /tthc/health, for the proxy and the monitors: 200 with the database reachable and the
follow-up job running, 503 when the job is late (its cron thread dead or stuck), and the depth
of the follow-up's queue and of the outgoing e-mails."""
import psycopg2
import requests


def set_nextcall(db, expression):
    conn = psycopg2.connect(dbname=db)
    cr = conn.cursor()
    cr.execute("""UPDATE ir_cron SET nextcall = %s WHERE id = (
                    SELECT res_id FROM ir_model_data WHERE module = 'tthc_dossier'
                       AND name = 'tthc_dossier_cron_followup')""" % expression)
    conn.commit()
    conn.close()


def test_health_reports_database_cron_and_queues(server, request):
    db = request.config.getoption('--odoo-database')
    set_nextcall(db, "(now() at time zone 'UTC') + interval '5 minutes'")
    reply = requests.get(server + '/tthc/health', timeout=60)
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body['status'] == 'ok' and body['database'] is True
    cron = body['crons']['tthc_dossier.tthc_dossier_cron_followup']
    assert cron['ok'] and cron['late_minutes'] == 0
    assert isinstance(body['queues']['followup'], int) and body['queues']['followup'] >= 0
    assert isinstance(body['queues']['mail_outgoing'], int)
    assert reply.headers['Cache-Control'] == 'no-store'

    # a job an hour late: its cron thread is not running
    set_nextcall(db, "(now() at time zone 'UTC') - interval '1 hour'")
    try:
        reply = requests.get(server + '/tthc/health', timeout=60)
        assert reply.status_code == 503
        cron = reply.json()['crons']['tthc_dossier.tthc_dossier_cron_followup']
        assert not cron['ok'] and cron['late_minutes'] >= 59
    finally:
        set_nextcall(db, "(now() at time zone 'UTC') + interval '5 minutes'")
