"""CarerDesk opens no network connection: every socket call fails this test."""



from carerdesk.cli import main


def test_cli_work_opens_no_socket(no_network, tmp_path, monkeypatch, capsys):
    import io
    import sys

    folder = str(tmp_path / "v")
    pw = "offline passphrase\n"

    def cli(*args, stdin=pw):
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return main(["--passphrase-stdin", "--data-dir", folder, *args])

    assert cli("init", stdin=pw * 2) == 0
    assert cli("child", "add", "--name", "Nia") == 0
    child = capsys.readouterr().out.strip().splitlines()[-1]
    assert cli("entry", "add", "--child", child, "--text", "Kites on the hill") == 0
    assert cli("search", "kites") == 0
    assert cli("status") == 0
    assert no_network == []


def test_selftest_passes_and_stays_offline(no_network, cli):
    result = cli("selftest", stdin=None)
    assert result.code == 0, result.out
    assert "6 passed, 0 failed" in result.out
    assert no_network == []


def test_export_and_import_open_no_socket(no_network, tmp_path, monkeypatch, capsys):
    """A report out of a carer's vault and into a social worker's, by the CLI: no socket."""
    import io
    import sys

    pw = "offline passphrase\n"

    def cli(folder, *args, stdin=pw):
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return main(["--passphrase-stdin", "--data-dir", str(tmp_path / folder), *args])

    assert cli("carer", "init", stdin=pw * 2) == 0
    assert cli("sw", "init", "--role", "supervisor", stdin=pw * 2) == 0
    assert cli("sw", "keys", "export-public", "--out", str(tmp_path / "sw.key")) == 0
    assert cli("carer", "child", "add", "--name", "Nia") == 0
    assert cli("carer", "entry", "add", "--child", "Nia", "--text", "Kites on the hill") == 0
    package = str(tmp_path / "r.cdreport")
    import datetime as dt
    assert cli("carer", "export", "--recipient", str(tmp_path / "sw.key"), "--since",
               "2020-01-01", "--until", dt.date.today().isoformat(), "--out", package, "--pdf",
               str(tmp_path / "r.pdf")) == 0
    assert cli("sw", "import", package) == 0
    assert cli("sw", "reports", "list", "--json") == 0
    assert '"entries": 1' in capsys.readouterr().out
    assert no_network == []
