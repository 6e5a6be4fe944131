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


# 11.0.1.1.0: the access rights granting the read-only staff group (group_tthc_user) are named
# after it, ``access_<model>_staff`` (were ``access_<model>_officer``): <model>s per addon
STAFF_ACCESS_MODELS = {
    'tthc_catalog': [
        'tthc_field', 'tthc_procedure', 'tthc_procedure_component', 'tthc_internal_procedure',
        'tthc_internal_procedure_step', 'tthc_review_decision', 'tthc_review_entry',
        'tthc_coverage_report'],
    'tthc_inspection': [
        'tthc_inspection_criterion_group', 'tthc_inspection_template',
        'tthc_inspection_criterion', 'tthc_inspection_finding_stage'],
    'tthc_training': [
        'tthc_focal_assignment', 'tthc_training_topic', 'tthc_training_class',
        'tthc_training_session', 'tthc_training_attendee'],
}


def rename_staff_access(cr, module):
    """The pre-migration to 11.0.1.1.0 of ``module``: its staff access rights renamed."""
    rename_external_ids(cr, module, 'ir.model.access', [
        ('access_%s_officer' % model, 'access_%s_staff' % model)
        for model in STAFF_ACCESS_MODELS[module]])
