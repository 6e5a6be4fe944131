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
