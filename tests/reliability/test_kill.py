"""SIGKILL during a stream of saves, and during passphrase changes: nothing acknowledged is
lost, and the vault always opens. A few trials here; benchmarks/stress_kill.py runs hundreds."""

import os
import random

import pytest
from helpers import PASSPHRASE
from killing import check_entries, check_passphrase, run_and_kill

TRIALS = int(os.environ.get("CARERDESK_KILL_TRIALS", "6"))


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killed_while_saving_loses_nothing_acknowledged(vault_dir, vault_ids):
    rng = random.Random(2026)
    total_acknowledged = 0
    for number in range(TRIALS):
        tag = f"trial{number}"
        trial = run_and_kill([str(vault_dir), "entries", vault_ids["child"], PASSPHRASE, tag], rng)
        assert trial.acknowledged, "the saver never saved"
        total_acknowledged += len(trial.acknowledged)
        stored = check_entries(vault_dir, PASSPHRASE, tag, trial.acknowledged)
        assert stored >= total_acknowledged + 1  # the template's own entry, and every save


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killed_while_changing_the_passphrase(vault_dir):
    rng = random.Random(7)
    current = PASSPHRASE
    for trial_number in range(TRIALS):
        prefix = f"trial {trial_number} passphrase"
        trial = run_and_kill([str(vault_dir), "passwd", current, prefix], rng, max_delay=0.4)
        current = check_passphrase(vault_dir, current, prefix, trial.acknowledged)
