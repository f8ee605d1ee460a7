"""child voice list through the real command: what a child said on their own page, oldest
first, marked when unfinished, as JSON too; read-only (no command changes it); bad input is
one plain line and exit 1."""

from __future__ import annotations

import datetime as dt

from helpers import CHILD_NAME, PASSPHRASE, refused_plainly

from carerdesk.app.workspace import Workspace
from carerdesk.domain.child_voice import Ask, Face, Feeling, Statement, Wishes

TODAY = dt.date.today()


def _said(folder, child):
    with Workspace.unlock(folder, PASSPHRASE) as ws:
        ws.child_voice.add(child, Feeling(TODAY, Face.VERY_HAPPY, "We went swimming"))
        ws.child_voice.add(child, Wishes(TODAY, "I want to stay at this school"))
        ws.child_voice.add(child, Statement(TODAY, "I did not start the fight", Ask.CHANGE))
        ws.child_voice.add(child, Wishes(TODAY, "And also", unfinished=True))


def test_the_carer_lists_what_the_child_said(cli, vault_dir, vault_ids):
    child = vault_ids["child"]
    empty = cli("child", "voice", "list", "--child", child)
    assert empty.code == 0 and f"Nothing from {CHILD_NAME}'s own page yet." in empty.out
    _said(vault_dir, child)
    listed = cli("child", "voice", "list", "--child", CHILD_NAME)
    assert listed.code == 0, listed.err
    lines = listed.out.strip().splitlines()
    assert lines[0].startswith(f"{TODAY.isoformat()}  How I feel: Really happy: \"We went "
                               "swimming\"")
    assert "Asked for something to be changed: \"I did not start the fight\"" in lines[2]
    assert "(not finished: the page closed before Save)" in lines[3]
    data = cli("child", "voice", "list", "--child", child[:8], "--json").json()
    assert [(d["kind"], d.get("face"), d.get("ask"), d["words"], d["unfinished"])
            for d in data] == [
        ("child-feeling", "very_happy", None, "We went swimming", False),
        ("child-wishes", None, None, "I want to stay at this school", False),
        ("child-statement", None, "change", "I did not start the fight", False),
        ("child-wishes", None, None, "And also", True)]
    assert all(len(d["id"]) == 36 and d["date"] == TODAY.isoformat() for d in data)


def test_bad_input_is_one_plain_line(cli, vault_dir):
    result = refused_plainly(cli, vault_dir, "child", "voice", "list", "--child", "Nobody")
    assert "Nobody" in result.err or "no child" in result.err.lower()
    wrong = refused_plainly(cli, vault_dir, "child", "voice", "list", "--child", "Nobody",
                            stdin="not the passphrase\n")
    assert "passphrase is not right" in wrong.err
    assert cli("child", "voice", "list").code == 1  # --child is needed: a usage error
    assert cli("child", "voice", "amend", "x").code == 1  # there is no way to change it
