"""Translations in every build: the sdist and the wheel made by the build backend from a clean
copy of the tree (what a fresh clone holds: no .qm files, which git ignores) carry every
compiled translation, and an installed wheel passes ``carerdesk selftest``."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]


def _run(*cmd: str | Path, cwd: Path, env: dict[str, str] | None = None, timeout: int = 300):
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True,
                            env=env, timeout=timeout)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, list[str]]:
    """sdist and wheel (the wheel built from the sdist, as pip and PyPI do), and the names of
    the translations the tree holds."""
    tree = tmp_path_factory.mktemp("clean") / "carerdesk"
    tree.mkdir()
    archive = subprocess.run(["git", "archive", "HEAD"], cwd=ROOT, capture_output=True,
                             check=True).stdout
    subprocess.run(["tar", "-x"], input=archive, cwd=tree, check=True)
    assert not list(tree.rglob("*.qm")), "a clean tree has no compiled translations"
    names = sorted(ts.stem for ts in (tree / "translations").glob("*.ts"))
    out = tree.parent / "dist"
    # Offline, with the test environment's own setuptools and PySide6 (build's check would
    # insist on the newest setuptools pyproject.toml asks of an isolated build).
    _run(sys.executable, "-m", "build", "--no-isolation", "--skip-dependency-check",
         "--outdir", out, cwd=tree)
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return sdist, wheel, names


def test_the_tree_has_translations_to_build(built):
    _, _, names = built
    assert {"carerdesk_cy", "carerdesk_en"} <= set(names)


def test_the_wheel_carries_every_compiled_translation(built, tmp_path):
    _, wheel, names = built
    with zipfile.ZipFile(wheel) as archive:
        inside = set(archive.namelist())
        for name in names:
            member = f"carerdesk/translations/{name}.qm"
            assert member in inside, f"{member} missing from {wheel.name}"
            (tmp_path / f"{name}.qm").write_bytes(archive.read(member))
    for name in names:  # real Qt translation files, not empty stand-ins
        assert QTranslator().load(str(tmp_path / f"{name}.qm")), name


def test_the_sdist_carries_sources_and_compiled_translations(built):
    sdist, _, names = built
    with tarfile.open(sdist) as archive:
        inside = {member.split("/", 1)[1] for member in archive.getnames() if "/" in member}
    for name in names:
        assert f"translations/{name}.ts" in inside
        assert f"src/carerdesk/translations/{name}.qm" in inside
    assert "setup.py" in inside


def test_an_installed_wheel_passes_its_selftest(built, tmp_path):
    _, wheel, _ = built
    site = tmp_path / "site"
    _run(sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--target", site, wheel, cwd=tmp_path)
    # The installed copy first on the path, ahead of the checkout's editable install.
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    where = _run(sys.executable, "-c", "import carerdesk.text.i18n as t; "
                 "print(t.translations_dir())", cwd=tmp_path, env=env).stdout.strip()
    assert Path(where) == site / "carerdesk" / "translations"
    result = _run(sys.executable, "-m", "carerdesk", "selftest", cwd=tmp_path, env=env)
    assert "ok    translations present" in result.stdout
    assert "0 failed" in result.stdout
