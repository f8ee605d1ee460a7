"""Locked means locked: after a lock every service refuses, the key bytes are overwritten,
no connection can be made, and only then is the vault free for another process. A crash
writes no core file."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from helpers import PASSPHRASE

from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import VaultLocked
from carerdesk.domain.values import EntryContent


def test_after_a_lock_every_service_refuses(workspace, vault_ids):
    key = workspace.vault._key  # the very bytes the database key lives in
    assert any(key)
    workspace.lock()
    assert not any(key) and workspace.vault.is_locked
    with pytest.raises(VaultLocked):
        workspace.journal.children()
    with pytest.raises(VaultLocked):
        workspace.journal.add_entry(EntryContent(date=dt.date(2026, 11, 2),
                                                 child_ids=(vault_ids["child"],), text="late"))
    with pytest.raises(VaultLocked):
        workspace.lifestory.pages(vault_ids["child"])
    with pytest.raises(VaultLocked):
        workspace.exchange.recipients()
    with pytest.raises(VaultLocked):
        _ = workspace.vault.engine


def test_an_engine_kept_from_before_the_lock_cannot_connect(workspace):
    engine = workspace.vault.engine
    workspace.lock()
    with pytest.raises(VaultLocked):
        engine.connect()


def test_the_vault_is_free_only_after_the_lock(workspace, vault_dir):
    from carerdesk.domain.errors import VaultInUse

    with pytest.raises(VaultInUse):
        Workspace.unlock(vault_dir, PASSPHRASE)
    workspace.lock()
    again = Workspace.unlock(vault_dir, PASSPHRASE)
    assert again.journal.children()
    again.lock()


def test_a_saved_entry_is_there_after_lock_and_unlock(workspace, vault_dir, vault_ids):
    workspace.journal.add_entry(EntryContent(date=dt.date(2026, 11, 2),
                                             child_ids=(vault_ids["child"],), text="kept"))
    workspace.lock()
    again = Workspace.unlock(vault_dir, PASSPHRASE)
    assert any(e.content.text == "kept" for e in again.journal.entries())
    again.lock()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the limits are Linux's")
def test_carerdesk_turns_core_dumps_off_at_start(tmp_path):
    """The CLI's first act; a process that then crashes leaves no core file."""
    probe = (  # the real entry point, then a crash as a segfault would make one
        "import os, resource, signal\n"
        "from carerdesk import cli\nfrom carerdesk.app import hardening\n"
        "try:\n    cli.main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), hardening.is_dumpable(), flush=True)\n"
        "os.kill(os.getpid(), signal.SIGSEGV)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.splitlines()[-1] == "(0, 0) False"
    assert done.returncode == -11  # it did crash
    assert not list(tmp_path.glob("core*"))  # and wrote no core
