"""Keyboard checks any window's test can use: the focus chain walked with real Tab presses and
compared with the order on screen, and the window's mnemonics (Alt+letter) checked for clashes.

``walk_tab_chain(window)`` presses Tab on whatever has focus (as a person does, through
``QTest.keyClick`` on ``QApplication.focusWidget()``) until focus is back where it started.
``check_tab_order(window)`` walks and then checks:

- no trap: focus comes back to the start, and nothing is reached twice before that;
- the order is the order on screen: within each scroll area, tab page and group box (each a
  block of its own, at its place in the block around it), widgets come top to bottom, left to
  right, reading the page the way a layout is read (an XY cut: rows first, then columns, so a
  column of buttons beside a list is read down the column before the list next to it);
- a block is gone through in one go: focus never leaves a group box and comes back to it.

``mnemonic_clashes(window)`` lists letters used twice by visible buttons, labels with a buddy,
group boxes, tab titles and the menu bar's titles; each menu's items are checked on their own.
``buttons_without_mnemonic(window)`` lists visible push buttons with no mnemonic.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)

TOLERANCE = 4  # pixels: widgets on one row may sit a few pixels apart


def describe(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text()
    if not name and isinstance(widget, QGroupBox):
        name = widget.title()
    return f"{type(widget).__name__}({name!r})"


# --- walking the focus chain ---


def walk_tab_chain(window: QWidget, limit: int = 400,
                   key: Qt.Key = Qt.Key.Key_Tab) -> tuple[list[QWidget], bool]:
    """Press Tab until focus returns to where it started; (widgets reached, came back)."""
    start = QApplication.focusWidget()
    assert start is not None and start.window() is window, (
        f"nothing in {describe(window)} has focus to start from: {start}")
    reached = [start]
    for _ in range(limit):
        current = QApplication.focusWidget()
        QTest.keyClick(current, key)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        if now is start:
            return reached, True
        if now is None or now in reached:
            if now is not None:
                reached.append(now)
            return reached, False
        reached.append(now)
    return reached, False


def _blocks(widget: QWidget, window: QWidget) -> list[QWidget]:
    """The scroll areas, tab pages and group boxes ``widget`` is in, outermost first."""
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(parent, (QGroupBox, QScrollArea)):
            found.append(parent)
        elif isinstance(grand, QStackedWidget) and isinstance(grand.parentWidget(), QTabWidget):
            found.append(parent)  # a tab's page
        parent = grand
    return list(reversed(found))


def _space(block: QWidget) -> QWidget:
    """Positions inside a scroll area are taken in its content, which scrolls."""
    return block.widget() if isinstance(block, QScrollArea) and block.widget() else block


def _rect_in(widget: QWidget, block: QWidget) -> QRect:
    space = _space(block)
    if widget is block or widget is space:
        return QRect(0, -10_000, 1, 1)  # the block's own focus (a checkable group box) first
    top_left = widget.mapTo(space, QPoint(0, 0))
    return QRect(top_left, widget.size())


def reading_order(rects: dict[QWidget, QRect]) -> list[QWidget]:
    """Top to bottom, left to right, as a layout is read: cut into rows where no widget
    spans the gap, else into columns, and read each part the same way."""
    items = list(rects)
    if len(items) <= 1:
        return items

    def cut(axis: str) -> list[list[QWidget]] | None:
        def span(w):
            r = rects[w]
            if axis == "y":
                return r.top() + TOLERANCE, r.bottom() - TOLERANCE
            return r.left() + TOLERANCE, r.right() - TOLERANCE
        ordered = sorted(items, key=lambda w: span(w)[0])
        groups, end = [[ordered[0]]], span(ordered[0])[1]
        for w in ordered[1:]:
            start, stop = span(w)
            if start > end:
                groups.append([w])
            else:
                groups[-1].append(w)
            end = max(end, stop)
        return groups if len(groups) > 1 else None

    groups = cut("y") or cut("x")
    if groups is None:  # overlapping: plain rows then columns
        return sorted(items, key=lambda w: (rects[w].top() // (TOLERANCE * 2), rects[w].left()))
    result = []
    for group in groups:
        result.extend(reading_order({w: rects[w] for w in group}))
    return result


def _tree(window: QWidget, reached: list[QWidget]) -> dict[QWidget, list[QWidget]]:
    """Each block's items (the widgets in it, and the blocks directly inside it)."""
    items: dict[QWidget, list[QWidget]] = {window: []}
    for widget in reached:
        path = [window, *_blocks(widget, window)]
        for outer, inner in itertools.pairwise(path):
            items.setdefault(inner, [])
            if inner not in items[outer]:
                items[outer].append(inner)
        if widget not in items[path[-1]]:
            items[path[-1]].append(widget)
    return items


def expected_order(window: QWidget, reached: list[QWidget]) -> list[QWidget]:
    """The widgets of ``reached`` in the order a person reads them on screen."""
    tree = _tree(window, reached)
    chosen = set(reached)

    def expand(block: QWidget) -> list[QWidget]:
        rects = {w: _rect_in(w, block) for w in tree[block]}
        out = []
        for item in reading_order(rects):
            if item in chosen:
                out.append(item)
            if item in tree and item is not block:
                out.extend(expand(item))
        return out

    return expand(window)


