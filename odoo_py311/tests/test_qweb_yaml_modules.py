# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The fixes inside Odoo modules: QWeb's hand-built AST compiles, yaml_import loads without a
Loader, a new database leaves no auto-install module stuck "to install"."""
import ast

from odoo.addons.base.ir.ir_qweb import qweb as qweb_module
import importlib
from odoo_py311 import odoo_patches


def test_qweb_module_uses_modernizing_compile():
    assert qweb_module.compile is odoo_patches._qweb_compile


def test_python35_style_ast_compiles():
    # shaped as QWeb 11 builds it: no posonlyargs, Name('None'), a node ending before it starts
    args = ast.arguments(args=[ast.arg(arg='self', annotation=None)], vararg=None,
                         kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[])
    ret = ast.Return(value=ast.Name(id='None', ctx=ast.Load()), lineno=3, col_offset=4,
                     end_lineno=1, end_col_offset=0)
    func = ast.FunctionDef(name='render', args=args, body=[ret], decorator_list=[],
                           returns=None)
    module = ast.Module(body=[func])
    namespace = {}
    exec(qweb_module.compile(module, '<template>', 'exec'), namespace)
    assert namespace['render'](object()) is None


def test_qweb_renders_a_template():
    from odoo.addons.base.ir.ir_qweb.qweb import QWeb

    class Renderer(QWeb):
        def get_template(self, template, options):
            from lxml import etree
            element = etree.fromstring(
                '<t t-name="t"><ul>'
                '<li t-foreach="items" t-as="i" t-att-class="i_last and \'last\'">'
                '<t t-esc="i"/></li></ul><p t-if="not items">none</p></t>')
            return element, None

    html = Renderer().render('t', {'items': [1, 2]})
    assert b'<li>1</li>' in html and b'class="last">2</li>' in html


def test_yaml_import_loads_without_loader():
    yaml_import = importlib.import_module('odoo.tools.yaml_import')
    assert list(yaml_import.yaml.load('- a\n- {b: 1}\n')) == ['a', {'b': 1}]
    assert yaml_import.yaml.SafeLoader is __import__('yaml').SafeLoader
