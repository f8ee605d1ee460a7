"""Reading a backup file: a tar of exactly two plain members, checked before a byte is written.

A backup comes from a stick anyone may have handled, so its headers are not trusted: a member
must be a plain file (no sparse, link or device member, whose real size is not what its
header says) whose data lies wholly inside the file. The slot file is read first, so the
passphrase can be checked before the database is copied out; the database is then copied
byte for byte from where its header says it is, never through tar's own extraction.
"""

from __future__ import annotations

import os
import shutil
import tarfile
from dataclasses import dataclass
from pathlib import Path

from carerdesk.domain.errors import BackupDamaged, CarerDeskError, StorageFailed
from carerdesk.vault import slots
from carerdesk.vault.atomic import storage_reason

MEMBERS = ("vault.json", "carerdesk.db")
MAX_DB_BYTES = 64 * 1024 ** 3
_PLAIN = (tarfile.REGTYPE, tarfile.AREGTYPE)
_PAGE = 512  # the smallest SQLite page: a database is always whole pages
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Archive:
    path: Path
    slot_bytes: bytes
    db_offset: int
    db_size: int


def open_archive(backup: Path) -> Archive:
    """The slot file's bytes and where the database lies; BackupDamaged if the shape is off."""
    try:
        on_disk = backup.stat().st_size
        with tarfile.open(backup, "r:") as tar:
            by_name = _members(tar, on_disk, backup)
            handle = tar.extractfile(by_name["vault.json"])
            assert handle is not None  # a plain member always has a handle
            slot_bytes = handle.read()
    except (tarfile.TarError, EOFError, UnicodeError, FileNotFoundError, IsADirectoryError):
        raise BackupDamaged(str(backup)) from None
    except OSError as exc:
        raise StorageFailed(str(backup), storage_reason(exc)) from exc
    db = by_name["carerdesk.db"]
    if len(slot_bytes) != by_name["vault.json"].size:
        raise BackupDamaged(str(backup))
    return Archive(backup, slot_bytes, db.offset_data, db.size)


def _members(tar: tarfile.TarFile, on_disk: int, backup: Path) -> dict[str, tarfile.TarInfo]:
    found: dict[str, tarfile.TarInfo] = {}
    for member in tar:  # headers only; stop at a third member instead of reading them all
        if member.name not in MEMBERS or member.name in found or not _plain(member, on_disk):
            raise BackupDamaged(str(backup))
        found[member.name] = member
    if len(found) != len(MEMBERS):
        raise BackupDamaged(str(backup))
    db_size = found["carerdesk.db"].size
    if found["vault.json"].size > slots.MAX_FILE_BYTES or not 0 < db_size <= MAX_DB_BYTES \
            or db_size % _PAGE:
        raise BackupDamaged(str(backup))
    return found


def _plain(member: tarfile.TarInfo, on_disk: int) -> bool:
    """A regular member whose header size is its real size, all of it inside the file."""
    if member.type not in _PLAIN or member.sparse is not None:
        return False
    if any(key.startswith("GNU.sparse") for key in member.pax_headers):
        return False
    return member.offset_data + member.size <= on_disk


def extract_db(archive: Archive, target: Path) -> None:
    """Copy the database out to ``target`` (new, owner-only), fsynced; refuses to start when
    the disk cannot hold it."""
    folder = target.parent
    try:
        if shutil.disk_usage(folder).free < archive.db_size + _CHUNK:
            raise StorageFailed(str(folder), "full")
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as dst, open(archive.path, "rb") as src:
            src.seek(archive.db_offset)
            left = archive.db_size
            while left:
                chunk = src.read(min(left, _CHUNK))
                if not chunk:  # cut short since it was opened
                    raise BackupDamaged(str(archive.path))
                dst.write(chunk)
                left -= len(chunk)
            dst.flush()
            os.fsync(dst.fileno())
    except OSError as exc:
        raise StorageFailed(str(folder), storage_reason(exc)) from exc


def read_owner(backup: Path) -> str | None:
    """The vault id inside a backup, or None when it cannot be read."""
    try:
        return slots.loads(open_archive(backup).slot_bytes, str(backup)).vault_id
    except CarerDeskError:  # a damaged or foreign file belongs to nobody we know
        return None
