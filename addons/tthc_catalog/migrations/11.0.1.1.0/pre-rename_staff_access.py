# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""11.0.1.1.0: the access rights granting the read-only staff group (group_tthc_user) are named
after it: ``access_<model>_staff``, were ``access_<model>_officer``. Renaming their external
ids before the update keeps the same records (the update would otherwise delete them and create
new ones)."""
from odoo.addons.tthc_catalog.tools import rename_external_ids

MODULE = 'tthc_catalog'
# <model> of each renamed access right
MODELS = [
    'tthc_field',
    'tthc_procedure',
    'tthc_procedure_component',
    'tthc_internal_procedure',
    'tthc_internal_procedure_step',
    'tthc_review_decision',
    'tthc_review_entry',
    'tthc_coverage_report',
]


def migrate(cr, version):
    if version:
        rename_external_ids(cr, MODULE, 'ir.model.access', [
            ('access_%s_officer' % model, 'access_%s_staff' % model) for model in MODELS])
