"""Coverage-guided fuzzing of the report importer with atheris (libFuzzer), beside the
hypothesis tests in the suite. Not part of CI: atheris is not a project dependency.

    python -m venv --system-site-packages /tmp/fuzzenv && /tmp/fuzzenv/bin/pip install atheris
    PYTHONPATH=src:.venv/lib/python3.11/site-packages \\
        /tmp/fuzzenv/bin/python tools/fuzz_import.py -max_total_time=120 -rss_limit_mb=1024

Every input goes through the package reader (verify, then decrypt for a fixed recipient) or
the payload reader (the zip and JSON behind the signature). Anything but ReportRefused, or
memory beyond -rss_limit_mb, is a crash that libFuzzer reports with the input that caused it.
"""

import datetime as dt
import sys

import atheris

with atheris.instrument_imports():
    from carerdesk.domain.dimensions import Dimension
    from carerdesk.domain.errors import ReportRefused
    from carerdesk.domain.report import PeriodReport, ReportEntry
    from carerdesk.domain.values import EntryContent, Observation
    from carerdesk.exchange import Identity, package, payload

WORKER = Identity.generate()
WORKER_KEY = WORKER.public("Sam")
CARER = Identity.generate()


def _seed_payload() -> bytes:
    report = PeriodReport("A", "H", None, "C", None, dt.date(2026, 9, 1), dt.date(2026, 9, 30),
                          dt.datetime(2026, 10, 1, tzinfo=dt.UTC),
                          (ReportEntry("e", 1, EntryContent(
                              dt.date(2026, 9, 2), ("c",), "text",
                              {Dimension.AVAILABILITY: Observation("x", rating=5)})),))
    return payload.build(report, b"%PDF-1.4 seed")


def fuzz(data: bytes) -> None:
    if not data:
        return
    try:
        if data[0] % 2:
            payload.read(data[1:])
        else:
            package.decrypt(package.verify(data[1:]), WORKER, WORKER_KEY)
    except ReportRefused:
        pass


if __name__ == "__main__":
    seeds = sys.argv[1:]
    if not any(not a.startswith("-") for a in seeds):  # no corpus folder given: make one
        import tempfile
        from pathlib import Path

        corpus = Path(tempfile.mkdtemp(prefix="carerdesk-fuzz-"))
        inner = _seed_payload()
        (corpus / "payload").write_bytes(b"\x01" + inner)
        sealed = package.seal(inner, CARER, CARER.public("C"), "v", [WORKER_KEY])
        (corpus / "package").write_bytes(b"\x00" + sealed)
        sys.argv.append(str(corpus))
    atheris.Setup(sys.argv, fuzz)
    atheris.Fuzz()
