{
    'name': 'TTHC Training',
    'summary': 'Focal officers of TTHC control, their turnover, and the yearly training class',
    'version': '11.0.1.0.0',
    'category': 'Administrative Procedures',
    'license': 'AGPL-3',
    'author': 'TTHC suite developers',
    'website': 'https://github.com/tthc-suite/tthc',
    'depends': ['tthc_catalog', 'hr'],
    'data': [
        'views/tthc_training_menus.xml',
    ],
    'installable': True,
}
