# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Small helpers the four addons share on records."""


def selection_labels(records, field_name):
    """{value: label} of the selection field ``field_name`` of ``records``' model, translated
    in the language of their environment."""
    return dict(records._fields[field_name]._description_selection(records.env))


def selection_label(record, field_name):
    """The translated label of ``record``'s value of the selection field ``field_name``
    ('' when it has none)."""
    return selection_labels(record, field_name).get(record[field_name], '')


def rename_external_ids(cr, module, model, renames):
    """Migration helper: rename the external ids ``renames`` [(old, new)] of ``module``'s
    records of ``model`` before an update, so that the update keeps the same records instead of
    deleting them and creating new ones (an id already renamed, or whose new name exists, is
    left alone)."""
    for old, new in renames:
        cr.execute("""
            UPDATE ir_model_data SET name = %s
             WHERE module = %s AND name = %s AND model = %s
               AND NOT EXISTS (SELECT 1 FROM ir_model_data WHERE module = %s AND name = %s)""",
                   (new, module, old, model, module, new))
