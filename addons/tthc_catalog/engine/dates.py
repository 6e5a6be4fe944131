"""Dates as Vietnamese documents print them: dd/mm/yyyy."""
import datetime


def dmy(value):
    """``value`` (a date or an Odoo 11 date string) as dd/mm/yyyy; '' when empty."""
    if not value:
        return ''
    if not isinstance(value, datetime.date):
        value = datetime.datetime.strptime(value[:10], '%Y-%m-%d').date()
    return value.strftime('%d/%m/%Y')
