"""The carer's own spelling dictionary: kept in the vault (encrypted, never a file beside
it), across a lock, with bad words refused plainly."""

from __future__ import annotations

import pytest
from helpers import PASSPHRASE

from carerdesk.app.workspace import Workspace
from carerdesk.domain.input_errors import EmptyValue, InvalidInput, TooLong
from carerdesk.text.messages import describe


def _files(folder):
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_words_are_kept_inside_the_vault_across_a_lock(vault_dir, tmp_path):
    before = {p for p in tmp_path.rglob("*") if p.is_file()}
    ws = Workspace.unlock(vault_dir, PASSPHRASE)
    try:
        assert ws.spelling_words.words() == frozenset()
        assert ws.spelling_words.add("  Zumbaroo ") == {"Zumbaroo"}
        assert ws.spelling_words.add("Zumbaroo") == {"Zumbaroo"}  # once only
        ws.spelling_words.add("Oyelaran")
    finally:
        ws.lock()
    outside = {p for p in tmp_path.rglob("*") if p.is_file()} - before
    assert all(vault_dir in p.parents for p in outside)  # nothing written beside the vault
    for path, data in _files(vault_dir).items():
        assert b"Zumbaroo" not in data and "Zumbaroo".encode("utf-16-le") not in data, path
    ws = Workspace.unlock(vault_dir, PASSPHRASE)
    try:
        assert ws.spelling_words.words() == {"Zumbaroo", "Oyelaran"}
        assert ws.spelling_words.remove("Oyelaran") == {"Zumbaroo"}
        assert ws.spelling_words.remove("never added") == {"Zumbaroo"}
    finally:
        ws.lock()


@pytest.mark.parametrize(("word", "error", "says"), [
    ("   ", EmptyValue, "The word for your dictionary is empty."),
    ("two words", InvalidInput, "The word for your dictionary is not valid."),
    ("x" * 65, TooLong, "The word for your dictionary is too long"),
])
def test_bad_words_are_refused_and_nothing_is_written(workspace, word, error, says):
    with pytest.raises(error) as caught:
        workspace.spelling_words.add(word)
    assert describe(caught.value).startswith(says)
    assert word.strip() not in describe(caught.value) or not word.strip()
    assert workspace.spelling_words.words() == frozenset()
