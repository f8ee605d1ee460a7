"""The package: an age file, signed by its sender (docs/report-format.md).

    carerdesk-report v2\\n          magic and version (v1 is still read)
    {header JSON}\\n               canonical JSON: the kind, the sender's key and role, the
                                   recipients' fingerprints, the age file's SHA-256 and size
    <Ed25519 signature>\\n         unpadded base64url over the two lines above
    <age file>                     age-encryption.org/v1 to every recipient

The header names nobody (keys, fingerprints, ids and sizes only). The sender's name, vault id
and a second signature travel inside the age file (``envelope``), so a genuine package signed
again with another key is refused. The importer checks, in this order, before it decrypts
anything: magic, header, signature, the age file's size and hash, that it is a recipient.
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
from carerdesk.exchange import envelope
from carerdesk.exchange.keys import Identity, PublicKey, b64, parse_key_line, unb64

MAGIC = b"carerdesk-report v2\n"
MAGIC_V1 = b"carerdesk-report v1\n"  # before issue 18: the sender named in the clear
MAGIC_STEM = b"carerdesk-report v"
FORMAT = 2
# a carer's report; a social worker's answer to one; a child's whole record at the end of a
# placement (exchange/handover.py) and the signed receipt for it
KINDS = ("report", "supervision", "handover", "receipt")
MAX_PACKAGE = 256 * 1024 * 1024
MAX_HEADER = 64 * 1024
SIGNATURE_CHARS = 86  # 64 bytes, unpadded base64


@dataclass(frozen=True)
class Header:
    package_id: str
    created_at: dt.datetime
    sender: PublicKey  # in a v2 header without its name: the name is inside
    sender_id: str  # v1 only (the sender's vault id); in v2 it is inside
    recipients: tuple[str, ...]  # fingerprints
    payload_sha256: str
    payload_size: int
    kind: str = "report"
    version: int = FORMAT

    def to_json(self) -> bytes:
        doc: dict[str, object] = {
            "format": self.version,
            "package_id": self.package_id,
            "created_at": self.created_at.isoformat(),
            "recipients": list(self.recipients),
            "payload": {"sha256": self.payload_sha256, "size": self.payload_size},
        }
        if self.version == 1:
            doc["sender"] = {"id": self.sender_id, "name": self.sender.name,
                             "role": self.sender.role.value, "key": self.sender.key_line}
        else:
            doc["kind"] = self.kind
            doc["sender"] = {"role": self.sender.role.value, "key": self.sender.key_line}
        return json.dumps(doc, sort_keys=True, separators=(",", ":"),
                          ensure_ascii=True).encode("ascii")


def seal(body: bytes, identity: Identity, sender: PublicKey, sender_id: str,
         recipients: list[PublicKey], now: dt.datetime | None = None, kind: str = "report",
         vouch: str | None = None) -> bytes:
    """Wrap ``body`` in the signed envelope, encrypt it to every recipient, then sign the
    header that names them."""
    package_id, fingerprints = str(uuid.uuid4()), tuple(r.fingerprint for r in recipients)
    inner = envelope.wrap(body, identity, envelope.Inner(
        kind, package_id, sender, sender_id, fingerprints, vouch))
    ciphertext: bytes = pyrage.encrypt(inner, [r.recipient() for r in recipients])
    header = Header(package_id, now or dt.datetime.now(dt.UTC),
                    PublicKey(sender.signing, sender.age, "", sender.role), "", fingerprints,
                    hashlib.sha256(ciphertext).hexdigest(), len(ciphertext), kind)
    signed = MAGIC + header.to_json() + b"\n"
    return signed + b64(identity.sign(signed)).encode("ascii") + b"\n" + ciphertext


@dataclass(frozen=True)
class Verified:
    """A package whose signature and hash hold; not yet decrypted."""

    header: Header
    ciphertext: bytes
    sha256: str  # of the whole package file


@dataclass(frozen=True)
class Opened:
    """A decrypted package whose inner signature agrees with its header."""

    header: Header
    sender: PublicKey  # with the name the sender gave inside
    sender_id: str  # the sender's vault id
    body: bytes
    vouch: str | None  # the agency's signature over the sender's key, if it carried one


def verify(data: bytes) -> Verified:
    """Check everything that can be checked without a private key."""
    if len(data) > MAX_PACKAGE:
        raise ReportRefused("too-large")
    magic = next((m for m in (MAGIC, MAGIC_V1) if data.startswith(m)), None)
    if magic is None:
        if MAGIC.startswith(data) or MAGIC_V1.startswith(data):
            raise ReportRefused("cut-short")
        raise ReportRefused("unknown-version" if data.startswith(MAGIC_STEM)
                            else "not-a-package")
    header_end = data.find(b"\n", len(magic), len(magic) + MAX_HEADER)
    sig_end = data.find(b"\n", header_end + 1, header_end + 2 + SIGNATURE_CHARS)
    if header_end < 0 or sig_end < 0:
        raise ReportRefused("cut-short" if len(data) < len(magic) + MAX_HEADER else "damaged")
    signed = data[:header_end + 1]
    header = _header(data[len(magic):header_end], 1 if magic == MAGIC_V1 else FORMAT)
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


def open_package(verified: Verified, identity: Identity, own: PublicKey) -> Opened:
    """Decrypt, and (v2) check that the signed envelope inside agrees with the header."""
    header = verified.header
    if own.fingerprint not in header.recipients:
        raise ReportRefused("not-for-you")
    try:
        plain: bytes = pyrage.decrypt(verified.ciphertext, [identity.age_identity()])
    except pyrage.DecryptError:  # signed for us, yet not encrypted to us
        raise ReportRefused("not-for-you") from None
    if header.version == 1:
        return Opened(header, header.sender, header.sender_id, plain, None)
    inner, body = envelope.unwrap(plain)
    if inner.sender.signing != header.sender.signing or inner.sender.age != header.sender.age:
        raise ReportRefused("re-signed")  # a genuine inside, signed outside by another key
    if (inner.sender.role is not header.sender.role or inner.kind != header.kind
            or inner.package_id != header.package_id
            or inner.recipients != header.recipients):
        raise ReportRefused("damaged")
    return Opened(header, inner.sender, inner.sender_id, body, inner.vouch)


def decrypt(verified: Verified, identity: Identity, own: PublicKey) -> bytes:
    """The body only (what a caller that trusts the header needs)."""
    return open_package(verified, identity, own).body


def _header(line: bytes, version: int) -> Header:
    """Strict: every field present with its type; anything else is damage."""
    try:
        doc = json.loads(line.decode("ascii"))
        if doc.get("format") != version or type(doc.get("format")) is not int:
            raise ReportRefused("unknown-version")
        sender, payload = doc["sender"], doc["payload"]
        recipients = doc["recipients"]
        if not (isinstance(recipients, list) and recipients
                and all(isinstance(r, str) for r in recipients)):
            raise ValueError("recipients")
        size = payload["size"]
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise ValueError("size")
        if version == 1:
            expected, kind = {"id", "name", "role", "key"}, "report"
            name, sender_id = _text(sender["name"]), _text(sender["id"])
        else:
            expected, kind, name, sender_id = {"role", "key"}, _text(doc["kind"]), "", ""
            if kind not in KINDS or set(doc) != {"format", "kind", "package_id", "created_at",
                                                 "recipients", "payload", "sender"}:
                raise ValueError("fields")
        if set(sender) != expected:
            raise ValueError("sender")  # v2: no name may sit in the clear
        key = parse_key_line(_text(sender["key"]), name, Role(sender["role"]))
        return Header(str(uuid.UUID(_text(doc["package_id"]))),
                      _utc(dt.datetime.fromisoformat(_text(doc["created_at"]))),
                      key, sender_id, tuple(recipients), _text(payload["sha256"]), size,
                      kind, version)
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
