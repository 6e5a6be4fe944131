# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Run Odoo 11.0 (written for Python 3.5-3.7) on Python 3.11, without editing Odoo.

``install()`` is called from a ``.pth`` file written into the project's virtual environment
(``scripts/bootstrap.sh``), so every process started from it (server, prefork workers,
``odoo shell``, pytest) is patched before ``odoo`` is imported.

Patches to the standard library are applied at once; patches to Odoo modules are applied
right after the module is first imported (see ``posthook``).
"""
from . import stdlib, odoo_patches, pillow, posthook

_installed = False


def install():
    global _installed
    if _installed:
        return
    _installed = True
    stdlib.install()
    posthook.register(dict(odoo_patches.POST_IMPORT_PATCHES, **pillow.POST_IMPORT_PATCHES))
