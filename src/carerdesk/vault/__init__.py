"""The encrypted vault: key slots, the SQLCipher engine, the process lock.

Knows nothing of journal tables. Raises the typed errors of ``carerdesk.domain.errors``.
"""

from carerdesk.vault.vault import CreatedVault, UnlockedVault, Vault, VaultFiles

__all__ = ["CreatedVault", "UnlockedVault", "Vault", "VaultFiles"]
