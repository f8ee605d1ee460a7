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
    assert "5 passed, 0 failed" in result.out
    assert no_network == []
