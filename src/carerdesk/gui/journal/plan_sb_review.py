"""The Plan page's Secure Base review: how the child is doing on each dimension, 0-10, with
what 0, 5 and 10 look like and a question for the child's age band beside each rating;
family membership rated for our family and the birth family. Earlier reviews on the right."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carerdesk.app import policy
from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.sb_review import (
    RATED,
    AgeBand,
    Rating,
    SecureBaseReview,
    age_band,
    anchors,
    next_review,
    prompt,
    rated_source,
    review_due,
)
from carerdesk.gui.common.form_draft import FormDraft
from carerdesk.gui.common.widgets import clear_error, error_label, show_error, unless_locked
from carerdesk.gui.journal.dimension_tab import rating_box
from carerdesk.gui.journal.plan_goal_form import date_field, day_of
from carerdesk.text.i18n import translate


def _guide(text: str) -> str:
    return translate("SecureBaseGuide", text)


class RatingRow(QFrame):
    """One rated item: its name, the 0-10 box (the wheel turns it only once focused), the
    anchors, the age band's question, and the words behind the rating."""

    def __init__(self, key: str, label: str, parent=None) -> None:
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = translate(*rated_source(key))
        self.score: QSpinBox = rating_box(self, self.tr("{title}, 0 to 10").format(title=title))
        caption = QLabel(f"<b>{label}</b>", self)
        caption.setBuddy(self.score)
        low, middle, high = (_guide(text) for text in anchors(key))
        self.anchors = QLabel(self.tr("0: {low}<br>5: {middle}<br>10: {high}").format(
            low=low, middle=middle, high=high), self)
        self.anchors.setWordWrap(True)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.words = QLineEdit(self)
        self.words.setAccessibleName(self.tr("{title}: what lies behind the rating").format(
            title=title))
        self.words.setPlaceholderText(self.tr("What lies behind this rating (optional)"))
        grid = QGridLayout(self)
        grid.addWidget(caption, 0, 0)
        grid.addWidget(self.score, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.prompt, 0, 1)
        grid.addWidget(self.anchors, 1, 1)
        grid.addWidget(self.words, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)

    def show_band(self, band: AgeBand) -> None:
        self.prompt.setText(f"<i>{_guide(prompt(self.key, band))}</i>")

    def rating(self) -> Rating:
        value = self.score.value()
        return Rating(value if value >= 0 else None, self.words.text())

    def clear(self) -> None:
        self.score.setValue(-1)
        self.words.clear()


class SecureBaseReviewPage(QWidget):
    changed = Signal()

    def __init__(self, workspace, child, parent=None) -> None:
        super().__init__(parent)
        self.reviews_service, self.child = workspace.sb_reviews, child
        self.date = date_field(self, self.tr("Date of the review"), up_to_today=True)
        self.band = QComboBox(self)
        for band in AgeBand:
            self.band.addItem(_guide(band.title), band.value)
        self.band.setAccessibleName(self.tr("Age band"))
        self.due = QLabel(self)
        self.due.setWordWrap(True)
        self.due.setAccessibleName(self.tr("When the next review is due"))
        labels = {"availability": self.tr("&Availability"), "sensitivity": self.tr("&Sensitivity"),
                  "acceptance": self.tr("Acc&eptance"), "cooperation": self.tr("Co-o&peration"),
                  "family_foster": self.tr("Family membership: our &family"),
                  "family_birth": self.tr("Family membership: b&irth family")}
        self.rows = {key: RatingRow(key, labels[key], self) for key in RATED}
        self.words = QPlainTextEdit(self)
        self.words.setTabChangesFocus(True)
        self.words.setFixedHeight(52)
        self.words.setAccessibleName(self.tr("Anything else about this review"))
        self.error = error_label(self, self.tr("Problem"))
        self.save_button = QPushButton(self.tr("Sa&ve review"), self)
        self.draft = FormDraft(self, workspace.journal, "secure-base-review", child.id)
        self.earlier = QListWidget(self)
        self.earlier.setAccessibleName(self.tr("Earlier Secure Base reviews"))
        self._layout()
        self.band.currentIndexChanged.connect(lambda _i: self._show_band())
        self.save_button.clicked.connect(self.save)
        known = age_band(child.born, dt.date.today())
        self.band.setCurrentIndex(list(AgeBand).index(known or AgeBand.CHILD))
        self._show_band()
        self.reload()
        self.draft.shown()  # a review begun before a lock comes back

    def _layout(self) -> None:
        top = QFormLayout()
        for text, widget in ((self.tr("&Date:"), self.date), (self.tr("Age ba&nd:"), self.band)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            top.addRow(label, widget)
        intro = QLabel(self.tr("How is the child doing? Rate each from 0 to 10 for this child "
                               "now; the words beside each say what 0, 5 and 10 look like. "
                               "Emotional age counts: choose the band that fits."), self)
        intro.setWordWrap(True)
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.addWidget(intro)
        for row in self.rows.values():
            column.addWidget(row)
        words_label = QLabel(self.tr("An&ything else:"), inner)
        words_label.setBuddy(self.words)
        column.addWidget(words_label)
        column.addWidget(self.words)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(inner)
        self.scroll_area.setAccessibleName(self.tr("The ratings"))
        main = QVBoxLayout()
        main.addLayout(top)
        main.addWidget(self.due)
        main.addWidget(self.scroll_area, 1)
        main.addWidget(self.draft.note)
        main.addWidget(self.error)
        main.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Earlier reviews"), self))
        side.addWidget(self.earlier, 1)
        self.earlier.setMaximumWidth(330)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(main, 3)
        layout.addLayout(side, 1)

    def _show_band(self) -> None:
        band = AgeBand(self.band.currentData())
        for row in self.rows.values():
            row.show_band(band)

    @unless_locked
    def reload(self) -> None:
        records = self.reviews_service.records(self.child.id)
        self.earlier.clear()
        for record in reversed(records):
            r = record.value
            scores = ", ".join(f"{translate(*rated_source(k))} {v.score}"
                               for k, v in r.ratings.items() if v.score is not None)
            self.earlier.addItem(f"{r.date.isoformat()}: {scores}")
        weeks = policy.current().review_weeks
        last = records[-1].value.date if records else None
        due = next_review(last, weeks)
        if due is None:
            self.due.setText(self.tr("No Secure Base review yet: the first is due now."))
        elif review_due(last, dt.date.today(), weeks):
            self.due.setText(self.tr("A review is due: the last was on {last}.").format(
                last=last.isoformat() if last else ""))
        else:
            self.due.setText(self.tr("The next review is due on {day}.").format(
                day=due.isoformat()))

    @unless_locked
    def save(self) -> None:
        clear_error(self.error)
        review = SecureBaseReview(day_of(self.date), AgeBand(self.band.currentData()),
                                  {key: row.rating() for key, row in self.rows.items()},
                                  self.words.toPlainText())
        try:
            self.reviews_service.add(self.child.id, review)
        except CarerDeskError as exc:
            show_error(self.error, exc)  # nothing typed is lost
            return
        self.draft.saved()
        for row in self.rows.values():
            row.clear()
        self.words.clear()
        self.reload()
        self.draft.shown()
        self.changed.emit()
