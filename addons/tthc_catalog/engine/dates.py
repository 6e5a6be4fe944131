# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Dates as Vietnamese documents print them: dd/mm/yyyy."""
import datetime


def dmy(value):
    """``value`` (a date or an Odoo 11 date string) as dd/mm/yyyy; '' when empty."""
    if not value:
        return ''
    if not isinstance(value, datetime.date):
        value = datetime.datetime.strptime(value[:10], '%Y-%m-%d').date()
    return value.strftime('%d/%m/%Y')
