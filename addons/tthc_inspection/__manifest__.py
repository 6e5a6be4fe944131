# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    'name': 'TTHC Inspection',
    'summary': 'Inspection campaigns of departments, checklists, findings and their follow-up',
    'version': '11.0.1.0.0',
    'category': 'Administrative Procedures',
    'license': 'AGPL-3',
    'author': 'TTHC suite developers',
    'website': 'https://github.com/tthc-suite/tthc',
    # tthc_dossier: visits sample the dossiers and measure the on-time rate;
    # web_responsive: inspectors log findings from tablets and phones
    'depends': ['tthc_dossier', 'report_xlsx', 'web_responsive'],
    'external_dependencies': {'python': ['openpyxl']},
    'data': [
        'security/tthc_inspection_security.xml',
        'security/ir.model.access.csv',
        'security/tthc_inspection_rules.xml',
        'data/tthc_inspection_data.xml',
        'report/tthc_inspection_reports.xml',
        'report/tthc_inspection_campaign_templates.xml',
        'views/tthc_inspection_template_views.xml',
        'views/tthc_inspection_action_views.xml',
        'views/tthc_inspection_finding_views.xml',
        'views/tthc_inspection_visit_views.xml',
        'views/tthc_inspection_campaign_views.xml',
        'views/tthc_inspection_agency_report_views.xml',
        'views/tthc_agency_overview_views.xml',
        'views/tthc_inspection_menus.xml',
    ],
    'demo': [
        'demo/tthc_inspection_demo.xml',
    ],
    'installable': True,
}
