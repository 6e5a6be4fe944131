# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The cell formats of the suite's XLSX reports, in one place."""

STYLES = {
    # the header row of a plain list (catalogue, campaign, training sheets)
    'bold': {'bold': True, 'text_wrap': True, 'valign': 'top'},
    # the headers of a bordered table (statistics, tracking book)
    'head': {'bold': True, 'align': 'center', 'valign': 'vcenter', 'text_wrap': True,
             'border': 1},
    'cell': {'border': 1},
    'cell_wrap': {'border': 1, 'text_wrap': True, 'valign': 'top'},
    'number': {'border': 1, 'num_format': '#,##0'},
    'rate': {'border': 1, 'num_format': '0.00'},
    'total': {'bold': True, 'border': 1, 'num_format': '#,##0'},
    'note': {'italic': True},
    'alert': {'bg_color': '#F4CCCC'},
    'plain': {},
}


def xlsx_styles(workbook):
    """{name: format} of STYLES added to ``workbook`` (xlsxwriter keeps formats per
    workbook)."""
    return {name: workbook.add_format(dict(properties)) for name, properties in STYLES.items()}
