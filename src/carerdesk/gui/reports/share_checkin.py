"""The report dialog's "Share my latest wellbeing check-in": ticked, the check-in's words go
into the wellbeing note, where the carer reads (and may change) them before anything is sent;
unticked, the note is as it was. Nothing of the carer's own space reaches a report otherwise.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QWidget

from carerdesk.journal.carer_space import shared_words


class ShareCheckIn(QCheckBox):
    def __init__(self, service, note: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("S&hare my latest wellbeing check-in"), parent)
        self.note = note
        self.setAccessibleName(self.tr("Share my latest wellbeing check-in"))
        self._before: str | None = None  # the note as it was before ticking
        self._filled: str | None = None  # the note as ticking made it
        latest = service.latest_checkin()
        self.words = shared_words(latest.value) if latest is not None else None
        if latest is None:
            self.setEnabled(False)
            self.setToolTip(self.tr("You have no wellbeing check-in yet (Journal → My "
                                    "space…)."))
        else:
            self.setToolTip(self.tr("Puts your check-in of {date} in the wellbeing note, "
                                    "where you can read and change it before it goes.").format(
                date=latest.value.date.isoformat()))
        self.toggled.connect(self._toggled)

    def _toggled(self, on: bool) -> None:
        if on and self.words is not None:
            self._before = self.note.toPlainText()
            kept = self._before.strip()
            self._filled = f"{kept}\n\n{self.words}" if kept else self.words
            self.note.setPlainText(self._filled)
        elif not on and self.note.toPlainText() == self._filled:
            self.note.setPlainText(self._before or "")  # changed since: left as the carer made it
