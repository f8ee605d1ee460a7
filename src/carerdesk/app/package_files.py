"""Files that come in from another person: a package (report, supervision record, handover,
receipt) or a public key, each read without ever taking more than one can be; and the agency
key whose vouch for a carer counts. Shared by supervision and handover, which both import."""

from __future__ import annotations

from pathlib import Path

from carerdesk.domain.errors import KeyFileInvalid, ReportRefused
from carerdesk.domain.input_errors import UnreadableFile
from carerdesk.domain.roles import Role
from carerdesk.exchange import PublicKey


def read_package(path: Path) -> bytes:
    """A package file, never reading more than a package can be."""
    from carerdesk.exchange.package import MAX_PACKAGE

    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_PACKAGE + 1)
    except IsADirectoryError:
        raise ReportRefused("not-a-package", str(path)) from None
    except OSError:
        raise UnreadableFile("file", str(path)) from None
    if len(data) > MAX_PACKAGE:
        raise ReportRefused("too-large", str(path))
    return data


def read_key_file(path: Path) -> PublicKey:
    """A public key file (a social worker's, a carer's), never reading more than one can be."""
    from carerdesk.exchange.keys import MAX_KEY_FILE, parse_key_file

    file = Path(path)
    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_KEY_FILE + 1)
    except OSError:
        raise UnreadableFile("file", str(file)) from None
    try:
        return parse_key_file(data.decode("utf-8"), str(file))
    except UnicodeDecodeError:
        raise KeyFileInvalid("not-a-key", str(file)) from None


def agency_keys() -> list[PublicKey]:
    """The agency keys whose vouch for a carer's key is trusted: the preset's ``[agency]
    public_key`` (docs/report-format.md, "Vouching"), when the preset names one."""
    from carerdesk.app import preset
    from carerdesk.exchange.keys import parse_key_line

    line = getattr(preset.active(), "agency_key", None)
    return [parse_key_line(line, "", Role.SUPERVISOR)] if line else []
