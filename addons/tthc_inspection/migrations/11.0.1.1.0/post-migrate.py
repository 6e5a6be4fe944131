# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Photos and documents of findings were stored without their record (res_id empty), so that
every employee could read them: attach each to its finding (the first one, if a file is
linked to several), so that it follows the finding's access."""


def migrate(cr, version):
    cr.execute("""
        UPDATE ir_attachment a
           SET res_model = 'tthc.inspection.finding', res_id = link.finding_id
          FROM (SELECT ir_attachment_id, min(tthc_inspection_finding_id) AS finding_id
                  FROM ir_attachment_tthc_inspection_finding_rel
              GROUP BY ir_attachment_id) link
         WHERE a.id = link.ir_attachment_id AND (a.res_id IS NULL OR a.res_id = 0)""")
