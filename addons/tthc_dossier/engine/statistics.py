# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The figures of the provincial reports on dossiers, from raw counts.

Denominators, as the source article and Decision 766/QĐ-TTg use them:
- early / on time / late: share of the dossiers *resolved* in the period;
- the 766 on-time rate: (resolved early or on time + still in progress within the return
  date) ÷ (resolved + in progress) — the dossiers processed in the period.
The percentages are computed by the rate function given (``rate(part, whole)``: the
catalogue's ``engine.rates.percentage`` with the report's rule), so that this module imports
nothing of Odoo."""

COUNTS = ('received', 'resolved', 'early', 'on_time', 'late', 'late_obligation',
          'in_progress_within', 'in_progress_past', 'late_for_index')


def figures(counts, rate):
    """``counts`` (a dict with the keys of COUNTS) completed with the percentages computed by
    ``rate(part, whole)``."""
    result = {key: int(counts.get(key) or 0) for key in COUNTS}
    resolved = result['resolved']
    in_time = result['early'] + result['on_time']
    processed = resolved + result['in_progress_within'] + result['in_progress_past']
    result.update(
        in_time=in_time,
        processed=processed,
        in_time_rate=rate(in_time, resolved),
        early_rate=rate(result['early'], resolved),
        on_time_rate=rate(result['on_time'], resolved),
        late_rate=rate(result['late'], resolved),
        index_on_time_rate=rate(in_time + result['in_progress_within'], processed),
    )
    return result
