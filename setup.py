"""Compile the pipeline's busiest modules to C with Cython where a C compiler is present.

pyproject.toml holds the project's metadata; this file only adds the extension modules. The
modules are the same Python source, compiled unchanged (the type hints of six of them
compiled too: see TYPED), so the compiled pipeline gives exactly what the source gives, a
fifth faster. Without a compiler (or if it fails) the build warns and installs the pure Python
pipeline. QUOTES_PURE_PYTHON=1 skips the compilation.

The SHA-256 of each compiled source is written to service/pipeline/_built.py, so a module
whose source was edited after the build runs from its source (service/pipeline/_native.py).
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

# Compiling these takes about 90 % of the pipeline's instructions through C; the others
# (lexicon data, the model's dataclasses, matching) gain nothing measurable.
COMPILED = ("speakers", "tokens", "attribution", "cues", "quotes", "sourcing", "identity")
# In these, Cython compiles the type hints too ("annotation_typing"): a parameter hinted str
# is then read with C calls rather than method lookups (6.8% of a pass's instructions), and
# a value of another type is refused (TypeError), never converted, except that a bool hint
# makes any value True or False and an int hint makes True 1. Their hints hold: mypy finds
# no mismatch on a hinted builtin type, and the compiled output equals the source's
# (tests/pipeline/test_native.py). Cython refuses subclasses of str, so ``extract`` hands
# the pipeline plain str. (A hint that was loose did show: speakers.py's list of
# (offset, rank, mention) hinted its int rank bool, so every rank read as True and a pronoun
# went to the wrong person in 9 of 300 dev texts.) identity.py takes the service's values
# (names read back from the database) and gains little (0.4% of a pass): it stays untyped.
TYPED = frozenset({"tokens", "attribution", "cues", "quotes", "sourcing", "speakers"})
PIPELINE = Path("service") / "pipeline"
# A module's .pxd file beside it (tokens.pxd) augments it when compiled: its classes become
# extension types with C fields. Python never reads these files.


def extensions() -> list[Extension]:
    """The compiled modules, or none when QUOTES_PURE_PYTHON=1."""
    if os.environ.get("QUOTES_PURE_PYTHON") == "1":
        return []
    from Cython.Build import cythonize

    hashes = {name: hashlib.sha256((PIPELINE / f"{name}.py").read_bytes()).hexdigest()
              for name in COMPILED}
    (PIPELINE / "_built.py").write_text(
        '"""Written by setup.py: the SHA-256 of each compiled module\'s source at build."""\n'
        f"SOURCES = {hashes!r}\n", encoding="utf-8")
    def compiled(names: list[str], typed: bool) -> list[Extension]:
        modules = [
            # -O2 without debug symbols: the interpreter's own flags (-O3 -g) double the build
            # time for no measurable gain here.
            Extension(f"service.pipeline.{name}", [str(PIPELINE / f"{name}.py")],
                      extra_compile_args=["-O2", "-g0"])
            for name in names
        ]
        # The C files of each kind in a directory of their own: Cython regenerates a C file
        # only when its source is newer, so a module moved between kinds must not find the
        # other kind's.
        kind = "typed" if typed else "plain"
        return cythonize(modules, quiet=True, build_dir=f"build/cython-{kind}",
                         compiler_directives={"language_level": 3, "annotation_typing": typed,
                                              "binding": False})

    return (compiled([n for n in COMPILED if n in TYPED], True)
            + compiled([n for n in COMPILED if n not in TYPED], False))


class BuildOptionalExt(build_ext):
    """Build each extension if it can be built; a module that cannot stays Python.

    (setuptools' own ``optional=True`` lets the error of a missing compiler through when
    extensions are built in parallel.)
    """

    def build_extension(self, ext: Extension) -> None:
        try:
            super().build_extension(ext)
        except Exception as error:   # no compiler, or a compile error: the source still runs
            self.warn(f"{ext.name} not compiled, it runs as Python ({error})")


setup(ext_modules=extensions(), cmdclass={"build_ext": BuildOptionalExt},
      options={"build_ext": {"parallel": os.cpu_count() or 1}})
