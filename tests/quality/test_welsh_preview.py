"""The entry as the journal's preview pane and the history show it, in Welsh: its headings
("In their own words", "My reflection", a rating of the birth family, who was told) were
looked up through a helper lupdate could not see, so they were never translated."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from carerdesk.domain.categories import SignificantEventKind
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.values import EntryContent, Observation, SignificantEvent
from carerdesk.gui.common.render import entry_html
from carerdesk.text import i18n

WELSH_TS = Path(__file__).resolve().parents[2] / "translations" / "carerdesk_cy.ts"


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


def test_the_preview_s_headings_are_welsh(welsh):
    content = EntryContent(
        date=dt.date(2026, 11, 2), child_ids=("c",), text="Diwrnod tawel.",
        observations={Dimension.FAMILY_MEMBERSHIP: Observation(
            what_happened="Siaradodd am ei brawd.", rating_birth=6)},
        voice="Dw i'n hoffi'r parc.", reflection="Roedd hi'n hapus.",
        significant=SignificantEvent(SignificantEventKind.MISSING, who_was_told="Priya"))
    shown = entry_html(content, {"c": "Gwenllïan"})
    for welsh_words in ("Yn eu geiriau eu hunain", "Fy myfyrdod", "(teulu biolegol 6/10)",
                        "Hysbyswyd: Priya"):
        assert welsh_words in shown
    for english in ("In their own words", "My reflection", "birth family", "Told:"):
        assert english not in shown
