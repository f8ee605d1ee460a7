"""Run the CLI two ways: in this process (fast, for the many bad inputs) and as a real
subprocess (``python -m carerdesk``), exactly as scripts and agencies will."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass

import pytest

from carerdesk.cli import main


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def last_line(self) -> str:
        return self.out.strip().splitlines()[-1]

    def json(self):
        return json.loads(self.out)


@pytest.fixture
def cli(vault_dir, monkeypatch, capsys):
    """``cli("entry", "list", stdin="pass\\n")`` runs main() against a copy of the vault."""
    def run(*args: str, stdin: str | None = "correct horse battery\n",
            data_dir=vault_dir) -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin or ""))
        argv = ["--data-dir", str(data_dir), *args]
        if stdin is not None:
            argv.insert(0, "--passphrase-stdin")
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: usage errors and --help
            code = exc.code if isinstance(exc.code, int) else 1
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)
    return run


@pytest.fixture
def sub(tmp_path):
    """The real command in a child process, with a private home."""
    env = {**os.environ, "HOME": str(tmp_path / "home"), "CARERDESK_LANG": "en",
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("CARERDESK_DATA_DIR", None)

    def run(*args: str, stdin: str = "", extra_env: dict | None = None) -> Result:
        proc = subprocess.run([sys.executable, "-m", "carerdesk", *args], input=stdin,
                              capture_output=True, text=True, timeout=120,
                              env={**env, **(extra_env or {})})
        return Result(proc.returncode, proc.stdout, proc.stderr)
    return run
