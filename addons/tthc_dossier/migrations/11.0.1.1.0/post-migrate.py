# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Partners that applied for dossiers become personal data read only by who handles or
supervises those dossiers (res.partner.tthc_applicant and the agencies of their dossiers,
tthc_catalog's record rule). Lookup codes printed before this version (six digits) stay
valid: the citizens hold them on paper; new dossiers get 50-bit codes, and the six-digit ones
are also throttled per dossier (tthc_lookup_attempt.py)."""


def migrate(cr, version):
    cr.execute("""
        UPDATE res_partner SET tthc_applicant = TRUE
         WHERE id IN (SELECT partner_id FROM tthc_dossier WHERE partner_id IS NOT NULL)""")
    cr.execute("""
        INSERT INTO tthc_agency_applicant_partner_rel (partner_id, agency_id)
        SELECT DISTINCT partner_id, agency_id FROM tthc_dossier WHERE partner_id IS NOT NULL
        ON CONFLICT DO NOTHING""")
