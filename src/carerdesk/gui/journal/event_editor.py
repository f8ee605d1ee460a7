"""The entry editor's significant event, as a safeguarding lead would accept it: the kind,
when and where, who was present, what happened, the child's exact words, what I did and said,
who was told, the follow-up, and for a child missing from home the times and the return talk.

Warnings (the supervising social worker or the fostering service not told, a first telling
a day late) are shown as the carer types and never stop a save. An entry written before
events had their parts is kept exactly as it was until the carer changes a part of it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from carerdesk.app import preset
from carerdesk.domain.categories import SIGNIFICANT_EVENT_TITLES, SignificantEventKind
from carerdesk.domain.events import (
    FROM_OLD,
    MISSING,
    EventDetail,
    Missing,
    Told,
    event_kinds,
    warnings,
)
from carerdesk.domain.values import SignificantEvent
from carerdesk.gui.common.render import t
from carerdesk.gui.journal.told_table import ToldTable, moment_edit, moment_of, show_moment


def _plain(parent: QWidget, name: str, height: int = 54) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    edit.setAccessibleName(name)
    return edit


def _agency_kinds() -> tuple[tuple[str, str], ...]:
    try:
        return preset.event_kinds()
    except preset.PresetError:  # the preset watcher says what is wrong with it
        return ()


class EventEditor(QGroupBox):
    """Checked: the entry is a significant event. ``value()`` is the event (a draft: the
    entry's validation says what is missing on Save); ``set_value()`` shows one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Si&gnificant event"))
        self.setCheckable(True)
        self.setChecked(False)
        self.setAccessibleName(self.tr("Significant event"))
        self._legacy: SignificantEvent | None = None  # an old event, kept until changed
        self._loading = False
        self.body = QWidget(self)
        self._fields()
        self._layout()
        self._connect()
        self.body.setVisible(False)
        self._kind_changed()

    # --- building ---

    def _fields(self) -> None:
        body = self.body
        self.kind = QComboBox(body)
        self.kind.setAccessibleName(self.tr("Kind of significant event"))
        self.kind.addItem(self.tr("(choose the kind)"), "")
        for kind in event_kinds(_agency_kinds()):
            self.kind.addItem(kind.title if kind.agency else t("Events", kind.title), kind.key)
        self.happened = moment_edit(body, self.tr("When it happened"))
        self.where = QLineEdit(body)
        self.where.setAccessibleName(self.tr("Where it happened"))
        self.present = QLineEdit(body)
        self.present.setAccessibleName(self.tr("Who was present"))
        self.what = _plain(body, self.tr("What happened"), 70)
        self.words = _plain(body, self.tr("The child's exact words"))
        self.words.setPlaceholderText(self.tr("Exactly as they said it"))
        self.did = _plain(body, self.tr("What I did and said"))
        self.told = ToldTable(body)
        self.follow_up = _plain(body, self.tr("Follow-up actions"))
        self.missing = QGroupBox(self.tr("Missing from home"), body)
        self.last_seen = moment_edit(self.missing, self.tr("When last seen"))
        self.reported_at = moment_edit(self.missing, self.tr("When reported"))
        self.reported_to = QLineEdit(self.missing)
        self.reported_to.setAccessibleName(self.tr("Reported to"))
        self.police_ref = QLineEdit(self.missing)
        self.police_ref.setAccessibleName(self.tr("Police reference"))
        self.back_at = moment_edit(self.missing, self.tr("When back"))
        self.return_talk = _plain(self.missing, self.tr("The return conversation"))
        self.warning = QLabel(body)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("color: #8a4b00;")
        self.warning.setAccessibleName(self.tr("Warnings about the event"))
        self.legacy = QLabel(body)
        self.legacy.setWordWrap(True)
        self.legacy.setTextFormat(Qt.TextFormat.PlainText)  # the carer's words, never markup
        self.legacy.hide()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("When it happened:"), self.happened)
        form.addRow(self.tr("Where:"), self.where)
        form.addRow(self.tr("Who was present:"), self.present)
        form.addRow(self.tr("What happened:"), self.what)
        form.addRow(self.tr("The child's exact words:"), self.words)
        form.addRow(self.tr("What I did and said:"), self.did)
        form.addRow(self.tr("Who was told:"), self.told)
        form.addRow(self.tr("Follow-up:"), self.follow_up)
        missing = QFormLayout(self.missing)
        missing.addRow(self.tr("Last seen:"), self.last_seen)
        missing.addRow(self.tr("Reported:"), self.reported_at)
        missing.addRow(self.tr("Reported to:"), self.reported_to)
        missing.addRow(self.tr("Police reference:"), self.police_ref)
        missing.addRow(self.tr("Back:"), self.back_at)
        missing.addRow(self.tr("The return conversation:"), self.return_talk)
        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.legacy)
        inner.addLayout(form)
        inner.addWidget(self.missing)
        inner.addWidget(self.warning)
        outer = QVBoxLayout(self)
        outer.addWidget(self.body)

    def _connect(self) -> None:
        self.toggled.connect(self._toggled)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.kind.currentIndexChanged, self.happened.dateTimeChanged,
                       self.where.textChanged, self.present.textChanged,
                       self.what.textChanged, self.words.textChanged, self.did.textChanged,
                       self.told.changed, self.follow_up.textChanged,
                       self.last_seen.dateTimeChanged, self.reported_at.dateTimeChanged,
                       self.reported_to.textChanged, self.police_ref.textChanged,
                       self.back_at.dateTimeChanged, self.return_talk.textChanged):
            signal.connect(self._edited)
        self.told.rows_changed.connect(self._tab_order)

    def _tab_order(self) -> None:
        """Rows made later join the end of the window's Tab chain: put them in place."""
        chain = [self.did, *self.told.focus_chain(), self.follow_up]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # --- as the carer types ---

    def _toggled(self, on: bool) -> None:
        self.body.setVisible(on)
        self._edited()

    def _kind_changed(self) -> None:
        self.missing.setVisible(self.kind.currentData() == MISSING)

    def _edited(self) -> None:
        if self._loading:
            return
        self._legacy = None  # a part changed: from now on it is a full record
        self.legacy.hide()
        self._show_warnings()
        self.changed.emit()

    def _show_warnings(self) -> None:
        detail = self._detail() if self.isChecked() else None
        found = [t("Events", w) for w in warnings(detail)] if detail else []
        found[:0] = self._out_of_order(detail.missing) if detail and detail.missing else []
        self.warning.setText("\n".join(found))
        self.warning.setVisible(bool(found))

    def _out_of_order(self, missing: Missing) -> list[str]:
        """Said as the times are typed, not only when Save refuses them."""
        seen, said = missing.last_seen, []
        if seen and missing.reported_at and missing.reported_at < seen:
            said.append(self.tr("The time it was reported is before the child was last "
                                "seen: please check the two times."))
        if seen and missing.back_at and missing.back_at < seen:
            said.append(self.tr("The time the child came back is before they were last "
                                "seen: please check the two times."))
        return said

    # --- the value ---

    def _detail(self) -> EventDetail:
        missing = None
        if self.kind.currentData() == MISSING:
            missing = Missing(moment_of(self.last_seen), moment_of(self.reported_at),
                              self.reported_to.text().strip() or None,
                              self.police_ref.text().strip() or None, moment_of(self.back_at),
                              self.return_talk.toPlainText().strip() or None)
        return EventDetail(
            kind=self.kind.currentData() or "", happened_at=moment_of(self.happened),
            where=self.where.text().strip() or None,
            present=self.present.text().strip() or None,
            what_happened=self.what.toPlainText().strip() or None,
            child_words=self.words.toPlainText().strip() or None,
            carer_response=self.did.toPlainText().strip() or None,
            told=self.told.value(), follow_up=self.follow_up.toPlainText().strip() or None,
            missing=missing)

    def value(self) -> SignificantEvent | None:
        if not self.isChecked():
            return None
        if self._legacy is not None:
            return self._legacy
        return SignificantEvent.of(self._detail())

    def set_value(self, event: SignificantEvent | None) -> None:
        self._loading = True
        try:
            self.setChecked(event is not None)
            self.body.setVisible(event is not None)
            detail = event.detail if event else None
            if event is not None and detail is None:
                detail = self._from_old(event)
            self._show_detail(detail or EventDetail())
            self._legacy = event if event is not None and event.detail is None else None
            self.legacy.setVisible(self._legacy is not None)
            if self._legacy is not None:
                self.legacy.setText(self._legacy_words(self._legacy))
        finally:
            self._loading = False
        self._show_warnings()

    def _show_detail(self, detail: EventDetail) -> None:
        index = self.kind.findData(detail.kind)
        if index < 0 and detail.kind:  # a kind the agency no longer lists: still shown
            self.kind.addItem(detail.kind, detail.kind)
            index = self.kind.count() - 1
        self.kind.setCurrentIndex(max(index, 0))
        show_moment(self.happened, detail.happened_at)
        self.where.setText(detail.where or "")
        self.present.setText(detail.present or "")
        self.what.setPlainText(detail.what_happened or "")
        self.words.setPlainText(detail.child_words or "")
        self.did.setPlainText(detail.carer_response or "")
        self.told.set_value(detail.told)
        self.follow_up.setPlainText(detail.follow_up or "")
        missing = detail.missing or Missing()
        show_moment(self.last_seen, missing.last_seen)
        show_moment(self.reported_at, missing.reported_at)
        self.reported_to.setText(missing.reported_to or "")
        self.police_ref.setText(missing.police_reference or "")
        show_moment(self.back_at, missing.back_at)
        self.return_talk.setPlainText(missing.return_conversation or "")
        self._kind_changed()

    @staticmethod
    def _from_old(event: SignificantEvent) -> EventDetail:
        """An old event in the new fields, ready for the carer to complete."""
        told = (Told(event.who_was_told, when=event.told_at),) if event.who_was_told else ()
        return EventDetail(kind=FROM_OLD.get(event.kind, ""), told=told,
                           follow_up=event.next_steps)

    def _legacy_words(self, event: SignificantEvent) -> str:
        kind = t("Category", SIGNIFICANT_EVENT_TITLES.get(event.kind, SIGNIFICANT_EVENT_TITLES[
            SignificantEventKind.OTHER]))
        return self.tr("Written before events had their own parts, as \"{kind}\". It is kept "
                       "as it was until you change a part below; then say when it happened "
                       "and when each person was told.").format(kind=kind)
