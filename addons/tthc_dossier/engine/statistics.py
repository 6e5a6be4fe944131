# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The figures of the provincial reports on dossiers, from raw counts.

Denominators, as the source article and Decision 766/QĐ-TTg use them:
- early / on time / late: share of the dossiers *resolved* in the period;
- the 766 on-time rate: (resolved early or on time + still in progress within the return
  date) ÷ (resolved + in progress) — the dossiers processed in the period.
Percentages are truncated to two decimals unless another rule is asked for."""
from odoo.addons.tthc_catalog.engine.rates import percentage

COUNTS = ('received', 'resolved', 'early', 'on_time', 'late', 'late_obligation',
          'in_progress_within', 'in_progress_past', 'late_for_index')


def figures(counts, rule='truncate'):
    """``counts`` (a dict with the keys of COUNTS) completed with the percentages."""
    result = {key: int(counts.get(key) or 0) for key in COUNTS}
    resolved = result['resolved']
    in_time = result['early'] + result['on_time']
    processed = resolved + result['in_progress_within'] + result['in_progress_past']
    result.update(
        in_time=in_time,
        processed=processed,
        in_time_rate=percentage(in_time, resolved, rule=rule),
        early_rate=percentage(result['early'], resolved, rule=rule),
        on_time_rate=percentage(result['on_time'], resolved, rule=rule),
        late_rate=percentage(result['late'], resolved, rule=rule),
        index_on_time_rate=percentage(in_time + result['in_progress_within'], processed,
                                      rule=rule),
    )
    return result
