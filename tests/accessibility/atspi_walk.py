"""Drive the running CarerDesk from outside, as Orca sees it: through AT-SPI alone.

Run by Debian's /usr/bin/python3 (pyatspi is a Debian package, not in the venv) while the
app runs from the venv; tests/accessibility/test_atspi.py starts both. The passphrase comes
on stdin, the entry's text as the one argument. Prints one JSON object: what each window's
walk found, and whether the entry was saved.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import Atspi

APP = "CarerDesk"
WAIT = 30.0  # seconds for a window to appear (an unlock runs Argon2id)
REPLY = 5000  # ms for any call's answer: a press that opened a window in a nested event
# loop (exec()) got none until that window closed, so Orca, and this walk, hung on it
LABELLED_BY = pyatspi.RELATION_LABELLED_BY
LABEL_FOR = pyatspi.RELATION_LABEL_FOR
CHOICES = (pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON)


def until(what: str, found, timeout: float = WAIT):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = found()
        if value:
            return value
        time.sleep(0.2)
    raise SystemExit(f"timed out waiting for {what}")


def application():
    def find():
        return next((app for app in pyatspi.Registry.getDesktop(0)
                     if app is not None and app.name == APP), None)
    return until("the CarerDesk application on the accessibility bus", find)


def showing(acc) -> bool:
    return acc.getState().contains(pyatspi.STATE_SHOWING)


def window(app, name: str):
    return until(f"the window {name!r}", lambda: next(
        (w for w in app if w is not None and w.name == name and showing(w)), None))


def gone(app, name: str) -> None:
    until(f"the window {name!r} to close", lambda: not any(
        w is not None and w.name == name and showing(w) for w in app))


def descendants(acc):
    for child in acc:
        if child is not None:
            yield child
            # A combo box's popup list is Qt's own, read by Orca as the combo box's items.
            if child.getRole() != pyatspi.ROLE_COMBO_BOX:
                yield from descendants(child)


def find(root, role: int, name: str):
    return until(f"{name!r} in {root.name!r}", lambda: next(
        (acc for acc in descendants(root) if acc.getRole() == role and acc.name == name),
        None))


def targets(acc, relation: int) -> list[str]:
    return [rel.getTarget(i).name for rel in acc.getRelationSet()
            if rel.getRelationType() == relation for i in range(rel.getNTargets())]


def where(acc) -> str:
    parts, node = [], acc
    while node is not None and node.getRole() not in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_FRAME):
        parts.append(f"{node.getRoleName()} {node.name!r}")
        node = node.parent
    return " in ".join(parts)


def choices(acc) -> int:
    """How many check boxes or radio buttons side by side make up the whole of a container:
    a set of choices, which needs a name as a group box does."""
    roles = [child.getRole() for child in acc if child is not None
             and child.getState().contains(pyatspi.STATE_FOCUSABLE)]
    return len(roles) if all(role in CHOICES for role in roles) else 0


def problems(root) -> list[str]:
    """What a screen reader could not say: a focusable control with no name; a combo box
    with no label (on Linux Qt gives a combo box its current value as its name, so the
    label says what it is); a group of controls, or a set of check boxes side by side,
    with no name; a label "…:" tied to nothing."""
    found = []
    for acc in descendants(root):
        role, name = acc.getRole(), acc.name.strip()
        if acc.getState().contains(pyatspi.STATE_FOCUSABLE) and not name:
            found.append("no name: " + where(acc))
        if role == pyatspi.ROLE_COMBO_BOX and not any(targets(acc, LABELLED_BY)):
            found.append("no label: " + where(acc))
        if role == pyatspi.ROLE_PANEL and not name and any(  # not a table's corner
                d.getState().contains(pyatspi.STATE_FOCUSABLE) for d in descendants(acc)):
            found.append("group with no name: " + where(acc))
        if role == pyatspi.ROLE_FILLER and not (name or targets(acc, LABELLED_BY)) and (
                choices(acc) > 1):
            found.append("choices with no name: " + where(acc))
        if role == pyatspi.ROLE_LABEL and name.endswith(":") and not targets(acc, LABEL_FOR):
            found.append("label tied to no field: " + where(acc))
    return found


def press(acc) -> None:
    """The control's first action (Press, Toggle): as Orca or a switch device does it. Every
    press is answered, those that open a window included (a timeout fails the walk)."""
    started = time.monotonic()
    acc.queryAction().doAction(0)
    if time.monotonic() - started > REPLY / 2000:
        raise SystemExit(f"pressing {acc.name!r} took {time.monotonic() - started:.1f} s "
                         "to answer")


def unlock(app, passphrase: str) -> dict[str, list[str]]:
    dialog = window(app, "Unlock CarerDesk")
    found = problems(dialog)
    field = find(dialog, pyatspi.ROLE_PASSWORD_TEXT, "Passphrase")
    field.queryEditableText().setTextContents(passphrase)
    press(find(dialog, pyatspi.ROLE_PUSH_BUTTON, "Unlock"))
    return {"unlock": found}


def write_entry(app, main, text: str) -> dict[str, list[str]]:
    press(find(main, pyatspi.ROLE_PUSH_BUTTON, "New entry"))
    editor = window(app, "New entry")
    found = problems(editor)
    about = find(editor, pyatspi.ROLE_CHECK_BOX, "About Ruby Example")
    if not about.getState().contains(pyatspi.STATE_CHECKED):
        press(about)
    narrative = find(editor, pyatspi.ROLE_TEXT, "The day in your words")
    narrative.queryEditableText().setTextContents(text)
    press(find(editor, pyatspi.ROLE_PUSH_BUTTON, "Save the entry"))
    gone(app, "New entry")
    return {"editor": found}


def life_story(app, main, child: str, title: str) -> dict[str, list[str]]:
    """Open the life story from the toolbar and walk it while it is open; add a page through
    its New page window (walked too), see the page listed, and close it with its Close."""
    press(find(main, pyatspi.ROLE_PUSH_BUTTON, "Life story"))
    book = window(app, f"{child}'s life story")
    found = problems(book)
    press(find(book, pyatspi.ROLE_PUSH_BUTTON, "New page…"))
    page = window(app, "New life-story page")
    found_page = problems(page)
    find(page, pyatspi.ROLE_TEXT, "Title").queryEditableText().setTextContents(title)
    find(page, pyatspi.ROLE_TEXT, "Story").queryEditableText().setTextContents(
        "You fed the ducks at the lake.")
    press(find(page, pyatspi.ROLE_PUSH_BUTTON, "Save"))
    gone(app, "New life-story page")
    pages = find(book, pyatspi.ROLE_LIST, "Pages")
    until("the new page in the list", lambda: any(
        item is not None and title in item.name for item in pages), timeout=10)
    press(find(book, pyatspi.ROLE_PUSH_BUTTON, "Close"))
    gone(app, f"{child}'s life story")
    return {"life story": found, "life-story page": found_page}


def report_dialog(app, main, passphrase: str) -> dict[str, list[str]]:
    """Open the report dialog from the toolbar and walk it while it is open; make the
    preview (the status line says how many entries) and lock with it open, as anyone can,
    then unlock again."""
    press(find(main, pyatspi.ROLE_PUSH_BUTTON, "Supervision report"))
    dialog = window(app, "Supervision report")
    found = problems(dialog)
    press(find(dialog, pyatspi.ROLE_PUSH_BUTTON, "Preview"))
    until("the preview's count of entries", lambda: any(
        acc.getRole() == pyatspi.ROLE_LABEL and "in this period" in acc.name
        for acc in descendants(dialog)), timeout=20)
    press(find(main, pyatspi.ROLE_PUSH_BUTTON, "Lock"))
    gone(app, "Supervision report")
    unlock(app, passphrase)
    return {"report dialog": found}


def timeline_items(main) -> list[str]:
    timeline = find(main, pyatspi.ROLE_LIST, "Journal timeline")
    return [item.name for item in timeline if item is not None]


def main() -> int:
    passphrase, text = sys.stdin.readline().rstrip("\n"), sys.argv[1]
    Atspi.set_timeout(REPLY, -1)  # a call left unanswered fails here, not after 25 s
    app = application()
    report = unlock(app, passphrase)
    journal = window(app, APP)
    report["main window"] = problems(journal)
    report |= write_entry(app, journal, text)
    shown = until("the entry in the timeline", lambda: [
        item for item in timeline_items(journal) if text[:20] in item], timeout=10)
    report |= life_story(app, journal, "Ruby Example", "At the lake")
    report |= report_dialog(app, journal, passphrase)
    print(json.dumps({"problems": report, "timeline": shown}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
