{
    'name': 'TTHC Inspection',
    'summary': 'Inspection campaigns of departments, checklists, findings and their follow-up',
    'version': '11.0.1.0.0',
    'category': 'Administrative Procedures',
    'license': 'AGPL-3',
    'author': 'TTHC suite developers',
    'website': 'https://github.com/tthc-suite/tthc',
    'depends': ['tthc_catalog'],
    'data': [
        'views/tthc_inspection_menus.xml',
    ],
    'installable': True,
}
