"""``vault.json``: the key slots that wrap the database key, parsed strictly.

Each slot wraps the 32-byte database key with AES-256-GCM under a key-encryption key
derived from a passphrase (Argon2id) or from the recovery key (HKDF). The slot's kind, its
KDF parameters and the vault id are bound into the AEAD's associated data, so a slot cannot
be downgraded to cheaper parameters or moved to another vault. A checksum over the whole
file tells damage apart from a wrong passphrase.

Version 2 adds the ``generation`` (a counter the database holds too, moved forward by every
change of keys, so an older copy of either file is noticed) and, per slot, a ``check``: a
short MAC of the key-encryption key, so that a right passphrase over a changed file (another
vault id) is told apart from a wrong passphrase. Version 1 files are read as generation 0.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, replace
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from carerdesk.domain.errors import SlotFileDamaged, UnsupportedVaultVersion
from carerdesk.vault import kdf

FORMAT = "carerdesk-vault"
VERSION = 2
READABLE = (1, 2)
_AAD_VERSION = 1  # the wrapping itself has not changed since version 1
CHECK_BYTES = 16
MAX_FILE_BYTES = 64 * 1024
NONCE_BYTES = 12
WRAPPED_BYTES = kdf.KEY_BYTES + 16  # key + GCM tag
PASSPHRASE, RECOVERY = "passphrase", "recovery"
_RECOVERY_INFO = b"carerdesk recovery slot v1"
_CHECK_INFO = b"carerdesk slot check v2"


class _Invalid(ValueError):
    """A rule of the slot format broken; becomes SlotFileDamaged with the file's path."""


class Tampered(Exception):
    """The key opened the slot's check but not its seal: the file was changed (its vault id,
    say) or belongs with another database. Becomes SlotFileMismatch with the path."""


@dataclass(frozen=True)
class Slot:
    kind: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    params: kdf.Argon2Params | None = None  # passphrase slots only
    check: bytes | None = None  # version 2: MAC of the KEK (None in version 1 files)

    def kdf_dict(self) -> dict[str, Any]:
        if self.kind == PASSPHRASE:
            assert self.params is not None
            return {"name": "argon2id", "salt": _b64(self.salt), **self.params.as_dict()}
        return {"name": "hkdf-sha256", "salt": _b64(self.salt)}


@dataclass(frozen=True)
class SlotFile:
    vault_id: str
    created_at: str
    db_salt: bytes  # the first 16 bytes of the database: tells a foreign file from damage
    slots: tuple[Slot, ...]
    generation: int = 0  # version 1 files: 0

    def slot(self, kind: str) -> Slot:
        for slot in self.slots:
            if slot.kind == kind:
                return slot
        raise SlotFileDamaged("", f"no {kind} slot")

    def with_slot(self, new: Slot) -> SlotFile:
        others = tuple(s for s in self.slots if s.kind != new.kind)
        return replace(self, slots=(*others, new))


# --- wrapping --------------------------------------------------------------------------


def _aad(vault_id: str, slot_kind: str, kdf_dict: dict[str, Any]) -> bytes:
    bound = {"format": FORMAT, "version": _AAD_VERSION, "vault": vault_id, "slot": slot_kind,
             "kdf": kdf_dict}
    return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()


def _recovery_kek(recovery_key: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_RECOVERY_INFO).derive(
        recovery_key
    )


def passphrase_slot(vault_id: str, dek: bytes, passphrase: str, params: kdf.Argon2Params) -> Slot:
    salt = secrets.token_bytes(kdf.SALT_MIN)
    kek = kdf.derive(passphrase, salt, params)
    return _seal(vault_id, dek, kek, Slot(PASSPHRASE, salt, b"", b"", params))


def recovery_slot(vault_id: str, dek: bytes, recovery_key: bytes) -> Slot:
    salt = secrets.token_bytes(kdf.SALT_MIN)
    return _seal(vault_id, dek, _recovery_kek(recovery_key, salt), Slot(RECOVERY, salt, b"", b""))


def _kek_check(kek: bytes) -> bytes:
    return hmac.new(kek, _CHECK_INFO, hashlib.sha256).digest()[:CHECK_BYTES]


def _seal(vault_id: str, dek: bytes, kek: bytes, template: Slot) -> Slot:
    nonce = secrets.token_bytes(NONCE_BYTES)
    aad = _aad(vault_id, template.kind, template.kdf_dict())
    return replace(template, nonce=nonce, wrapped=AESGCM(kek).encrypt(nonce, dek, aad),
                   check=_kek_check(kek))


def open_with_passphrase(slots: SlotFile, passphrase: str) -> bytes | None:
    """The database key, or None when the passphrase is wrong."""
    slot = slots.slot(PASSPHRASE)
    assert slot.params is not None
    return _unseal(slots.vault_id, slot, kdf.derive(passphrase, slot.salt, slot.params))


def open_with_recovery(slots: SlotFile, recovery_key: bytes) -> bytes | None:
    slot = slots.slot(RECOVERY)
    return _unseal(slots.vault_id, slot, _recovery_kek(recovery_key, slot.salt))


def _unseal(vault_id: str, slot: Slot, kek: bytes) -> bytes | None:
    """The database key; None for a wrong key; ``Tampered`` when the key is right (its check
    matches) but the bound fields were changed."""
    try:
        aad = _aad(vault_id, slot.kind, slot.kdf_dict())
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, aad)
    except InvalidTag:
        if slot.check is not None and hmac.compare_digest(slot.check, _kek_check(kek)):
            raise Tampered() from None
        return None


