# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""safe_eval on 3.11: what Odoo evaluates every day works; what 11.0 refused on 3.5 stays
refused (names with `__`, open, import, getattr, eval, exec, compile, attribute writes)."""
import importlib

import pytest

from odoo.tools.safe_eval import safe_eval, const_eval, expr_eval

safe_eval_module = importlib.import_module('odoo.tools.safe_eval')


@pytest.mark.parametrize('expr, expected', [
    ("[('state', 'in', ['draft', 'sent', 'done']), ('id', '!=', False)]",
     [('state', 'in', ['draft', 'sent', 'done']), ('id', '!=', False)]),
    ("{'group_by': 'level', 'search_default_x': 1}", {'group_by': 'level', 'search_default_x': 1}),
    ("a + b * 2 - c // 3 % 2 ** 2", 4 + 6 - 1),
    ("x is None or x is not None and 1 in [1, 2]", True),
    ("'d' not in {'a', 'b', 'c'}", True),
    ("[r for r in range(5) if r % 2]", [1, 3]),
    ("sum(i for i in range(4))", 6),
    ("dict(a=1, b=2)", {'a': 1, 'b': 2}),
    ("(lambda v: v * 2)(a)", 8),
    ("max([a, b], key=lambda v: -v)", 3),
    ("'%s-%s' % (a, b)", '4-3'),
    ("values[1:] + values[:1]", [2, 3, 1]),
])
def test_everyday_expressions(expr, expected):
    assert safe_eval(expr, {'a': 4, 'b': 3, 'c': 3, 'x': None, 'values': [1, 2, 3]}) == expected


def test_exec_mode_statements():
    code = """
total = 0
for value in values:
    if value > 1:
        total += value
    else:
        continue
try:
    assert total == 5, 'sum'
except AssertionError:
    total = -1
result = total
"""
    env = {'values': [1, 2, 3]}
    safe_eval(code, env, mode='exec', nocopy=True)
    assert env['result'] == 5


def test_literal_helpers():
    assert const_eval("[1, 2, 3, 'x']") == [1, 2, 3, 'x']
    assert expr_eval("[1, 2] * 2 + [3 - 1]") == [1, 2, 1, 2, 2]
    with pytest.raises(ValueError):
        const_eval("[1] + [2]")
    with pytest.raises(ValueError):
        expr_eval("len([1])")


@pytest.mark.parametrize('expr', [
    "().__class__.__bases__[0].__subclasses__()",
    "__import__('os').system('true')",
    "(lambda: 0).__globals__",
    "x.__dict__",
    "[c for c in ().__class__.__mro__]",
])
def test_dunder_names_refused(expr):
    with pytest.raises(NameError):
        safe_eval(expr, {'x': object()})


@pytest.mark.parametrize('expr', [
    "open('/etc/passwd').read()",
    "getattr(x, 'f_globals')",
    "eval('1')",
    "exec('a = 1')",
    "compile('1', '', 'eval')",
    "globals()",
    "vars(x)",
])
def test_dangerous_builtins_unavailable(expr):
    with pytest.raises(ValueError) as error:
        safe_eval(expr, {'x': object()})
    assert 'NameError' in str(error.value)


@pytest.mark.parametrize('code', [
    "import os",
    "from os import path",
    "x.attribute = 1",
    "del x.attribute",
    "with x:\n    pass",
    "def f():\n    v = 1\n    return lambda: v",
    "dict(**x)",
    "global g\ng = 1",
])
def test_opcodes_refused_as_on_python_35(code):
    with pytest.raises(ValueError) as error:
        safe_eval(code, {'x': object()}, mode='exec')
    assert 'forbidden opcode' in str(error.value)


def test_unsafe_attributes_refused():
    with pytest.raises(NameError):
        safe_eval("gen.gi_frame", {'gen': (i for i in [])})
    with pytest.raises(NameError):
        safe_eval_module.test_expr("a.co_code", safe_eval_module._SAFE_OPCODES)
