# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    'name': 'TTHC Dossiers',
    'summary': 'Dossiers received at the one-stop desk, processed through the steps of the '
               'internal procedure against a working-day clock',
    'version': '11.0.1.0.0',
    'category': 'Administrative Procedures',
    'license': 'AGPL-3',
    'author': 'TTHC suite developers',
    'website': 'https://github.com/tthc-suite/tthc',
    'depends': ['tthc_catalog', 'report_xlsx', 'web_kanban_gauge'],
    'data': [
        'security/ir.model.access.csv',
        'security/tthc_dossier_rules.xml',
        'wizards/tthc_dossier_event_views.xml',
        'wizards/tthc_dossier_statistics_wizard_views.xml',
        'views/tthc_dossier_views.xml',
        'views/tthc_lookup_templates.xml',
        'views/tthc_desk_dashboard_views.xml',
        'views/tthc_dossier_step_report_views.xml',
        'views/tthc_agency_overview_views.xml',
        'data/tthc_dossier_cron.xml',
        'report/tthc_dossier_reports.xml',
        'views/tthc_dossier_menus.xml',
    ],
    'demo': [
        'demo/tthc_dossier_demo.xml',
    ],
    'installable': True,
}
