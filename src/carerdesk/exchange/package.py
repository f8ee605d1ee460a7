"""The report package: an age file, signed by its sender (docs/report-format.md).

    carerdesk-report v1\\n          magic and version
    {header JSON}\\n               canonical JSON: sender keys, recipients' fingerprints,
                                   the age file's SHA-256 and size
    <Ed25519 signature>\\n         unpadded base64url over the two lines above
    <age file>                     age-encryption.org/v1 to every recipient

The header says nothing about a child: everything about the period is inside the age file.
The importer checks, in this order, before it decrypts anything: magic, header, signature,
the age file's size and hash, that it is one of the recipients.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass

import pyrage

from carerdesk.domain.errors import ReportRefused
from carerdesk.domain.roles import Role
from carerdesk.exchange.keys import Identity, PublicKey, b64, parse_key_line, unb64

MAGIC = b"carerdesk-report v1\n"
MAGIC_STEM = b"carerdesk-report v"
FORMAT = 1
MAX_PACKAGE = 256 * 1024 * 1024
MAX_HEADER = 64 * 1024
SIGNATURE_CHARS = 86  # 64 bytes, unpadded base64


@dataclass(frozen=True)
class Header:
    package_id: str
    created_at: dt.datetime
    sender: PublicKey
    sender_id: str  # the sender's vault id: pins the key at the first import
    recipients: tuple[str, ...]  # fingerprints
    payload_sha256: str
    payload_size: int

    def to_json(self) -> bytes:
        doc = {
            "format": FORMAT,
            "package_id": self.package_id,
            "created_at": self.created_at.isoformat(),
            "sender": {"id": self.sender_id, "name": self.sender.name,
                       "role": self.sender.role.value, "key": self.sender.key_line},
            "recipients": list(self.recipients),
            "payload": {"sha256": self.payload_sha256, "size": self.payload_size},
        }
        return json.dumps(doc, sort_keys=True, separators=(",", ":"),
                          ensure_ascii=True).encode("ascii")


def seal(payload: bytes, identity: Identity, sender: PublicKey, sender_id: str,
         recipients: list[PublicKey], now: dt.datetime | None = None) -> bytes:
    """Encrypt ``payload`` to every recipient, then sign the header that names them."""
    ciphertext: bytes = pyrage.encrypt(payload, [r.recipient() for r in recipients])
    header = Header(str(uuid.uuid4()), now or dt.datetime.now(dt.UTC), sender,
                    sender_id, tuple(r.fingerprint for r in recipients),
                    hashlib.sha256(ciphertext).hexdigest(), len(ciphertext))
    signed = MAGIC + header.to_json() + b"\n"
    return signed + b64(identity.sign(signed)).encode("ascii") + b"\n" + ciphertext


@dataclass(frozen=True)
class Verified:
    """A package whose signature and hash hold; not yet decrypted."""

    header: Header
    ciphertext: bytes
    sha256: str  # of the whole package file


def verify(data: bytes) -> Verified:
    """Check everything that can be checked without a private key."""
    if len(data) > MAX_PACKAGE:
        raise ReportRefused("too-large")
    if not data.startswith(MAGIC):
        if data.startswith(MAGIC_STEM):
            raise ReportRefused("unknown-version")
        if MAGIC.startswith(data):
            raise ReportRefused("cut-short")
        raise ReportRefused("not-a-package")
    header_end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
    sig_end = data.find(b"\n", header_end + 1, header_end + 2 + SIGNATURE_CHARS)
    if header_end < 0 or sig_end < 0:
        raise ReportRefused("cut-short" if len(data) < len(MAGIC) + MAX_HEADER else "damaged")
    signed = data[:header_end + 1]
    header = _header(data[len(MAGIC):header_end])
    try:
        signature = unb64(data[header_end + 1:sig_end].decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        raise ReportRefused("damaged") from None
    if not header.sender.verify(signature, signed):
        raise ReportRefused("damaged")
    ciphertext = data[sig_end + 1:]
    if len(ciphertext) < header.payload_size:
        raise ReportRefused("cut-short")
    if (len(ciphertext) != header.payload_size
            or hashlib.sha256(ciphertext).hexdigest() != header.payload_sha256):
        raise ReportRefused("damaged")
    return Verified(header, ciphertext, hashlib.sha256(data).hexdigest())


def decrypt(verified: Verified, identity: Identity, own: PublicKey) -> bytes:
    if own.fingerprint not in verified.header.recipients:
        raise ReportRefused("not-for-you")
    try:
        plain: bytes = pyrage.decrypt(verified.ciphertext, [identity.age_identity()])
    except pyrage.DecryptError:  # signed for us, yet not encrypted to us
        raise ReportRefused("not-for-you") from None
    return plain


def _header(line: bytes) -> Header:
    """Strict: every field present with its type; anything else is damage."""
    try:
        doc = json.loads(line.decode("ascii"))
        if doc.get("format") != FORMAT:
            raise ReportRefused("unknown-version")
        sender, payload = doc["sender"], doc["payload"]
        recipients = doc["recipients"]
        if not (isinstance(recipients, list) and recipients
                and all(isinstance(r, str) for r in recipients)):
            raise ValueError("recipients")
        size = payload["size"]
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise ValueError("size")
        key = parse_key_line(_text(sender["key"]), _text(sender["name"]),
                             Role(sender["role"]))
        return Header(str(uuid.UUID(_text(doc["package_id"]))),
                      _utc(dt.datetime.fromisoformat(_text(doc["created_at"]))),
                      key, _text(sender["id"]), tuple(recipients),
                      _text(payload["sha256"]), size)
    except ReportRefused:
        raise
    except Exception:  # JSON, key, type, value, missing field: all the same to the carer
        raise ReportRefused("damaged") from None


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("text")
    return value


def _utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        raise ValueError("timezone")
    return moment.astimezone(dt.UTC)
