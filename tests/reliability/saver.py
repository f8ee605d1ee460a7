"""A child process for the kill tests: saves entries (or changes the passphrase) in a loop and
prints an acknowledgement after each save returns. The parent kills it with SIGKILL at a
random moment, then checks the vault.

    python saver.py VAULT entries CHILD_ID PASSPHRASE TAG
    python saver.py VAULT passwd CURRENT_PASSPHRASE NEW_PREFIX
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from carerdesk.app.workspace import Workspace
from carerdesk.domain.values import EntryContent
from carerdesk.vault import Vault
from carerdesk.vault.kdf import FLOOR


def save_entries(folder: Path, child: str, passphrase: str, tag: str) -> None:
    workspace = Workspace.unlock(folder, passphrase)
    n = 0
    while True:
        n += 1
        workspace.journal.add_entry(EntryContent(date=dt.date(2026, 1, 1), child_ids=(child,),
                                                 text=f"acknowledged entry {tag} {n}"))
        print(n, flush=True)


def change_passphrases(folder: Path, current: str, prefix: str) -> None:
    """Change to "<prefix> 1", "<prefix> 2", ...; print each number once it is written."""
    vault = Vault.unlock(folder, current)
    n = 0
    while True:
        n += 1
        new = f"{prefix} {n}"
        vault.change_passphrase(new, new, params=FLOOR)
        print(n, flush=True)


if __name__ == "__main__":
    folder, mode = Path(sys.argv[1]), sys.argv[2]
    print("ready", flush=True)
    if mode == "entries":
        save_entries(folder, sys.argv[3], sys.argv[4], sys.argv[5])
    else:
        change_passphrases(folder, sys.argv[3], sys.argv[4])
