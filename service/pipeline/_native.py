"""Which pipeline modules run compiled, and the guard that keeps a stale build from running.

setup.py compiles the busiest modules with Cython where a C compiler is present, and records
the SHA-256 of each one's source in ``_built.py``. An editable install leaves the compiled
files beside the sources, so after an edit the compiled module would still be imported (an
extension module is found before a source file of the same name): ``use_current_sources``
makes every module whose source no longer matches its build, or every compiled module when
QUOTES_PURE_PYTHON=1, load from its source instead. It runs before the pipeline imports its
modules.
"""
from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Mapping
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = __name__.rpartition(".")[0]
# The interpreter's own first (".cpython-311-x86_64-linux-gnu.so"), the bare ".so" last.
SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def built_hashes() -> dict[str, str]:
    """Return {module: SHA-256 of its source when it was compiled}, or {} with no build."""
    try:
        from ._built import SOURCES
    except ImportError:
        return {}
    return dict(SOURCES)


def compiled_modules() -> set[str]:
    """Return the modules that have both an extension file and a source beside it."""
    found = set()
    for path in HERE.iterdir():
        suffix = next((s for s in SUFFIXES if path.name.endswith(s)), None)
        if suffix is not None and (HERE / (path.name[:-len(suffix)] + ".py")).is_file():
            found.add(path.name[:-len(suffix)])
    return found


def cimported() -> dict[str, set[str]]:
    """Return {module: the pipeline modules it cimports}, read from the .pxd files beside the
    sources (``from service.pipeline.tokens cimport Tok``)."""
    found: dict[str, set[str]] = {}
    for path in HERE.glob("*.pxd"):
        for line in path.read_text(encoding="utf-8").splitlines():
            words = line.split()
            if len(words) > 2 and words[0] == "from" and words[2] == "cimport" \
                    and words[1].startswith(PACKAGE + "."):
                found.setdefault(path.stem, set()).add(words[1].rpartition(".")[2])
    return found


def stale(compiled: set[str], built: Mapping[str, str], sources: Mapping[str, str],
          pure: bool = False, cimports: Mapping[str, set[str]] | None = None) -> set[str]:
    """Return the compiled modules that must load from source: all of them when ``pure``,
    else those whose source hash (``sources``) is not the one recorded at build, and those
    that cimport one of these (``cimports``: {module: modules it cimports}): a compiled module
    reads the C fields of the types it cimports, which the source's classes do not have."""
    if pure:
        return set(compiled)
    names = {name for name in compiled if built.get(name) is None
             or built[name] != sources.get(name)}
    while True:
        more = {name for name in compiled - names
                if (cimports or {}).get(name, set()) & names}
        if not more:
            return names
        names |= more


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Find the listed modules of this package in their ``.py`` files."""

    def __init__(self, names: set[str]) -> None:
        self.names = frozenset(names)

    def find_spec(self, fullname, path=None, target=None):
        package, _, name = fullname.rpartition(".")
        if package != PACKAGE or name not in self.names:
            return None
        return importlib.util.spec_from_file_location(fullname, HERE / f"{name}.py")


def use_current_sources() -> set[str]:
    """Make stale compiled modules (or all, under QUOTES_PURE_PYTHON=1) load from source.

    Return the modules that will load from source although compiled files exist.
    """
    compiled = compiled_modules()
    if not compiled:
        return set()
    pure = os.environ.get("QUOTES_PURE_PYTHON") == "1"
    sources = {} if pure else {
        name: hashlib.sha256((HERE / f"{name}.py").read_bytes()).hexdigest()
        for name in compiled}
    names = stale(compiled, built_hashes(), sources, pure, {} if pure else cimported())
    if names and not any(isinstance(f, _SourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder(names))
    return names


def running_compiled() -> list[str]:
    """Return the pipeline modules imported so far that run as compiled extensions."""
    return sorted(name.rpartition(".")[2] for name, module in list(sys.modules.items())
                  if name.startswith(PACKAGE + ".")
                  and str(getattr(module, "__file__", "") or "").endswith(SUFFIXES))
