"""Every control a person types into or chooses from has an accessible name."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from carerdesk.gui.journal.entry_editor import EntryEditor
from carerdesk.gui.journal.main_window import MainWindow
from carerdesk.gui.setup.wizard import SetupWizard

INTERACTIVE = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
               QAbstractItemView)


def _qt_internal(widget) -> bool:
    """Qt's own parts: a combo box's popup list, header sections, extension buttons."""
    return (widget.objectName().startswith("qt_")
            and widget.objectName() != "qt_calendar_calendarview"
            or isinstance(widget, QHeaderView)
            or widget.window().windowType() == Qt.WindowType.Popup
            or isinstance(widget.parent(), QLineEdit))


def _unnamed(root):
    missing = []
    widgets = [w for kind in INTERACTIVE for w in root.findChildren(kind)]
    for widget in widgets:
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the line edit inside a spin box or combo box: the parent is named
        if not widget.isEnabled() or _qt_internal(widget):
            continue
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                           f"{type(widget.parent()).__name__}")
    for button in root.findChildren(QAbstractButton):
        if _qt_internal(button):
            continue
        if not (button.accessibleName() or button.text() or button.toolTip()):
            missing.append(f"button {button.objectName()!r} in {type(button.parent()).__name__}")
    return missing


def test_main_window_and_editor(qtbot, workspace):
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    editor = EntryEditor(workspace.journal, workspace.journal.children())
    qtbot.addWidget(editor)
    assert _unnamed(window) == []
    assert _unnamed(editor) == []
    window.detach()


def test_wizard(qtbot, tmp_path):
    wizard = SetupWizard(tmp_path / "v")
    qtbot.addWidget(wizard)
    for page_id in wizard.pageIds():
        assert _unnamed(wizard.page(page_id)) == [], page_id
