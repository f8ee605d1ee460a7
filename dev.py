#!/usr/bin/env python3
"""Set up and run CarerDesk from a fresh clone, with nothing installed by hand.

    python3 dev.py start [ARGS...]   set up, then start the app (ARGS go to `carerdesk`)
    python3 dev.py test [ARGS...]    set up, then check the layers and run the tests
    python3 dev.py translations      refresh translations/*.ts from the sources

Setting up means: a virtual environment in .venv, the project and its test tools installed
into it from PyPI (again only when pyproject.toml changes), and the .qm translations built.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".carerdesk-installed"
TRANSLATIONS = ROOT / "translations"


def run(*cmd: str | Path, **kw) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, **kw)


def setup() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs on any python3 found, even old
        sys.exit("CarerDesk needs Python 3.11 or newer; this is " + sys.version.split()[0])
    if not PYTHON.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        run(PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", ".[dev]")
        STAMP.write_text(wanted)
    build_translations()


# Debian packages the tests use: command -> package.
SYSTEM_TOOLS = {"pdftotext": "poppler-utils", "pdftoppm": "poppler-utils",
                "pdffonts": "poppler-utils", "pdfimages": "poppler-utils",
                "age": "age",  # the reference age tool opens our report packages in a test
                # tests/packaging builds the Windows MSI with wixl and reads it with msitools
                "wixl": "wixl", "wixl-heat": "wixl", "msibuild": "msitools",
                "msiinfo": "msitools", "msiextract": "msitools"}
# tests/accessibility runs the real app under Xvfb with a session bus and the AT-SPI bus,
# and walks it with pyatspi; Qt's X11 platform needs the xcb libraries. Packages with no
# command to look for (libraries, Python modules) are checked with dpkg.
ACCESSIBILITY_TOOLS = {"Xvfb": "xvfb", "xauth": "xauth", "dbus-daemon": "dbus"}
SYSTEM_TOOLS.update(ACCESSIBILITY_TOOLS)  # (no |=: dev.py must start on an old python)
ACCESSIBILITY_PACKAGES = ("at-spi2-core", "python3-pyatspi", "gir1.2-atspi-2.0",
                          "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
                          "libxcb-image0", "libxcb-render-util0", "libxcb-shape0",
                          "libxcb-randr0", "libxcb-xinerama0", "libxcb-xkb1",
                          "libxkbcommon-x11-0", "libgl1", "libegl1", "libfontconfig1")
SYSTEM_PACKAGES = ACCESSIBILITY_PACKAGES


def missing_packages(tools: dict[str, str], packages: tuple[str, ...] = ()) -> list[str]:
    """The Debian packages not here: a tool not on PATH, or a package dpkg has not got."""
    missing = {pkg for tool, pkg in tools.items() if not shutil.which(tool)}
    if not shutil.which("dpkg-query"):
        return sorted(missing.union(packages))
    for package in packages:
        status = subprocess.run(["dpkg-query", "-W", "-f=${db:Status-Status}", package],
                                capture_output=True, text=True).stdout
        if status.strip() != "installed":
            missing.add(package)
    return sorted(missing)


def can_install() -> bool:
    return bool(shutil.which("apt-get")) and hasattr(os, "geteuid") and os.geteuid() == 0


def ensure_system_tools(tools: dict[str, str] = SYSTEM_TOOLS,
                        packages: tuple[str, ...] = SYSTEM_PACKAGES) -> list[str]:
    """Install the Debian tools the tests need, where we may (root with apt-get).
    Returns the packages still missing."""
    missing = missing_packages(tools, packages)
    if not missing:
        return []
    if can_install():
        run("apt-get", "update", "-q")
        run("apt-get", "install", "-y", "-q", *missing, env={**os.environ,
                                                              "DEBIAN_FRONTEND": "noninteractive"})
    else:
        print("Some tests need these system packages: " + " ".join(missing), file=sys.stderr)
    return missing_packages(tools, packages)


def build_translations() -> None:
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    if sources:
        lrelease = BIN / "pyside6-lrelease"
        for ts in sources:
            run(lrelease, "-silent", ts, "-qm", ts.with_suffix(".qm"))


def update_translations() -> None:
    sources = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "src").rglob("*.py"))]
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        # English needs only its plurals ("1 entry", "2 entries"): the source is English.
        only = ["-pluralonly"] if ts.stem.endswith("_en") else []
        run(BIN / "pyside6-lupdate", "-no-obsolete", *only, *sources, "-ts", ts)
    write_english_plurals()


def english_plurals(ts: Path) -> str:
    """carerdesk_en.ts's plural forms as JSON, so that English needs no Qt (see i18n.py)."""
    import json
    import xml.etree.ElementTree as ET

    forms: dict[str, dict[str, list[str]]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found = [f.text or "" for f in message.iter("numerusform")]
            if message.get("numerus") == "yes" and all(found):
                forms.setdefault(name, {})[message.findtext("source") or ""] = found
    return json.dumps(forms, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_english_plurals() -> None:
    target = ROOT / "src" / "carerdesk" / "resources" / "plurals_en.json"
    target.write_text(english_plurals(TRANSLATIONS / "carerdesk_en.ts"), encoding="utf-8")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("start", "test", "translations"):
        print(__doc__)
        return 2
    setup()
    command, rest = argv[0], argv[1:]
    if command == "translations":
        update_translations()
        return 0
    if command == "start":
        return subprocess.run([str(BIN / "carerdesk"), *rest], cwd=ROOT).returncode
    ensure_system_tools()
    run(BIN / "ruff", "check", "--quiet", "src", "tests", "benchmarks", "tools", "dev.py")
    run(BIN / "lint-imports")
    run(BIN / "mypy")  # what and how strictly: [tool.mypy] in pyproject.toml
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
