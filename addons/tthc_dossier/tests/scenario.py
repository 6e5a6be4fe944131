# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The source article's half year at Sở TN&MT Lạng Sơn, generated in SQL: used by the
statistics tests and by the province generator (``scripts/generate_province.py --scenario``)."""

# 11,423 received; 8,263 resolved (5,000 early, 3,037 on time, 226 late, 151 of the late ones
# waiting for financial obligations); 3,160 in progress on 30/06, 3,000 within their date
ARTICLE_FIGURES = {'received': 11423, 'resolved': 8263, 'in_time': 8037, 'late': 226,
                   'late_obligation': 151, 'in_progress_within': 3000, 'in_progress_past': 160}


def insert_article_dossiers(cr, agency_id, procedure_id, field_id, prefix='SCN-'):
    """Insert the 11,423 dossiers received from 03/01 to 15/06/2022 at ``agency_id``, and the
    obligation pauses of 151 late ones, in two statements. Codes are ``prefix`` + a number.
    The caller invalidates the ORM cache."""
    cr.execute("""
        INSERT INTO tthc_dossier (code, procedure_id, field_id, agency_id, channel,
            applicant_type, applicant_name, received_at, due_at, finished_at, state,
            timing, active, supplement_count, late_for_index)
        SELECT %(prefix)s || n, %(procedure)s, %(field)s, %(agency)s, 'direct', 'person',
               'Applicant ' || n,
               timestamp '2022-01-03 02:00' + (n %% 160) * interval '1 day',
               CASE WHEN n <= 8263 OR n > 11263
                    THEN timestamp '2022-06-20 10:00' ELSE timestamp '2022-07-20 10:00' END,
               CASE WHEN n <= 8263 THEN
                    CASE WHEN n <= 5000 THEN timestamp '2022-06-10 03:00'
                         WHEN n <= 8037 THEN timestamp '2022-06-20 03:00'
                         ELSE timestamp '2022-06-25 03:00' END END,
               CASE WHEN n <= 8263 THEN 'returned' ELSE 'processing' END,
               CASE WHEN n <= 5000 THEN 'early' WHEN n <= 8037 THEN 'on_time'
                    WHEN n <= 8263 THEN 'late' END,
               TRUE, 0, FALSE
          FROM generate_series(1, 11423) AS n
    """, {'procedure': procedure_id, 'field': field_id, 'agency': agency_id,
          'prefix': prefix})
    cr.execute("""
        INSERT INTO tthc_dossier_pause (dossier_id, kind, date_start, date_end,
                                        counts_on_clock)
        SELECT id, 'obligation', timestamp '2022-06-01 02:00', timestamp '2022-06-24 02:00',
               TRUE
          FROM tthc_dossier
         WHERE agency_id = %s AND timing = 'late' AND code LIKE %s
      ORDER BY id LIMIT 151""", (agency_id, prefix.replace('%', r'\%') + '%'))
