"""Pure-Python rules of the suite (no Odoo import), so they can be tested and benchmarked alone."""
