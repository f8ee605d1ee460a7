"""A whole-process search, CarerDesk against jrnl 4.6, over the same encrypted entries.

    .venv/bin/python benchmarks/bench_cli.py [--years 10] [--children 6] [--runs 5] [--word school]
        [--vault DIR]

~18,000 entries: the defaults (10 years, 6 children: about 315 entries a child a year);
~100,000: ``--children 32`` (100,558 entries). ``--vault DIR`` keeps the demo vault there
and uses it again on the next run (making 100,000 entries takes several minutes); the jrnl
journal is made again each time from the vault's entries.

Makes a CarerDesk demo vault (Argon2 calibrated as for a carer, ~0.5 s), writes the same
entries (date, first line, text) into a jrnl journal, encrypts it with jrnl's own
``--encrypt``, then runs ``carerdesk search WORD --json`` and ``jrnl -contains WORD`` in turn,
each a new process with its passphrase on standard input, and prints the medians and the
ratio. jrnl 4.6 comes from PyPI into a temporary venv (kept in --cache between runs). Also
prints ``carerdesk --version`` and the import time of ``carerdesk.cli``. Targets: CarerDesk
at least 2x faster than jrnl at ~18,000 entries and 5x at 100,000; ``--version`` under
0.15 s; ``import carerdesk.cli`` under 0.1 s.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

from carerdesk.app.workspace import Workspace
from carerdesk.demo import DemoPlan, make_demo_vault
from carerdesk.domain.filters import EntryFilter

PASSPHRASE = "benchmark passphrase"
BIN = Path(sys.executable).parent
JRNL_CONFIG = """colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%F %r'
version: v4.6
"""


def jrnl_binary(cache: Path) -> Path:
    target = cache / "jrnl-venv"
    jrnl = target / "bin" / "jrnl"
    if not jrnl.exists():
        venv.create(target, with_pip=True)
        subprocess.run([str(target / "bin" / "pip"), "install", "-q", "jrnl==4.6"], check=True)
    return jrnl


def make_vault(folder: Path, years: int, children: int) -> int:
    _, made = make_demo_vault(folder, PASSPHRASE, PASSPHRASE,
                              DemoPlan(years=years, children=children, seed=3))
    return made


def count_entries(vault: Path) -> int:
    with Workspace.unlock(vault, PASSPHRASE) as workspace:
        return workspace.journal.counts()[1]


def make_jrnl(folder: Path, vault: Path, jrnl: Path) -> dict[str, str]:
    """The vault's entries as a jrnl journal, encrypted by jrnl with the same passphrase."""
    journal = folder / "journal.txt"
    (folder / "config" / "jrnl").mkdir(parents=True)
    (folder / "config" / "jrnl" / "jrnl.yaml").write_text(JRNL_CONFIG.format(journal=journal))
    workspace = Workspace.unlock(vault, PASSPHRASE)
    try:
        entries = workspace.journal.entries(EntryFilter(), limit=10_000_000)
    finally:
        workspace.lock()
    with journal.open("w", encoding="utf-8") as out:
        for entry in sorted(entries, key=lambda e: e.content.date):
            words = re.sub(r"\s+", " ", entry.content.text).strip() or "(no text)"
            out.write(f"[{entry.content.date.isoformat()} 09:00:00 PM] {words}\n\n")
    env = jrnl_env(folder)
    subprocess.run([str(jrnl), "--encrypt"], input=f"{PASSPHRASE}\n{PASSPHRASE}\nn\n",
                   capture_output=True, text=True, env=env, check=True, timeout=3600)
    assert journal.read_bytes().startswith(b"JRNLv"), "jrnl did not encrypt the journal"
    return env


def jrnl_env(folder: Path) -> dict[str, str]:
    return {**os.environ, "XDG_CONFIG_HOME": str(folder / "config"),
            "XDG_DATA_HOME": str(folder / "data"), "HOME": str(folder)}


def timed(argv: list[str], env: dict[str, str], stdin: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(argv, input=stdin, capture_output=True, text=True, env=env,
                          timeout=600)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{argv[0]} failed: {done.stderr[-500:]}")
    return took, done.stdout + done.stderr  # jrnl says how many it found on stderr


def compare(vault: Path, jrnl: Path, env_jrnl: dict[str, str], word: str, runs: int) -> None:
    carerdesk = [str(BIN / "carerdesk"), "--data-dir", str(vault), "--passphrase-stdin",
                 "search", word, "--json"]
    env_cd = {**os.environ, "CARERDESK_LANG": "en"}
    ours, theirs, newest = [], [], []
    for _ in range(runs):  # in turn, so that a busy moment of the machine hits both
        took, out = timed(carerdesk, env_cd, PASSPHRASE + "\n")
        ours.append(took)
        took, found = timed([str(jrnl), "-contains", word], env_jrnl, PASSPHRASE + "\n")
        theirs.append(took)
        # CarerDesk's search prints the newest 200 hits (its page); jrnl the same 200
        took, _ = timed([str(jrnl), "-contains", word, "-n", "200"], env_jrnl,
                        PASSPHRASE + "\n")
        newest.append(took)
    hits = out.count('"id"')
    said = (re.findall(r"(\d+) entr", found) or ["?"])[0]
    print(f"search {word!r}: CarerDesk {hits} hits (the newest); jrnl found {said} entries")
    a, b, c = (statistics.median(t) for t in (ours, theirs, newest))
    print(f"carerdesk search (median of {runs})  {a:.3f} s")
    print(f"jrnl -contains (median of {runs})    {b:.3f} s   (every hit printed)")
    print(f"jrnl -contains -n 200 (median)      {c:.3f} s   (the newest 200, as CarerDesk)")
    print(f"jrnl / carerdesk                     {b / a:.2f}x   (target >= 2x at 18k, 5x at 100k)")
    print(f"jrnl -n 200 / carerdesk              {c / a:.2f}x")


def start_figures(runs: int) -> None:
    versions = [timed([str(BIN / "carerdesk"), "--version"], dict(os.environ), "")[0]
                for _ in range(runs)]
    print(f"carerdesk --version (median)        {statistics.median(versions):.3f} s"
          "   (target < 0.15 s)")
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import carerdesk.cli"],
                          capture_output=True, text=True)
    last = [line for line in done.stderr.splitlines() if line.endswith("carerdesk.cli")][-1]
    micros = int(last.split("|")[1])
    print(f"import carerdesk.cli (cumulative)    {micros / 1e6:.3f} s   (target < 0.1 s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--children", type=int, default=6)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--word", default="school")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "bench-cli")
    parser.add_argument("--vault", type=Path, help="keep the demo vault here (used again if "
                                                    "it is there)")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    jrnl = jrnl_binary(args.cache)
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        vault = args.vault or Path(tmp) / "vault"
        if (vault / "vault.json").exists():
            print(f"entries: {count_entries(vault)} (the vault kept in {vault})")
        else:
            made = make_vault(vault, args.years, args.children)
            print(f"entries: {made} (demo, {args.years} years, {args.children} children)")
        env_jrnl = make_jrnl(Path(tmp) / "jrnl", vault, jrnl)
        start_figures(args.runs)
        compare(vault, jrnl, env_jrnl, args.word, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
