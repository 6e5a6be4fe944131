# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Keep the staff access rights renamed in 11.0.1.1.0 (tthc_catalog.tools.STAFF_ACCESS_MODELS)
as the same records: the update would otherwise delete them and create new ones."""
from odoo.addons.tthc_catalog.tools import rename_staff_access


def migrate(cr, version):
    if version:
        rename_staff_access(cr, 'tthc_inspection')
