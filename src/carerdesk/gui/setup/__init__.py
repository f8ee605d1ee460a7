"""First run and getting in: the set-up wizard, unlock, recovery, passphrase and key changes."""
