"""What must hold after a kill during a restore, a backup or an import: the vault is found
(never "no vault"), opens with the passphrase, passes its integrity check, and holds all
that was acknowledged before the kill."""

from __future__ import annotations

from pathlib import Path

from carerdesk.app.locations import vault_exists
from carerdesk.app.workspace import Workspace
from carerdesk.vault import backup, restore


def check_found_and_sound(folder: Path, passphrase: str) -> Workspace:
    """As a person meets it: the window's first look, the command's check, the unlock."""
    assert vault_exists(folder), "locked out: no vault after the kill"
    Workspace.check_files(folder)
    workspace = Workspace.unlock(folder, passphrase)
    try:
        assert workspace.status().problems == ()
    except BaseException:
        workspace.lock()
        raise
    return workspace


def check_restored(folder: Path, passphrase: str, allowed: set[int], finished_with: int | None
                   = None) -> int:
    """After a kill mid-restore: the vault is the one before or the one restored (told by its
    number of children), the restored one if the restore returned; nothing half-done left
    beside it. Returns the number of children."""
    with check_found_and_sound(folder, passphrase) as workspace:
        children = len(workspace.journal.children())
    assert children in allowed, f"{children} children: neither the old vault nor the backup"
    if finished_with is not None:
        assert children == finished_with, "an acknowledged restore was undone"
    assert not restore.intent_file(folder).exists()
    left = [p.name for p in folder.parent.glob(f".{folder.name}-restore-*")]
    assert not left, f"staging left behind: {left}"
    return children


def check_backups(folder: Path, passphrase: str, backups: Path, acknowledged: list[str],
                  keep: int) -> None:
    """After a kill mid-backup: the vault is sound, the newest ``keep - 1`` acknowledged
    backups are there (one more, named but not yet acknowledged, may have pushed the oldest
    out), and the newest backup of this vault (whatever the kill left) verifies."""
    with check_found_and_sound(folder, passphrase) as workspace:
        found = backup.backups_in(backups, workspace.vault.vault_id)
        missing = [p for p in acknowledged[len(acknowledged) - keep + 1:] if Path(p) not in found]
        assert not missing, f"acknowledged backups lost: {missing}"
        if found:
            backup.verify_backup(found[0], workspace.vault.check_copy)


def check_imported(folder: Path, passphrase: str, acknowledged: list[str]) -> int:
    """After a kill mid-import: every acknowledged report is in the inbox; returns how many
    reports the inbox holds."""
    with check_found_and_sound(folder, passphrase) as workspace:
        held = {item.package_id for item in workspace.exchange.reports()}
    missing = [p for p in acknowledged if p not in held]
    assert not missing, f"acknowledged imports lost: {missing}"
    return len(held)
