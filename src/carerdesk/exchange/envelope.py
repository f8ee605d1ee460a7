"""The signed envelope inside the age file of a v2 package (docs/report-format.md).

    carerdesk-inner v1\\n           magic
    {inner JSON}\\n                 the kind, the package id, the sender (key, vault id, name,
                                    role), the recipients, the body's SHA-256 and size, and the
                                    agency's vouch for the sender's key if there is one
    <Ed25519 signature>\\n          by the sender, over the two lines above
    <body>                          the kind's own content (a zip for both kinds)

The outer signature says who sealed the file; this one says who wrote what is inside. A
package is opened only when both name the same key (as Signal binds the sender inside its
envelope): someone who signs a genuine package again with their own key is refused.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from carerdesk.domain.errors import ReportRefused
from carerdesk.domain.limits import NAME_MAX
from carerdesk.domain.roles import Role
from carerdesk.exchange.keys import Identity, PublicKey, b64, parse_key_line, unb64

MAGIC = b"carerdesk-inner v1\n"
MAX_INNER_HEADER = 64 * 1024
_FIELDS = {"kind", "package_id", "sender", "recipients", "body", "vouch"}


@dataclass(frozen=True)
class Inner:
    kind: str
    package_id: str
    sender: PublicKey  # with its name and role
    sender_id: str  # the sender's vault id
    recipients: tuple[str, ...]
    vouch: str | None = None

    def to_json(self, body: bytes) -> bytes:
        doc = {"kind": self.kind, "package_id": self.package_id,
               "sender": {"key": self.sender.key_line, "id": self.sender_id,
                          "name": self.sender.name, "role": self.sender.role.value},
               "recipients": list(self.recipients),
               "body": {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)},
               "vouch": self.vouch}
        return json.dumps(doc, sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False).encode("utf-8")


def wrap(body: bytes, identity: Identity, inner: Inner) -> bytes:
    signed = MAGIC + inner.to_json(body) + b"\n"
    return signed + b64(identity.sign(signed)).encode("ascii") + b"\n" + body


def unwrap(plain: bytes) -> tuple[Inner, bytes]:
    """The inner header, checked against its own signature and the body's hash."""
    if not plain.startswith(MAGIC):
        raise ReportRefused("damaged")
    header_end = plain.find(b"\n", len(MAGIC), len(MAGIC) + MAX_INNER_HEADER)
    sig_end = plain.find(b"\n", header_end + 1, header_end + 90) if header_end > 0 else -1
    if sig_end < 0:
        raise ReportRefused("damaged")
    signed, body = plain[:header_end + 1], plain[sig_end + 1:]
    try:
        doc = json.loads(plain[len(MAGIC):header_end].decode("utf-8"))
        inner, digest, size = _inner(doc)
        signature = unb64(plain[header_end + 1:sig_end].decode("ascii"))
    except Exception:  # JSON, key, type, missing field: damage, whatever it was
        raise ReportRefused("damaged") from None
    if not inner.sender.verify(signature, signed):
        raise ReportRefused("damaged")
    if len(body) != size or hashlib.sha256(body).hexdigest() != digest:
        raise ReportRefused("damaged")
    return inner, body


def _inner(doc: dict[str, object]) -> tuple[Inner, str, int]:
    if not isinstance(doc, dict) or set(doc) != _FIELDS:
        raise ValueError("fields")
    sender, body, recipients = doc["sender"], doc["body"], doc["recipients"]
    if not isinstance(sender, dict) or set(sender) != {"key", "id", "name", "role"}:
        raise ValueError("sender")
    if not isinstance(recipients, list) or not all(isinstance(r, str) for r in recipients):
        raise ValueError("recipients")
    if not isinstance(body, dict) or type(body.get("size")) is not int:
        raise ValueError("body")
    vouch, name = doc["vouch"], _text(sender["name"])
    if len(name) > NAME_MAX:
        raise ValueError("name")
    key = parse_key_line(_text(sender["key"]), name, Role(sender["role"]))
    inner = Inner(_text(doc["kind"]), _text(doc["package_id"]), key, _text(sender["id"]),
                  tuple(recipients), None if vouch is None else _text(vouch))
    return inner, _text(body["sha256"]), body["size"]


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("text")
    return value
