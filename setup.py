"""Build hook: the extraction stages (``eventwire.extract``) compiled to C with mypyc.

The stages are thousands of small rule functions an article, pure Python that mypyc compiles
without a change of meaning (the package passes ``mypy --strict``); compiled, the events stage
takes about 57% of its time and the actors stage about 68%. Everything else is declared in
pyproject.toml.

A wheel or a plain ``pip install .`` compiles; an editable install (``pip install -e .``)
does not, so that an edited module is the one that runs. ``EVENTWIRE_PURE_PYTHON=1`` skips
the compiler, and a build whose compiler fails installs the pure-Python modules instead, with a
warning: the ``.py`` files ship in every wheel, and a missing extension changes only speed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.errors import CCompilerError, CompileError, ExecError, LinkError, PlatformError

COMPILED = "src/eventwire/extract"
# setup.py commands that build code; metadata steps (egg_info, dist_info) need no compiler
BUILDING = frozenset(("bdist_wheel", "build", "build_ext", "install"))
BUILD_ERRORS = (CCompilerError, CompileError, ExecError, LinkError, PlatformError, OSError)
# mypyc type-checks with pyproject's [tool.mypy], but blind to whatever the target environment
# happens to hold already (pip builds before it installs the dependencies): third-party types
# are Any, so a type: ignore that spaCy's stubs need elsewhere is no error. The stages import
# nothing outside the standard library and eventwire.
MYPY_FLAGS = ("--no-site-packages", "--ignore-missing-imports", "--no-warn-unused-ignores")


class OptionalBuildExt(build_ext):
    """``build_ext`` that falls back to the pure-Python modules when the C build fails."""

    def run(self) -> None:
        try:
            super().run()
        except BUILD_ERRORS as error:
            for output in self.get_outputs():  # no half-built extension may ship
                Path(output).unlink(missing_ok=True)
            self.extensions = []
            print(
                f"warning: eventwire's compiled stages failed to build ({error}); "
                "installing the pure-Python modules, which are slower",
                file=sys.stderr,
            )


def ext_modules() -> list[Any]:
    """mypyc's extensions for every module under ``COMPILED``, or none where not building."""
    if os.environ.get("EVENTWIRE_PURE_PYTHON") or "editable_wheel" in sys.argv:
        return []
    if not BUILDING.intersection(sys.argv):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return []
    paths = sorted(str(p) for p in Path(COMPILED).rglob("*.py"))
    try:
        return list(mypycify([*MYPY_FLAGS, *paths], group_name="eventwire_stages", opt_level="3"))
    except (Exception, SystemExit) as error:  # mypyc reports its own failures by exiting
        print(f"warning: mypyc could not compile eventwire's stages ({error})", file=sys.stderr)
        return []


setup(ext_modules=ext_modules(), cmdclass={"build_ext": OptionalBuildExt})
