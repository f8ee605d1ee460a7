"""Constants and helpers the tests share (conftest.py holds the fixtures)."""

from __future__ import annotations

from pathlib import Path

PASSPHRASE = "correct horse battery"
CHILD_NAME = "Zephyrine Quartermaine"
SECRET_TEXT = "Xylophonic marmalade afternoon"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in a vault folder, byte for byte."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def refused_plainly(cli, folder: Path, *args: str, stdin: str | None = PASSPHRASE + "\n"):
    """Run ``cli(*args)``: it fails (exit 1) with one plain line, no traceback and no
    "Something went wrong", and every file in ``folder`` is as it was. Returns the result."""
    before = snapshot(folder)
    result = cli(*args, stdin=stdin)
    assert result.code == 1, (result.out, result.err[:300])
    assert len(result.err.strip().splitlines()) == 1, result.err[:300]
    assert "Traceback" not in result.err and "Something went wrong" not in result.err
    assert snapshot(folder) == before
    return result
