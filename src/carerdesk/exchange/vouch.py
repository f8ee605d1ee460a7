"""The agency's vouch for a carer's key (docs/report-format.md, "Vouching").

At onboarding the agency signs the carer's key line with the agency key named in its preset:

    cdv1.<agency Ed25519 key, base64url>.<signature, base64url>

The signature is Ed25519 over ``"carerdesk vouch v1\\0"`` followed by the carer's key line.
The carer's vault keeps the line and puts it inside every report's signed envelope; a social
worker whose preset names that agency key trusts the report's key without the question.
"""

from __future__ import annotations

from carerdesk.domain.errors import KeyFileInvalid
from carerdesk.exchange.keys import Identity, PublicKey, b64, unb64

PREFIX = "cdv1"
_CONTEXT = b"carerdesk vouch v1\0"
MAX_VOUCH = 256


def make(agency: Identity, carer: PublicKey) -> str:
    """What the agency gives a carer at onboarding, for their vault's key."""
    signing = agency.public().signing
    return f"{PREFIX}.{b64(signing)}.{b64(agency.sign(_CONTEXT + carer.key_line.encode()))}"


def parse(line: str) -> tuple[bytes, bytes]:
    """The agency's signing key and the signature; KeyFileInvalid for anything else."""
    parts = line.strip().split(".")
    if len(line) > MAX_VOUCH or len(parts) != 3 or parts[0] != PREFIX:
        raise KeyFileInvalid("not-a-vouch")
    try:
        signing, signature = unb64(parts[1]), unb64(parts[2])
    except ValueError:
        raise KeyFileInvalid("not-a-vouch") from None
    if len(signing) != 32 or len(signature) != 64:
        raise KeyFileInvalid("not-a-vouch")
    return signing, signature


def vouched_by(line: str | None, carer: PublicKey,
               agency_keys: list[PublicKey]) -> PublicKey | None:
    """The agency key (among those trusted) that signed this carer's key, if any."""
    if not line:
        return None
    try:
        signing, signature = parse(line)
    except KeyFileInvalid:
        return None  # a vouch we cannot read vouches for nothing
    message = _CONTEXT + carer.key_line.encode()
    for agency in agency_keys:
        if agency.signing == signing and agency.verify(signature, message):
            return agency
    return None


def check_own(line: str, own: PublicKey) -> str:
    """A vouch the carer is given: it must be for this vault's own key (any agency)."""
    signing, signature = parse(line)
    agency = PublicKey(signing, own.age)  # only the signing half verifies
    if not agency.verify(signature, _CONTEXT + own.key_line.encode()):
        raise KeyFileInvalid("vouch-not-yours")
    return line.strip()
