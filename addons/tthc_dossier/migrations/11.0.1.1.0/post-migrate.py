# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""11.0.1.1.0: a dossier keeps the processing time it was received with (``clock_stages``).
The dossiers received before were counted in working days on their procedure's
``processing_days``: they keep exactly that time, so that no return date moves (the due dates
themselves are not recomputed)."""


def migrate(cr, version):
    if not version:
        return
    cr.execute("""
        UPDATE tthc_dossier d
           SET clock_stages = json_build_array(json_build_array(
                   coalesce(p.processing_days, 0)::float8, 'working_day'))::text
          FROM tthc_procedure p
         WHERE p.id = d.procedure_id AND d.clock_stages IS NULL""")
