{
    'name': 'TTHC Catalog',
    'summary': 'Agencies, the catalogue of administrative procedures, approved internal '
               'procedures and the working calendar',
    'version': '11.0.1.0.0',
    'category': 'Administrative Procedures',
    'license': 'AGPL-3',
    'author': 'TTHC suite developers',
    'website': 'https://github.com/tthc-suite/tthc',
    'depends': ['mail'],
    'data': [
        'security/tthc_security.xml',
        'views/tthc_menus.xml',
    ],
    'application': True,
    'installable': True,
}
