# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""11.0.1.1.0: a procedure has several levels, many agencies, times per channel and structured
fees. The former single level, agency, processing days and fee text become those records; the
former columns stay (computed from the new records from now on).

Agencies get a chatter, where every change of their membership (users, parent) is logged from
now on: the starting point of that log, each agency's users and parent at the upgrade, is noted
once. (The mail templates' access rights and the group *Agency membership* are data, loaded by
the update.)"""
import logging

from odoo import SUPERUSER_ID, api
from odoo.addons.tthc_catalog.engine.catalog_text import parse_fee_text

_logger = logging.getLogger(__name__)


def migrate(cr, version):
    if not version:
        return
    cr.execute("""
        INSERT INTO tthc_procedure_level_rel (procedure_id, level_id)
        SELECT p.id, l.id FROM tthc_procedure p JOIN tthc_level l ON l.code = p.level
         WHERE NOT EXISTS (SELECT 1 FROM tthc_procedure_level_rel r WHERE r.procedure_id = p.id)
    """)
    levels = cr.rowcount
    cr.execute("""
        INSERT INTO tthc_procedure_agency_rel (procedure_id, agency_id)
        SELECT p.id, p.agency_id FROM tthc_procedure p
         WHERE p.agency_id IS NOT NULL AND NOT EXISTS (
               SELECT 1 FROM tthc_procedure_agency_rel r WHERE r.procedure_id = p.id)
    """)
    agencies = cr.rowcount
    cr.execute("""
        INSERT INTO tthc_procedure_time (procedure_id, channel, stage, amount, unit,
                                         effective_amount, effective_unit, is_to_set,
                                         provincial_unit, create_uid, write_uid, create_date,
                                         write_date)
        SELECT p.id, 'direct', 1, coalesce(p.processing_days, 0), 'working_day',
               coalesce(p.processing_days, 0), 'working_day', false, 'working_day', 1, 1,
               now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
          FROM tthc_procedure p
         WHERE NOT EXISTS (SELECT 1 FROM tthc_procedure_time t WHERE t.procedure_id = p.id)
    """)
    times = cr.rowcount
    cr.execute("""
        SELECT p.id, p.fees FROM tthc_procedure p
         WHERE coalesce(p.fees, '') != ''
           AND NOT EXISTS (SELECT 1 FROM tthc_procedure_fee f WHERE f.procedure_id = p.id)
    """)
    fees = 0
    for procedure_id, text in cr.fetchall():
        for sequence, fee in enumerate(parse_fee_text(text), start=1):
            cr.execute("""
                INSERT INTO tthc_procedure_fee (procedure_id, sequence, kind, amount, description,
                                                create_uid, write_uid, create_date, write_date)
                VALUES (%s, %s, %s, %s, %s, 1, 1, now() AT TIME ZONE 'UTC',
                        now() AT TIME ZONE 'UTC')
            """, (procedure_id, sequence, fee['kind'], fee['amount'], fee['description']))
            fees += 1
    _logger.info("Catalogue migrated: %d levels, %d agencies, %d times, %d fees", levels,
                 agencies, times, fees)
    # a demo database gets the real catalogue slice a new one gets at installation (demo
    # files are loaded once only)
    cr.execute("SELECT demo FROM ir_module_module WHERE name = 'tthc_catalog'")
    if cr.fetchone()[0]:
        env = api.Environment(cr, SUPERUSER_ID, {})
        env['tthc.catalog.import'].import_module_files(
            ['demo/real/national_export.xlsx', 'demo/real/portal.json'])
    env = api.Environment(cr, SUPERUSER_ID, {})
    for agency in env['tthc.agency'].with_context(active_test=False).search([]):
        agency._log_membership({agency.id: (env['res.users'], env['tthc.agency'])})
