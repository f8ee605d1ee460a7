"""Every file CarerDesk writes is its owner's only: the vault, backups, PDFs, key files and the
log, whatever the umask says."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cli_fixtures import cli  # noqa: F401 (the fixture)
from helpers import CHILD_NAME

from carerdesk.app import logs


def _open_to_others(*folders: Path) -> list[str]:
    found = []
    for folder in folders:
        for path in [folder, *folder.rglob("*")]:
            if path.is_symlink() or not path.exists():
                continue
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & 0o077:
                found.append(f"{path} {oct(mode)}")
    return found


def test_what_the_cli_writes_is_owner_only(cli, vault_dir, tmp_path):  # noqa: F811
    old = os.umask(0o022)  # a usual desktop umask: files 0644 unless we say otherwise
    try:
        out = tmp_path / "out"
        out.mkdir(mode=0o700)
        assert cli("entry", "add", "--child", CHILD_NAME, "--text", "A walk").code == 0
        assert cli("backup", "--out", str(out / "backups")).code == 0
        assert cli("lifestory", "pdf", "--child", CHILD_NAME, "--out", str(out / "book.pdf"),
                   ).code in (0, 1)  # a child with no pages yet says so; anything written counts
        assert cli("keys", "export-public", "--out", str(out / "me.key")).code == 0
        logs._logger().info("a line")
    finally:
        os.umask(old)
    assert (out / "me.key").exists() and any((out / "backups").iterdir())
    assert _open_to_others(vault_dir, out, logs.log_dir()) == []
