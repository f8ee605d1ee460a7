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
MODAL_REPLY = 1500  # ms: a press that opens a modal dialog gets no reply until it closes
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


def press(acc, opens_modal: bool = False) -> None:
    """The control's first action (Press, Toggle): as Orca or a switch device does it."""
    if opens_modal:  # Qt answers only when the dialog's own event loop ends
        Atspi.set_timeout(MODAL_REPLY, -1)
    try:
        acc.queryAction().doAction(0)
    except Exception as exc:  # noqa: BLE001 - the reply that never comes, and only that
        if not opens_modal or "reply" not in str(exc).lower():
            raise
    finally:
        Atspi.set_timeout(-1, -1)


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


def walk_modal(app, main, button: str, title: str, passphrase: str) -> list[str]:
    """Open a modal window from the toolbar, walk it, then lock (which closes it) and unlock
    again: a screen reader's user gets out the way anyone can."""
    press(find(main, pyatspi.ROLE_PUSH_BUTTON, button), opens_modal=True)
    found = problems(window(app, title))
    press(find(main, pyatspi.ROLE_PUSH_BUTTON, "Lock"))
    unlock(app, passphrase)
    return found


def timeline_items(main) -> list[str]:
    timeline = find(main, pyatspi.ROLE_LIST, "Journal timeline")
    return [item.name for item in timeline if item is not None]


def main() -> int:
    passphrase, text = sys.stdin.readline().rstrip("\n"), sys.argv[1]
    app = application()
    report = unlock(app, passphrase)
    journal = window(app, APP)
    report["main window"] = problems(journal)
    report |= write_entry(app, journal, text)
    shown = until("the entry in the timeline", lambda: [
        item for item in timeline_items(journal) if text[:20] in item], timeout=10)
    report["life story"] = walk_modal(app, journal, "Life story", "Ruby Example's life story",
                                      passphrase)
    journal = window(app, APP)
    report["report dialog"] = walk_modal(app, journal, "Supervision report",
                                         "Supervision report", passphrase)
    print(json.dumps({"problems": report, "timeline": shown}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
