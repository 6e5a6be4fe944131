# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    'name': 'TTHC Training',
    'summary': 'Focal officers of TTHC control, their turnover, and the yearly training class',
    'version': '11.0.1.0.0',
    'category': 'Administrative Procedures',
    'license': 'AGPL-3',
    'author': 'TTHC suite developers',
    'website': 'https://github.com/tthc-suite/tthc',
    'depends': ['tthc_catalog', 'hr', 'mail', 'report_xlsx'],
    'data': [
        'security/tthc_training_security.xml',
        'security/ir.model.access.csv',
        'security/tthc_training_rules.xml',
        'data/tthc_training_data.xml',
        'views/tthc_focal_assignment_views.xml',
        'views/tthc_training_topic_views.xml',
        'views/tthc_training_session_views.xml',
        'views/tthc_training_attendee_views.xml',
        'views/tthc_training_class_views.xml',
        'views/tthc_focal_statistics_views.xml',
        'views/tthc_agency_overview_views.xml',
        'views/hr_employee_views.xml',
        'views/res_config_settings_views.xml',
        'report/tthc_training_reports.xml',
        'views/tthc_training_menus.xml',
    ],
    'demo': [
        'demo/tthc_training_demo.xml',
    ],
    'installable': True,
}
