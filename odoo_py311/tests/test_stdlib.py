# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Each standard-library patch restores what Odoo 11 calls, with the old behaviour."""
import base64
import collections
import collections.abc
import inspect
import resource
import threading
import xml.etree.ElementTree as ElementTree

import pytest

from odoo_py311 import stdlib


def test_collections_aliases():
    assert collections.Mapping is collections.abc.Mapping
    assert collections.MutableMapping is collections.abc.MutableMapping
    assert collections.Iterable is collections.abc.Iterable


def test_getargspec_matches_python_310():
    def func(a, b=2, *args, **kwargs):
        return a

    spec = inspect.getargspec(func)
    assert spec == (['a', 'b'], 'args', 'kwargs', (2,))
    assert spec.keywords == 'kwargs'

    def kwonly(a, *, b):
        return a
    with pytest.raises(ValueError):
        inspect.getargspec(kwonly)


def test_formatargspec_matches_python_310():
    def func(self, a, b=2, *args, **kwargs):
        return a
    assert inspect.formatargspec(*inspect.getfullargspec(func)) == \
        '(self, a, b=2, *args, **kwargs)'
    assert inspect.formatargspec(['a'], kwonlyargs=['k'], kwonlydefaults={'k': 1}) == '(a, *, k=1)'


def test_base64_string_aliases():
    assert base64.encodestring(b'odoo') == b'b2Rvbw==\n'
    assert base64.decodestring(b'b2Rvbw==\n') == b'odoo'


def test_thread_isalive():
    thread = threading.Thread(target=lambda: None)
    assert thread.isAlive() is False
    thread.start()
    thread.join()
    assert thread.isAlive() is False


def test_setrlimit_accepts_floats():
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (float(soft) if soft != resource.RLIM_INFINITY
                                            else soft, hard))
    assert resource.getrlimit(resource.RLIMIT_AS) == (soft, hard)
    stdlib.setrlimit_accepts_floats()  # a second install does not wrap twice
    assert resource.setrlimit.__closure__[0].cell_contents.__name__ == 'setrlimit'


def test_element_getchildren():
    root = ElementTree.fromstring('<templates><t t-name="a"/><t t-name="b"/></templates>')
    assert [child.get('t-name') for child in root.getchildren()] == ['a', 'b']
    assert ElementTree.Element.__module__ == 'xml.etree.ElementTree'


def test_element_and_tree_getiterator():
    root = ElementTree.fromstring('<sheet><row><c>1</c></row><row><c>2</c></row></sheet>')
    assert [c.text for c in root.getiterator('c')] == ['1', '2']
    tree = ElementTree.ElementTree(root)
    assert len(tree.getiterator()) == 5 and isinstance(tree.getiterator(), list)
