"""A name of only spaces is refused by the command line as by the wizard: plainly, changing
nothing."""

import pytest
from helpers import snapshot

PASS = "correct horse battery\n"


@pytest.mark.parametrize("blank", ["   ", "\t", " \u00a0 "])
def test_child_add_with_a_blank_name_is_refused(cli, vault_dir, blank):
    before = snapshot(vault_dir)
    result = cli("child", "add", "--name", blank, stdin=PASS)
    assert result.code == 1, (result.out, result.err)
    assert result.err.strip() == "The name is empty. Please write something."
    assert "Traceback" not in result.err and result.out == ""
    assert snapshot(vault_dir) == before
    listed = cli("child", "list", "--json", stdin=PASS)
    assert listed.code == 0 and len(listed.json()) == 1  # only the child already there
