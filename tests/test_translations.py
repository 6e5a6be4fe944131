# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Every translatable term of the suite has its Vietnamese translation: labels, messages,
reports and data, as Odoo's own export sees them."""
from odoo.tests.common import TransactionCase
from odoo.tools.translate import trans_generate

SUITE = ['tthc_catalog', 'tthc_dossier', 'tthc_inspection', 'tthc_training']


class TestTranslations(TransactionCase):

    def test_vietnamese_is_installed(self):
        self.assertTrue(self.env['res.lang'].search([('code', '=', 'vi_VN')]).active)
        self.assertEqual(self.env['res.lang']._lang_get('vi_VN').date_format, '%d/%m/%Y')

    def test_every_term_translated(self):
        rows = trans_generate('vi_VN', SUITE, self.env.cr)
        terms = {(module, source) for module, _type, _name, _id, source, _trad, _c in rows
                 if module in SUITE}
        # trans_generate answers the source itself when no translation exists: look for a
        # Vietnamese value in the translations the modules loaded
        self.env.cr.execute("""SELECT DISTINCT src FROM ir_translation
                                WHERE lang = 'vi_VN' AND COALESCE(value, '') != ''""")
        translated = {src for src, in self.env.cr.fetchall()}
        missing = sorted(term for term in terms if term[1] not in translated)
        print('Vietnamese translation: %d of %d terms' % (len(terms) - len(missing), len(terms)))
        self.assertFalse(missing, '\n'.join('%s: %r' % term for term in missing[:50]))
