# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Searching Vietnamese text without its diacritics ("dat dai" finds "Đất đai"). Pure Python,
no Odoo import."""
import unicodedata


def strip_accents(text):
    """Vietnamese text without its diacritics, lower case: "Đất đai" -> "dat dai"."""
    text = unicodedata.normalize('NFD', text or '').replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in text if unicodedata.category(c) != 'Mn').lower()


def _translate_table():
    # every accented Latin letter (Vietnamese and its neighbours, both cases) and A-Z, with
    # the letter PostgreSQL's translate() turns it into: the SQL twin of strip_accents
    source = [chr(cp) for cp in range(0x00C0, 0x1EFA)
              if len(strip_accents(chr(cp))) == 1 and strip_accents(chr(cp)).isalpha()
              and strip_accents(chr(cp)).isascii() and chr(cp).isalpha()]
    source += [chr(cp) for cp in range(ord('A'), ord('Z') + 1)]
    return ''.join(source), ''.join(strip_accents(c) for c in source)


SQL_FROM, SQL_TO = _translate_table()


def sql_unaccent(expression):
    """SQL of ``expression`` (a column or %s) without diacritics, lower case, for ILIKE."""
    return "translate(%s, '%s', '%s')" % (expression, SQL_FROM, SQL_TO)
