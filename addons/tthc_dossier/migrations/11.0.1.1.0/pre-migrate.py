# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""11.0.1.1.0: the dossiers get their search key without diacritics, their components a
"received" tick (the components recorded so far were received). Done in SQL before the
update, so that a province of a million dossiers is not recomputed through the ORM."""
from odoo.addons.tthc_dossier.engine.text import sql_unaccent


def migrate(cr, version):
    if not version:
        return
    cr.execute("ALTER TABLE tthc_dossier ADD COLUMN IF NOT EXISTS search_key varchar")
    cr.execute("""
        UPDATE tthc_dossier SET search_key = %s""" % sql_unaccent(
        "concat_ws(' ', code, applicant_name, applicant_identifier)"))
    cr.execute("ALTER TABLE tthc_dossier_component "
               "ADD COLUMN IF NOT EXISTS received boolean")
    cr.execute("UPDATE tthc_dossier_component SET received = TRUE WHERE received IS NULL")
