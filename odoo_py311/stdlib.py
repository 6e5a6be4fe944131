# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Restore what Python 3.8-3.11 removed from the standard library and Odoo 11 still uses.

One function per breakage; each says what was removed and where Odoo needs it.
"""
import base64
import collections
import collections.abc
import inspect
import sys
import threading


def alias_collections_abc():
    """Python 3.10 removed the ABC aliases from ``collections`` (deprecated since 3.3).
    ``odoo/models.py``, ``odoo/api.py``, ``odoo/tools/misc.py`` import ``collections.Mapping``
    & co.: without them ``import odoo`` fails."""
    for name in collections.abc.__all__:
        if not hasattr(collections, name):
            setattr(collections, name, getattr(collections.abc, name))


ArgSpec = collections.namedtuple('ArgSpec', 'args varargs keywords defaults')


def getargspec(func):
    """``inspect.getargspec`` as in Python 3.10, built on ``getfullargspec``."""
    spec = inspect.getfullargspec(func)
    if spec.kwonlyargs or spec.annotations:
        raise ValueError("Function has keyword-only parameters or annotations, "
                         "use inspect.signature() API which can support them")
    return ArgSpec(spec.args, spec.varargs, spec.varkw, spec.defaults)


def formatargspec(args, varargs=None, varkw=None, defaults=None,
                  kwonlyargs=(), kwonlydefaults=None, annotations=None,
                  formatarg=str,
                  formatvarargs=lambda name: '*' + name,
                  formatvarkw=lambda name: '**' + name,
                  formatvalue=lambda value: '=' + repr(value),
                  formatreturns=lambda text: ' -> ' + text,
                  formatannotation=inspect.formatannotation):
    """``inspect.formatargspec`` as in Python 3.10."""
    annotations = annotations or {}
    kwonlydefaults = kwonlydefaults or {}

    def formatargandannotation(arg):
        result = formatarg(arg)
        if arg in annotations:
            result += ': ' + formatannotation(annotations[arg])
        return result

    specs = []
    firstdefault = len(args) - len(defaults) if defaults else None
    for i, arg in enumerate(args):
        spec = formatargandannotation(arg)
        if defaults and i >= firstdefault:
            spec = spec + formatvalue(defaults[i - firstdefault])
        specs.append(spec)
    if varargs is not None:
        specs.append(formatvarargs(formatargandannotation(varargs)))
    elif kwonlyargs:
        specs.append('*')
    for kwonlyarg in kwonlyargs or ():
        spec = formatargandannotation(kwonlyarg)
        if kwonlyarg in kwonlydefaults:
            spec += formatvalue(kwonlydefaults[kwonlyarg])
        specs.append(spec)
    if varkw is not None:
        specs.append(formatvarkw(formatargandannotation(varkw)))
    result = '(' + ', '.join(specs) + ')'
    if 'return' in annotations:
        result += formatreturns(formatannotation(annotations['return']))
    return result


def restore_inspect_argspec():
    """Python 3.11 removed ``inspect.getargspec`` and ``inspect.formatargspec``.
    ``odoo/api.py`` (decorator introspection) and ``odoo/tools/cache.py`` (``ormcache`` builds
    its key function from the signature) call them on every model load."""
    if not hasattr(inspect, 'getargspec'):
        inspect.getargspec = getargspec
    if not hasattr(inspect, 'formatargspec'):
        inspect.formatargspec = formatargspec


def restore_base64_string_aliases():
    """Python 3.9 removed ``base64.encodestring``/``decodestring``. Odoo 11 uses them for
    attachments, uploads, reports and translation import/export."""
    if not hasattr(base64, 'encodestring'):
        base64.encodestring = base64.encodebytes
    if not hasattr(base64, 'decodestring'):
        base64.decodestring = base64.decodebytes


def restore_thread_isalive():
    """Python 3.9 removed ``Thread.isAlive``. ``odoo/service/server.py`` (cron threads, the
    threaded server's shutdown) and the test helpers call it."""
    if not hasattr(threading.Thread, 'isAlive'):
        threading.Thread.isAlive = threading.Thread.is_alive


def setrlimit_accepts_floats():
    """Since Python 3.10 ``resource.setrlimit`` refuses floats. The prefork server
    (``odoo/service/server.py``, ``memory_limit``) passes computed floats, and every worker
    dies at start."""
    import resource
    original = resource.setrlimit
    if getattr(original, '_odoo_py311', False):
        return

    def setrlimit(res, limits):
        return original(res, tuple(int(limit) for limit in limits))
    setrlimit._odoo_py311 = True
    resource.setrlimit = setrlimit


def _getchildren(self):
    return list(self)


def _getiterator(self, tag=None):
    return list(self.iter(tag))


def restore_element_getchildren():
    """Python 3.9 removed ``Element.getchildren()`` and ``getiterator()`` from
    ``xml.etree.ElementTree``.
    ``/web/webclient/qweb`` (``web/controllers/main.py``) calls it to merge the client
    templates; without it the route answers 500 and the web client is blank.
    The C accelerator's Element type cannot take new methods, so ElementTree is loaded with
    its pure-Python Element (``_elementtree`` blocked) and the method is added there."""
    module = sys.modules.get('xml.etree.ElementTree')
    if module is None or module.Element.__module__ != 'xml.etree.ElementTree':
        sys.modules['_elementtree'] = None
        sys.modules.pop('xml.etree.ElementTree', None)
        sys.modules.pop('xml.etree.cElementTree', None)
        import xml.etree
        import xml.etree.ElementTree as module
        xml.etree.ElementTree = module
    if not hasattr(module.Element, 'getchildren'):
        module.Element.getchildren = _getchildren
    # ``getiterator()`` of elements and trees went with it (OCA ``report_xlsx`` reads the
    # workbooks it writes with it); it returned the list that ``iter()`` walks
    for cls in (module.Element, module.ElementTree):
        if not hasattr(cls, 'getiterator'):
            cls.getiterator = _getiterator


def install():
    alias_collections_abc()
    restore_inspect_argspec()
    restore_base64_string_aliases()
    restore_thread_isalive()
    setrlimit_accepts_floats()
    restore_element_getchildren()
