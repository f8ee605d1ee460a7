"""The build backend's one extra step: compiled translations in every wheel and sdist.

``translations/*.ts`` are the sources (kept in git); the ``.qm`` files the app loads are built
here with the ``lrelease`` that ships in PySide6 (a build requirement in pyproject.toml), into
``carerdesk/translations/`` inside the build, never into the checkout, where
``text/i18n.translations_dir`` would prefer them over the ones ``dev.py`` keeps fresh.
Everything else about the package is declared in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "translations"


def lrelease() -> str:
    """PySide6's own lrelease (what ``pyside6-lrelease`` runs), else one on PATH."""
    spec = importlib.util.find_spec("PySide6")  # found, not imported: no Qt loaded
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    for folder in (spec.submodule_search_locations or []) if spec else []:
        if (Path(folder) / name).is_file():
            return str(Path(folder) / name)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise SystemExit("CarerDesk's build needs PySide6 (its lrelease) to compile "
                         "translations/*.ts")
    return found


def compile_translations(target: Path) -> list[Path]:
    """Every ``translations/*.ts`` compiled to ``target/<name>.qm``; the files made."""
    sources = sorted(SOURCES.glob("*.ts"))
    if not sources:  # a wheel built from an sdist whose .qm files are already in place
        return []
    target.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    made = []
    for ts in sources:
        qm = target / ts.with_suffix(".qm").name
        subprocess.run([tool, "-silent", os.fspath(ts), "-qm", os.fspath(qm)], check=True)
        made.append(qm)
    return made


class BuildPyWithTranslations(build_py):
    """build_py, then the .qm files into the built package (not for an editable install,
    which reads translations/ in the checkout, built by dev.py)."""

    def run(self) -> None:
        super().run()
        if not getattr(self, "editable_mode", False):
            compile_translations(Path(self.build_lib) / "carerdesk" / "translations")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        target = Path(self.build_lib) / "carerdesk" / "translations"
        made = [os.fspath(target / ts.with_suffix(".qm").name) for ts in SOURCES.glob("*.ts")]
        return [*super().get_outputs(include_bytecode), *made]


class SdistWithTranslations(sdist):
    """The sdist carries the .qm files too, so that it installs without running lrelease."""

    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        compile_translations(Path(base_dir) / "src" / "carerdesk" / "translations")


setup(cmdclass={"build_py": BuildPyWithTranslations, "sdist": SdistWithTranslations})
