# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""11.0.1.1.0: agencies get a chatter, where every change of their membership (users, parent)
is logged from now on. The starting point of that log: each agency's users and parent at the
upgrade, noted once. (The new column ``message_last_post`` is added by the ORM; the mail
templates' access rights and the group *Agency membership* are data, loaded by the update.)"""
from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    agencies = env['tthc.agency'].with_context(active_test=False).search([])
    for agency in agencies:
        agency._log_membership({agency.id: (env['res.users'], env['tthc.agency'])})
