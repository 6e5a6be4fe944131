# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Run a function on a module right after its first import.

Some fixes must change names inside an Odoo module (an opcode whitelist, a module-level
``compile``), which only exist once that module has run. A ``sys.meta_path`` finder wraps the
real loader of the named modules so the patch runs before anyone else sees the module.
"""
import importlib.abc
import sys


class _PatchingLoader(importlib.abc.Loader):
    def __init__(self, loader, patch):
        self._loader = loader
        self._patch = patch

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        self._patch(module)

    def __getattr__(self, name):
        # get_source, get_code, is_package … are used by tracebacks and pkgutil
        return getattr(self._loader, name)


class PostImportFinder(importlib.abc.MetaPathFinder):
    def __init__(self, patches):
        self.patches = dict(patches)

    def find_spec(self, fullname, path, target=None):
        patch = self.patches.get(fullname)
        if patch is None:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, 'find_spec'):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                break
        else:
            return None
        if spec.loader is not None:
            spec.loader = _PatchingLoader(spec.loader, patch)
        return spec


def register(patches):
    """Patch the modules named in ``patches`` (name -> function(module)).

    A module already imported is patched at once."""
    pending = {}
    for name, patch in patches.items():
        module = sys.modules.get(name)
        if module is not None:
            patch(module)
        else:
            pending[name] = patch
    sys.meta_path.insert(0, PostImportFinder(pending))
