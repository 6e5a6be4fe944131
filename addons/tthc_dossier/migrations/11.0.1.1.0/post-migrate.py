# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""11.0.1.1.0.

Partners that applied for dossiers become personal data read only by who handles or
supervises those dossiers (res.partner.tthc_applicant and the agencies of their dossiers,
tthc_catalog's record rule). Lookup codes printed before this version (six digits) stay
valid: the citizens hold them on paper; new dossiers get 50-bit codes, and the six-digit ones
are also throttled per dossier (tthc_lookup_attempt.py).

A dossier keeps the processing time it was received with (``clock_stages``). The dossiers
received before were counted in working days on their procedure's ``processing_days``: they
keep exactly that time, so that no return date moves (the due dates themselves are not
recomputed)."""


def migrate(cr, version):
    cr.execute("""
        UPDATE res_partner SET tthc_applicant = TRUE
         WHERE id IN (SELECT partner_id FROM tthc_dossier WHERE partner_id IS NOT NULL)""")
    cr.execute("""
        INSERT INTO tthc_agency_applicant_partner_rel (partner_id, agency_id)
        SELECT DISTINCT partner_id, agency_id FROM tthc_dossier WHERE partner_id IS NOT NULL
        ON CONFLICT DO NOTHING""")
    cr.execute("""
        UPDATE tthc_dossier d
           SET clock_stages = json_build_array(json_build_array(
                   coalesce(p.processing_days, 0)::float8, 'working_day'))::text
          FROM tthc_procedure p
         WHERE p.id = d.procedure_id AND d.clock_stages IS NULL""")
