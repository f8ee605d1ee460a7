"""Changing the passphrase with the current one checked first: a wrong one changes no byte."""

import pytest
from helpers import PASSPHRASE

from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import WrongPassphrase
from carerdesk.vault.kdf import FLOOR

NEW = "otter lantern quietly 42"


def test_current_passphrase_is_checked_without_reopening(vault_dir):
    ws = Workspace.unlock(vault_dir, PASSPHRASE)
    try:
        assert ws.vault.passphrase_matches(PASSPHRASE)
        assert not ws.vault.passphrase_matches(PASSPHRASE + "x")
        slots_before = (vault_dir / "vault.json").read_bytes()
        with pytest.raises(WrongPassphrase):
            ws.change_passphrase(NEW, NEW, params=FLOOR, current="not it at all")
        assert (vault_dir / "vault.json").read_bytes() == slots_before
        ws.change_passphrase(NEW, NEW, params=FLOOR, current=PASSPHRASE)
    finally:
        ws.lock()
    Workspace.unlock(vault_dir, NEW).lock()
    with pytest.raises(WrongPassphrase):
        Workspace.unlock(vault_dir, PASSPHRASE)
