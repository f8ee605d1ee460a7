"""A vault's identity (an Ed25519 signing key and an age X25519 key) and its public half.

The public half travels as a small text file (or, in an agency preset, as its ``key:`` line)
and is shown as a fingerprint of 30 digits in six groups, easy to read aloud over the phone.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from carerdesk.domain.errors import KeyFileInvalid
from carerdesk.domain.roles import Role

KEY_PREFIX = "cdk1"
FILE_TITLE = "CarerDesk public key"
MAX_KEY_FILE = 16 * 1024
_FINGERPRINT_CONTEXT = b"carerdesk fingerprint v1\0"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    """Strict: only the one spelling ``b64`` writes is accepted (no padding-bit games)."""
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError):
        raise ValueError("base64") from None
    if b64(data) != text:
        raise ValueError("base64")
    return data


@dataclass(frozen=True)
class PublicKey:
    """What others need to encrypt to us and to check our signature."""

    signing: bytes  # Ed25519, 32 bytes
    age: str  # an age X25519 recipient, "age1..."
    name: str = ""
    role: Role = Role.CARER

    @property
    def key_line(self) -> str:
        return f"{KEY_PREFIX}.{self.age}.{b64(self.signing + _check(self.age, self.signing))}"

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing, self.age)

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.signing).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True

    def recipient(self) -> pyrage.x25519.Recipient:
        return pyrage.x25519.Recipient.from_str(self.age)

    def to_text(self) -> str:
        return "\n".join((
            FILE_TITLE,
            f"name: {self.name}",
            f"role: {self.role.value}",
            f"fingerprint: {self.fingerprint}",
            f"key: {self.key_line}",
            "",
        ))


def _check(age: str, signing: bytes) -> bytes:
    """Four check bytes, so a mistyped signing key is caught (age's part has its own)."""
    return hashlib.sha256(KEY_PREFIX.encode() + age.encode("ascii") + signing).digest()[:4]


def fingerprint(signing: bytes, age: str) -> str:
    """Six groups of five digits over both public keys (about 100 bits)."""
    digest = hashlib.sha256(_FINGERPRINT_CONTEXT + signing + age.encode("ascii")).digest()
    number = int.from_bytes(digest[:16], "big") % 10**30
    digits = f"{number:030d}"
    return " ".join(digits[i:i + 5] for i in range(0, 30, 5))


def parse_key_line(line: str, name: str = "", role: Role = Role.SUPERVISOR) -> PublicKey:
    """``cdk1.<age recipient>.<signing key + 4 check bytes>``: as in a key file or an agency
    preset."""
    parts = line.strip().split(".")
    if len(parts) != 3 or parts[0] != KEY_PREFIX:
        raise KeyFileInvalid("not-a-key")
    try:
        raw = unb64(parts[2])
        signing, check = raw[:32], raw[32:]
        canonical = str(pyrage.x25519.Recipient.from_str(parts[1]))
        Ed25519PublicKey.from_public_bytes(signing)
    except (ValueError, pyrage.RecipientError):
        raise KeyFileInvalid("damaged") from None
    if canonical != parts[1] or check != _check(canonical, signing):
        raise KeyFileInvalid("damaged")
    return PublicKey(signing, parts[1], name, role)


def parse_key_file(text: str, path: str = "") -> PublicKey:
    """The text of a public key file; a changed or mistyped file is refused."""
    if len(text) > MAX_KEY_FILE or not text.startswith(FILE_TITLE):
        raise KeyFileInvalid("not-a-key", path)
    fields: dict[str, str] = {}
    for line in text.splitlines()[1:]:
        label, sep, value = line.partition(":")
        if sep:
            fields.setdefault(label.strip().lower(), value.strip())
    if "key" not in fields:
        raise KeyFileInvalid("not-a-key", path)
    try:
        role = Role(fields.get("role", Role.SUPERVISOR.value))
        key = parse_key_line(fields["key"], fields.get("name", ""), role)
    except ValueError:
        raise KeyFileInvalid("damaged", path) from None
    except KeyFileInvalid as exc:
        raise KeyFileInvalid(exc.reason, path) from None
    written = fields.get("fingerprint")
    if written is not None and " ".join(written.split()) != key.fingerprint:
        raise KeyFileInvalid("fingerprint-mismatch", path)
    return key


@dataclass(frozen=True)
class Identity:
    """The private keys, kept only inside the encrypted vault."""

    signing_secret: bytes  # Ed25519 private, raw 32 bytes
    age_secret: str  # "AGE-SECRET-KEY-1..."

    @classmethod
    def generate(cls) -> Identity:
        signing = Ed25519PrivateKey.generate().private_bytes_raw()
        return cls(signing, str(pyrage.x25519.Identity.generate()))

    def public(self, name: str = "", role: Role = Role.CARER) -> PublicKey:
        signing = Ed25519PrivateKey.from_private_bytes(self.signing_secret).public_key()
        raw = signing.public_bytes(Encoding.Raw, PublicFormat.Raw)
        age = str(pyrage.x25519.Identity.from_str(self.age_secret).to_public())
        return PublicKey(raw, age, name, role)

    def sign(self, message: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.signing_secret).sign(message)

    def age_identity(self) -> pyrage.x25519.Identity:
        return pyrage.x25519.Identity.from_str(self.age_secret)
