"""Shared fixtures: vaults made once at the cheapest Argon2 cost the slot format allows,
and copied for each test (a real unlock still runs Argon2id on every open)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
from pathlib import Path

import pytest

pytest_plugins = ["cli_fixtures"]

_SCREEN = Path(__file__).parent / "fixtures" / "screens" / os.environ.get(
    "CARERDESK_TEST_SCREEN", "laptop-1366x768.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":  # a laptop-sized screen
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ["CARERDESK_LANG"] = "en"

from helpers import CHILD_NAME, PASSPHRASE, SECRET_TEXT  # noqa: E402

from carerdesk.app.workspace import Workspace  # noqa: E402
from carerdesk.domain.dimensions import Dimension  # noqa: E402
from carerdesk.domain.values import EntryContent, Observation  # noqa: E402
from carerdesk.vault.kdf import FLOOR  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp):
    """The QApplication made first: a command run in-process makes only a bare core app for
    its translations when none exists, and a widget test after it needs the full one.
    Cycles are collected on the GUI thread only, as the app does."""
    from carerdesk.gui.common import collector

    collector.install()
    yield qapp


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory, monkeypatch):
    """Logs, settings, presets and the default vault folder: a temp place, never the
    user's or the machine's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    # The machine's own agency preset (/etc/xdg/CarerDesk/...) is never read by a test.
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(home / "system-config"))
    monkeypatch.delenv("CARERDESK_PRESET", raising=False)
    monkeypatch.delenv("CARERDESK_DATA_DIR", raising=False)
    from carerdesk.app import preset

    preset.unpin()
    yield
    preset.unpin()


@pytest.fixture(autouse=True)
def _no_surprise_message_boxes(monkeypatch):
    """A modal box nobody answers would hang the suite: fail with its text instead.
    Tests that expect one patch it again themselves."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args, **kwargs):
        raise AssertionError(f"an unexpected message box: {args[1:3]}")

    for name in ("warning", "question", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("CarerDesk tried to use the network")

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def _make_template(folder: Path) -> dict[str, str]:
    workspace, recovery_key = Workspace.create(folder, PASSPHRASE, PASSPHRASE, params=FLOOR)
    try:
        child = workspace.journal.add_child(CHILD_NAME, dt.date(2016, 4, 2), dt.date(2024, 1, 8))
        entry = workspace.journal.add_entry(EntryContent(
            date=dt.date(2026, 11, 1), child_ids=(child.id,), text=SECRET_TEXT,
            observations={Dimension.SENSITIVITY: Observation("We named the worry together",
                                                             rating=6)},
            voice="I was cross but now I am fine"))
    finally:
        workspace.lock()
    return {"recovery_key": recovery_key, "child": child.id, "entry": entry.id}


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("template") / "vault"
    return folder, _make_template(folder)


@pytest.fixture
def vault_dir(template_vault, tmp_path) -> Path:
    """A fresh copy of a small vault: one child, one entry; see ``vault_ids``."""
    source, _ = template_vault
    target = tmp_path / "vault"
    shutil.copytree(source, target)
    return target


@pytest.fixture
def vault_ids(template_vault) -> dict[str, str]:
    return template_vault[1]


@pytest.fixture
def workspace(vault_dir):
    ws = Workspace.unlock(vault_dir, PASSPHRASE)
    yield ws
    ws.lock()

