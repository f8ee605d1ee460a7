"""Dates in the language in force: in English exactly what strftime writes; in Welsh the
day and month names are Welsh, in the windows (Qt's calendar too) as in the PDFs."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale

from carerdesk.text import i18n
from carerdesk.text.dates import strftime

WELSH_TS = Path(__file__).resolve().parents[2] / "translations" / "carerdesk_cy.ts"
PATTERNS = ("%a %d %b %Y", "%A %d %B %Y", "%d %b %Y %H:%M", "%b %y", "%d %b", "100%% %B",
            "%Y-%m-%d", "%")


@pytest.fixture
def welsh(qapp, tmp_path, monkeypatch):
    """The Welsh .ts compiled into a temporary folder (never over translations/*.qm)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(WELSH_TS), "-qm",
                    str(tmp_path / "carerdesk_cy.qm")], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install("cy")
    yield
    i18n.uninstall()


def test_english_is_what_strftime_writes():
    start = dt.datetime(2026, 1, 5, 9, 30)
    for day in range(0, 365, 17):  # every weekday and month
        moment = start + dt.timedelta(days=day)
        for pattern in PATTERNS:
            assert strftime(moment, pattern) == moment.strftime(pattern), pattern
        assert strftime(moment.date(), "%a %d %b %Y") == moment.date().strftime("%a %d %b %Y")


def test_welsh_names_every_day_and_month(welsh):
    assert strftime(dt.date(2026, 9, 1), "%a %d %b %Y") == "Maw 01 Medi 2026"
    assert strftime(dt.date(2026, 12, 3), "%A %d %B %Y") == "Dydd Iau 03 Rhagfyr 2026"
    assert strftime(dt.datetime(2026, 2, 8, 18, 5), "%d %b %Y %H:%M") == "08 Chwef 2026 18:05"
    assert strftime(dt.date(2026, 3, 1), "100%% %B") == "100% Mawrth"
    months = {strftime(dt.date(2026, m, 1), "%B") for m in range(1, 13)}
    days = {strftime(dt.date(2026, 1, 5 + d), "%A") for d in range(7)}
    assert len(months) == 12 and len(days) == 7
    english = {dt.date(2026, m, 1).strftime("%B") for m in range(1, 13)}
    assert months.isdisjoint(english) and all(d.startswith("Dydd ") for d in days)


def test_qt_s_calendar_and_date_fields_are_welsh_too(welsh):
    assert QLocale().monthName(12) == "Rhagfyr"
    assert QLocale().toString(QDate(2026, 12, 3), "ddd d MMM yyyy").startswith("Iau 3 Rhag")


def test_a_language_removed_gives_the_computer_s_calendar_back(qapp, welsh):
    i18n.uninstall()
    assert QLocale().name() == QLocale.system().name()


def test_no_day_or_month_name_comes_from_python_s_strftime():
    """A new ``date.strftime("%d %b")`` would be English in every language: names go through
    text/dates.strftime()."""
    import re

    src = Path(__file__).resolve().parents[2] / "src" / "carerdesk"
    named = re.compile(r"\.strftime\([^)]*%[aAbB]")
    found = [f"{path.relative_to(src)}:{number}" for path in src.rglob("*.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if named.search(line)]
    assert found == []
