"""Real hostile disks, not injected errors: a tmpfs that fills up, one mounted read-only,
and one that is unmounted mid-use (a USB stick pulled out).

Mounting needs root (CI runs as root); ``tests/vault/test_backup.py`` covers the same
failures with injected errors everywhere else.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from helpers import PASSPHRASE

from carerdesk.app.workspace import Workspace
from carerdesk.domain import errors
from carerdesk.domain.values import EntryContent
from carerdesk.text.messages import describe
from carerdesk.vault import backup


def _mount(folder: Path, options: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True)
    return done.returncode == 0


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@pytest.fixture
def disk(tmp_path):
    """Returns ``mount(name, options)``; everything mounted is unmounted afterwards."""
    mounted: list[Path] = []

    def mount(name: str, options: str) -> Path:
        folder = tmp_path / name
        if not _mount(folder, options):
            pytest.skip("this machine does not let the tests mount a tmpfs (needs root)")
        mounted.append(folder)
        return folder

    yield mount
    for folder in reversed(mounted):
        _umount(folder)


def test_backup_to_a_full_disk_says_so_and_leaves_nothing(workspace, vault_dir, disk):
    stick = disk("full-stick", "size=16k")
    with pytest.raises(errors.StorageFailed) as info:
        workspace.backup(stick)
    assert info.value.reason == "full"
    assert "full" in describe(info.value).lower()
    assert list(stick.iterdir()) == []
    workspace.lock()
    Workspace.unlock(vault_dir, PASSPHRASE).lock()


def test_backup_to_a_read_only_disk_says_so(workspace, disk):
    stick = disk("locked-stick", "size=4m,ro")
    with pytest.raises(errors.StorageFailed) as info:
        workspace.backup(stick)
    assert info.value.reason == "read-only"
    assert "read-only" in describe(info.value).lower() or "write" in describe(info.value).lower()


def test_a_stick_pulled_out_between_backups(workspace, disk):
    stick = disk("pulled-stick", "size=8m")
    workspace.set_backup_folder(stick / "CarerDesk")
    first = workspace.backup()
    assert backup.backups_in(stick / "CarerDesk") == [first]
    _umount(stick)
    shutil.rmtree(stick, ignore_errors=True)  # the mount point goes too, as on a desktop
    with pytest.raises(errors.StorageFailed) as info:
        workspace.backup()
    assert info.value.reason == "gone"
    assert "USB" in describe(info.value)
    assert not stick.exists()  # nothing written where the stick used to be
    assert workspace.journal.children()  # the vault itself carries on


def _save_until_full(workspace: Workspace, child_id: str) -> tuple[list[str], errors.StorageFailed]:
    saved: list[str] = []
    for number in range(20_000):
        content = EntryContent(date=dt.date(2026, 1, 1) + dt.timedelta(days=number % 300),
                               child_ids=(child_id,),
                               text=f"Entry {number} " + uuid.uuid4().hex * 40)
        try:
            saved.append(workspace.journal.add_entry(content).id)
        except errors.StorageFailed as exc:
            return saved, exc
    raise AssertionError("the disk never filled")


def test_a_vault_on_a_disk_that_fills_keeps_every_acknowledged_entry(template_vault, disk):
    source, ids = template_vault
    home = disk("small-home", "size=3m")
    folder = home / "vault"
    shutil.copytree(source, folder)
    workspace = Workspace.unlock(folder, PASSPHRASE)
    saved, refused = _save_until_full(workspace, ids["child"])
    assert refused.reason == "full" and "full" in describe(refused).lower()
    assert len(saved) > 10
    with contextlib.suppress(errors.CarerDeskError):
        workspace.lock()
    subprocess.run(["mount", "-o", "remount,size=64m", str(home)], check=True)
    with Workspace.unlock(folder, PASSPHRASE) as reopened:
        reopened.quick_check()
        stored = {e.id for e in reopened.journal.entries(limit=100_000)}
        reopened.journal.add_entry(EntryContent(date=dt.date(2026, 2, 1),
                                                child_ids=(ids["child"],), text="Room again"))
    assert set(saved) <= stored
