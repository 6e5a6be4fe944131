"""Pure-Python rules of the dossier addon (no Odoo import)."""
