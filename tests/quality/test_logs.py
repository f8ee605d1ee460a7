"""The log keeps what went wrong, never what was written."""

from helpers import CHILD_NAME, SECRET_TEXT

from carerdesk.app import logs


def _all_logs() -> bytes:
    return b"".join(p.read_bytes() for p in logs.log_dir().glob("*") if p.is_file())


def test_unexpected_errors_are_logged_without_their_message():
    try:
        raise ValueError(f"{CHILD_NAME} said {SECRET_TEXT}")
    except ValueError as exc:
        where = logs.log_unexpected(exc)
    data = where.read_bytes()
    assert b"ValueError" in data and b"test_logs.py" in data
    assert CHILD_NAME.encode() not in data and SECRET_TEXT.encode() not in data


def test_the_gui_crash_handler_logs_and_tells_kindly(qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from carerdesk.gui.common import crash

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    try:
        raise RuntimeError(f"saving {SECRET_TEXT} failed")
    except RuntimeError as exc:
        crash.handle(type(exc), exc, exc.__traceback__)
    assert shown and "kept as a draft" in shown[0]
    assert SECRET_TEXT not in shown[0]
    assert SECRET_TEXT.encode() not in _all_logs()


def test_a_cli_session_with_an_error_leaves_no_record_text_in_logs(cli, vault_ids, monkeypatch):
    from carerdesk.cli import journal_commands

    def broken(*args, **kwargs):
        raise OSError(f"could not print {SECRET_TEXT}")
    monkeypatch.setattr(journal_commands, "emit_json", broken)
    result = cli("entry", "list", "--json")
    assert result.code == 1 and "Traceback" not in result.err
    assert "Something went wrong" in result.err
    assert SECRET_TEXT.encode() not in _all_logs()
    assert b"OSError" in _all_logs()