# --- the file --------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, size: tuple[int, int], name: str) -> bytes:
    if not isinstance(value, str):
        raise _Invalid(f"{name} is not text")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _Invalid(f"{name} is not base64") from None
    if not size[0] <= len(raw) <= size[1]:
        raise _Invalid(f"{name} has the wrong length")
    return raw


def _slot_body(slot: Slot) -> dict[str, Any]:
    body = {"kind": slot.kind, "kdf": slot.kdf_dict(), "nonce": _b64(slot.nonce),
            "wrapped": _b64(slot.wrapped)}
    if slot.check is not None:  # a slot carried over from a version 1 file has none
        body["check"] = _b64(slot.check)
    return body


def _body(slots: SlotFile) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": slots.vault_id,
        "created_at": slots.created_at,
        "generation": slots.generation,
        "database": {"salt": slots.db_salt.hex()},
        "slots": [_slot_body(s) for s in slots.slots],
    }


def _checksum(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(canonical).hexdigest()


def dumps(slots: SlotFile) -> bytes:
    body = _body(slots)
    return (json.dumps({**body, "checksum": _checksum(body)}, indent=2) + "\n").encode("utf-8")


def loads(data: bytes, path: str) -> SlotFile:
    """Parse strictly; every broken rule is ``SlotFileDamaged`` before any KDF work is done."""
    try:
        return _parse(data)
    except _Invalid as exc:
        raise SlotFileDamaged(path, str(exc)) from None
    except RecursionError:  # JSON nested thousands deep: no key file looks like that
        raise SlotFileDamaged(path, "not JSON") from None


def _parse(data: bytes) -> SlotFile:
    if len(data) > MAX_FILE_BYTES:
        raise _Invalid("file too large")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _Invalid("not JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _Invalid("not a CarerDesk key file")
    version = _version(doc.get("version"))
    expected = {"format", "version", "vault_id", "created_at", "database", "slots", "checksum"}
    if version >= 2:
        expected.add("generation")
    if set(doc) != expected:
        raise _Invalid("unexpected fields")
    checksum = doc.pop("checksum")
    if checksum != _checksum(doc):
        raise _Invalid("checksum does not match")
    if not _is_vault_id(doc["vault_id"]) or not isinstance(doc["created_at"], str):
        raise _Invalid("bad vault id")
    generation = doc.get("generation", 0)
    if type(generation) is not int or not 0 <= generation < 2 ** 62:
        raise _Invalid("bad generation")
    database = doc["database"]
    if not isinstance(database, dict) or not isinstance(database.get("salt"), str):
        raise _Invalid("bad database section")
    try:
        db_salt = bytes.fromhex(database["salt"])
    except ValueError:
        raise _Invalid("bad database salt") from None
    if not isinstance(doc["slots"], list):
        raise _Invalid("bad slot list")
    slots = tuple(_parse_slot(item, version) for item in doc["slots"])
    if sorted(s.kind for s in slots) != [PASSPHRASE, RECOVERY]:
        raise _Invalid("slots missing or repeated")
    return SlotFile(doc["vault_id"], doc["created_at"], db_salt, slots, generation)


def _version(value: Any) -> int:
    """A version this CarerDesk reads; a newer one is UnsupportedVaultVersion, anything that
    is not a whole number at all is damage (not "a newer CarerDesk")."""
    if type(value) is not int or value < 1:
        raise _Invalid("bad version")
    if value not in READABLE:
        raise UnsupportedVaultVersion(value)
    return value


def _is_vault_id(value: Any) -> bool:
    """A vault id as ``init`` writes it (a UUID), or any short text (older tools' files)."""
    return isinstance(value, str) and 0 < len(value) <= 64


_SLOT_FIELDS = {"kind", "kdf", "nonce", "wrapped"}


def _parse_slot(item: Any, version: int) -> Slot:
    allowed = (_SLOT_FIELDS, _SLOT_FIELDS | {"check"}) if version >= 2 else (_SLOT_FIELDS,)
    if not isinstance(item, dict) or set(item) not in allowed:
        raise _Invalid("bad slot")
    check = (_unb64(item["check"], (CHECK_BYTES, CHECK_BYTES), "check") if "check" in item
             else None)
    return replace(_parse_sealed(item), check=check)


def _parse_sealed(item: dict[str, Any]) -> Slot:
    spec = item["kdf"]
    if not isinstance(spec, dict):
        raise _Invalid("bad kdf")
    nonce = _unb64(item["nonce"], (NONCE_BYTES, NONCE_BYTES), "nonce")
    wrapped = _unb64(item["wrapped"], (WRAPPED_BYTES, WRAPPED_BYTES), "wrapped key")
    salt = _unb64(spec.get("salt"), (kdf.SALT_MIN, kdf.SALT_MAX), "salt")
    if item["kind"] == RECOVERY and spec == {"name": "hkdf-sha256", "salt": spec["salt"]}:
        return Slot(RECOVERY, salt, nonce, wrapped)
    argon_fields = {"name", "salt", "memory_kib", "iterations", "lanes"}
    if item["kind"] == PASSPHRASE and set(spec) == argon_fields:
        numbers = [spec["memory_kib"], spec["iterations"], spec["lanes"]]
        if spec["name"] != "argon2id" or not all(type(n) is int for n in numbers):
            raise _Invalid("bad kdf")
        params = kdf.Argon2Params(*numbers)
        if not params.in_bounds():
            raise _Invalid("kdf parameters out of bounds")
        return Slot(PASSPHRASE, salt, nonce, wrapped, params)
    raise _Invalid("bad slot kind or kdf")
