# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Training coverage of focal officers: an officer is trained at a date when they passed a
training class within the ``months`` before it (the validity window is a setting, since a
yearly class is the aim but no text fixes how long a training counts)."""
from dateutil.relativedelta import relativedelta

from odoo.addons.tthc_catalog.engine.rates import percentage


def window_start(ref_date, months):
    """First day a training still counts for at ``ref_date``."""
    return ref_date - relativedelta(months=months)


def is_trained(training_dates, ref_date, months):
    """Whether one of ``training_dates`` falls in ``(ref_date - months, ref_date]``."""
    start = window_start(ref_date, months)
    return any(start < day <= ref_date for day in training_dates)


def coverage(officers, ref_date, months, digits=2, rule='truncate'):
    """``officers`` maps each current focal officer to their training dates. Returns
    (trained, total, rate in percent or None without officers)."""
    trained = sum(1 for dates in officers.values() if is_trained(dates, ref_date, months))
    total = len(officers)
    return trained, total, percentage(trained, total, digits=digits, rule=rule)
