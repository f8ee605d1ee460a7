"""A kill at every rename and sync of a restore (fault injection, as the audit did with
``strace -e inject=...:signal=KILL:when=N``): the vault is always found and opens, as it was
or as restored, and a start finishes what the kill cut short. Then a few random kills during
restores and backups; benchmarks/stress_kill.py runs a thousand."""

import os
import random
import shutil

import pytest
from helpers import PASSPHRASE
from kill_checks import check_backups, check_restored
from killing import fork_and_kill, fork_and_wait, kill_at

from carerdesk.app.workspace import Workspace
from carerdesk.vault import restore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL are POSIX")


@pytest.fixture
def restorable(workspace, vault_dir, tmp_path):
    """A backup with one child, and a vault that has two by now."""
    made = workspace.backup(tmp_path / "backups")
    workspace.journal.add_child("Written after the backup")
    workspace.lock()
    template = tmp_path / "template"
    shutil.copytree(vault_dir, template)
    return made, template


def _fresh(template, tmp_path, n):
    folder = tmp_path / f"trial{n}" / "vault"
    shutil.copytree(template, folder)
    return folder


def test_a_kill_at_every_rename_and_sync_of_a_restore(cli, restorable, tmp_path):
    made, template = restorable
    between_renames = 0
    n = 0
    while True:
        n += 1
        folder = _fresh(template, tmp_path, n)

        def work(ack, n=n, folder=folder):
            kill_at(n)
            Workspace.restore(made, folder, passphrase=PASSPHRASE)
        trial = fork_and_wait(work)
        if not trial.killed:
            assert trial.finished
            assert check_restored(folder, PASSPHRASE, {1}, finished_with=1) == 1
            break
        if not folder.exists():  # the audit's "no vault": now finished at the next start
            between_renames += 1
            assert restore.intent_file(folder).exists()
            if between_renames == 1:  # as a person meets it: the next command just works
                shown = cli("child", "list", "--json", data_dir=folder)
                assert shown.code == 0, shown.err
                assert len(shown.json()) == 1
            # and a restore after the kill goes through
            Workspace.restore(made, folder, passphrase=PASSPHRASE)
        check_restored(folder, PASSPHRASE, {1, 2})
    print(f"{n - 1} kills, {between_renames} between the renames")
    assert n > 12, f"only {n - 1} renames and syncs: the injection missed the restore"
    assert between_renames >= 1


def test_random_kills_during_restores(restorable, tmp_path):
    made, template = restorable
    rng = random.Random(13)
    for n in range(4):
        folder = _fresh(template, tmp_path, n)

        def work(ack, folder=folder):
            Workspace.restore(made, folder, passphrase=PASSPHRASE)
            ack("restored")
        trial = fork_and_kill(work, rng, max_delay=0.5, from_start=True)
        check_restored(folder, PASSPHRASE, {1, 2}, finished_with=1 if trial.acknowledged
                       else None)


def test_random_kills_during_backups(vault_dir, tmp_path):
    rng = random.Random(5)
    backups, acknowledged = tmp_path / "backups", []
    for _ in range(4):
        def work(ack):
            with Workspace.unlock(vault_dir, PASSPHRASE) as workspace:
                while True:
                    ack(str(workspace.backup(backups, keep=3)))
        trial = fork_and_kill(work, rng, max_delay=0.6, from_start=True)
        acknowledged += trial.acknowledged
        check_backups(vault_dir, PASSPHRASE, backups, acknowledged, keep=3)
