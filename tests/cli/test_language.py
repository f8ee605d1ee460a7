"""``carerdesk --lang cy`` runs one command in Welsh, whatever was chosen before."""

import pytest

from carerdesk import cli
from carerdesk.text import i18n


@pytest.mark.parametrize("argv", [["--lang", "cy", "--version"], ["--lang=cy", "--version"]])
def test_lang_chooses_the_language_before_anything_is_said(argv, monkeypatch, capsys):
    installed = []
    monkeypatch.setattr(i18n, "install", lambda language, **_: installed.append(language))
    with pytest.raises(SystemExit) as done:
        cli.main(argv)
    assert done.value.code == 0 and installed == ["cy"]
    assert "CarerDesk" in capsys.readouterr().out


def test_an_unknown_language_is_refused_plainly(capsys):
    with pytest.raises(SystemExit) as refused:
        cli.main(["--lang", "fr", "status"])
    assert refused.value.code == 1
    assert "invalid choice: 'fr'" in capsys.readouterr().err
