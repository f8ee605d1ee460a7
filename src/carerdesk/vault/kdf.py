"""Argon2id, with parameters that a hostile slot file cannot push out of bounds."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_BYTES = 32
# Floors: KeePassXC's 64 MiB. Ceilings: a slot file must not make us allocate gigabytes
# or spin for minutes before we have even tried the passphrase.
MEMORY_KIB_MIN, MEMORY_KIB_MAX = 64 * 1024, 1024 * 1024
ITERATIONS_MIN, ITERATIONS_MAX = 2, 50
LANES_MIN, LANES_MAX = 1, 16
SALT_MIN, SALT_MAX = 16, 64
DEFAULT_TARGET_SECONDS = 0.5


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int = MEMORY_KIB_MIN
    iterations: int = 3
    lanes: int = 4

    def in_bounds(self) -> bool:
        return (
            MEMORY_KIB_MIN <= self.memory_kib <= MEMORY_KIB_MAX
            and ITERATIONS_MIN <= self.iterations <= ITERATIONS_MAX
            and LANES_MIN <= self.lanes <= LANES_MAX
            and self.memory_kib >= 8 * self.lanes
        )

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


FLOOR = Argon2Params(MEMORY_KIB_MIN, ITERATIONS_MIN, 4)


def derive(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    if not params.in_bounds():
        raise ValueError("Argon2 parameters out of bounds")
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def calibrate(target_seconds: float = DEFAULT_TARGET_SECONDS) -> Argon2Params:
    """Raise the iteration count until one derivation takes about ``target_seconds`` here."""
    probe = Argon2Params(MEMORY_KIB_MIN, 3, 4)
    timings = []
    for _ in range(2):  # the faster of two: a busy moment must not weaken the vault
        start = time.perf_counter()
        derive("calibration", b"\0" * SALT_MIN, probe)
        timings.append(time.perf_counter() - start)
    per_iteration = max(min(timings) / probe.iterations, 1e-4)
    iterations = round(target_seconds / per_iteration)
    iterations = min(max(iterations, probe.iterations), ITERATIONS_MAX)
    return Argon2Params(probe.memory_kib, iterations, probe.lanes)