def tab_order_problems(window: QWidget, reached: list[QWidget]) -> list[str]:
    """What is wrong with the order ``reached`` (one loop of the chain, from anywhere):
    blocks left and come back to, and widgets out of their on-screen order in a block."""
    expected = expected_order(window, reached)
    first = reached.index(expected[0])
    walked = reached[first:] + reached[:first]
    problems = []
    finished: set[QWidget] = set()
    last_path: list[QWidget] = []
    for widget in walked:
        path = [window, *_blocks(widget, window)]
        finished.update(b for b in last_path if b not in path)
        problems += [f"focus came back into {describe(b)} at {describe(widget)} after "
                     "leaving it" for b in path if b in finished]
        last_path = path
    if walked != expected:
        def show(ws):
            return "\n    ".join(f"{describe(w)} at {w.mapTo(window, QPoint(0, 0)).x()},"
                                 f"{w.mapTo(window, QPoint(0, 0)).y()}" for w in ws)
        problems.append(f"Tab goes\n    {show(walked)}\n  but on screen it reads\n    "
                        f"{show(expected)}")
    return problems


def check_tab_order(window: QWidget, start: QWidget | None = None) -> list[QWidget]:
    """Walk the chain forwards (and backwards, which must be the same, reversed)."""
    if start is not None:
        start.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.processEvents()
    reached, closed = walk_tab_chain(window)
    names = [describe(w) for w in reached]
    assert closed, f"Tab is trapped: {names}"
    invisible = [describe(w) for w in reached if not w.isVisible()]
    assert not invisible, f"Tab reaches hidden widgets: {invisible}"
    problems = tab_order_problems(window, reached)
    assert not problems, "\n".join(problems)
    back, closed = walk_tab_chain(window, key=Qt.Key.Key_Backtab)
    assert closed, f"Shift+Tab is trapped: {[describe(w) for w in back]}"
    assert back[1:] == list(reversed(reached[1:])), (
        f"Shift+Tab is not Tab backwards: {[describe(w) for w in back]}")
    return reached


# --- mnemonics ---


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a plain ampersand), lower case."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.window() is window


def window_mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, where) for every mnemonic a person can use with Alt in ``window``."""
    found: list[tuple[str, str]] = []

    def add(text: str, where: str) -> None:
        letter = mnemonic(text)
        if letter:
            found.append((letter, where))

    for button in window.findChildren(QAbstractButton):
        if _shown(button, window) and not isinstance(button.parentWidget(), QTabBar):
            add(button.text(), f"button {button.text()!r}")
    for label in window.findChildren(QLabel):
        if _shown(label, window) and label.buddy() is not None:
            add(label.text(), f"label {label.text()!r}")
    for box in window.findChildren(QGroupBox):
        if _shown(box, window):
            add(box.title(), f"group {box.title()!r}")
    for bar in window.findChildren(QTabBar):
        if _shown(bar, window):
            for i in range(bar.count()):
                add(bar.tabText(i), f"tab {bar.tabText(i)!r}")
    for bar in window.findChildren(QMenuBar):
        if bar.window() is window:
            for action in bar.actions():
                if action.isVisible():
                    add(action.text(), f"menu {action.text()!r}")
    return found


def _clashes(found: list[tuple[str, str]]) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for letter, where in found:
        by_letter.setdefault(letter, []).append(where)
    return [f"Alt+{letter.upper()}: {', '.join(wheres)}"
            for letter, wheres in sorted(by_letter.items()) if len(wheres) > 1]


def mnemonic_clashes(window: QWidget) -> list[str]:
    clashes = _clashes(window_mnemonics(window))
    for menu in window.findChildren(QMenu):
        items = [(mnemonic(a.text()), f"{menu.title()!r} item {a.text()!r}")
                 for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        clashes += _clashes([(letter, where) for letter, where in items if letter])
    return clashes


def buttons_without_mnemonic(window: QWidget) -> list[str]:
    return [describe(b) + f" {b.text()!r}" for b in window.findChildren(QPushButton)
            if _shown(b, window) and not mnemonic(b.text())]


def labels_with_dead_mnemonic(window: QWidget) -> list[str]:
    """A label's '&' does nothing without a buddy (and its buddy must take focus)."""
    return [repr(label.text()) for label in window.findChildren(QLabel)
            if _shown(label, window) and label.textFormat() != Qt.TextFormat.RichText
            and mnemonic(label.text()) and (label.buddy() is None
                                            or label.buddy().focusPolicy()
                                            == Qt.FocusPolicy.NoFocus)]


def check_mnemonics(window: QWidget) -> None:
    problems = mnemonic_clashes(window)
    problems += [f"no mnemonic: {b}" for b in buttons_without_mnemonic(window)]
    problems += [f"a label's mnemonic leads nowhere: {t}"
                 for t in labels_with_dead_mnemonic(window)]
    assert not problems, "\n".join(problems)


def press_mnemonic(widget: QWidget, letter: str) -> None:
    QTest.keyClick(widget, getattr(Qt.Key, f"Key_{letter.upper()}"),
                   Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()

