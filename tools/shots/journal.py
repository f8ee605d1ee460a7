"""The journal window and the entry editor: as they open, with a significant event, in
dark, high contrast, the largest text, the pseudo-locale and Welsh; and My space."""

from __future__ import annotations

import datetime as dt
import os
import tempfile

from PySide6.QtWidgets import QApplication

from carerdesk.gui.journal import main_actions
from carerdesk.gui.journal.main_window import MainWindow

from . import OUT, settle

WRITTEN = {"en": "We walked to the library after school.",
           "cy": "Cerddon ni i'r llyfrgell ar ôl ysgol. Dewisodd Maya dri llyfr am ddreigiau."}


def main_window_and_editor(app: QApplication, workspace) -> MainWindow:
    """The journal with an entry chosen, and the editor with an entry being written; the
    journal window is returned for the sections that open their windows over it."""
    window = MainWindow(workspace)
    window.show()
    window.refresh()
    window.timeline.setCurrentIndex(window.model.index(1))
    settle(app)
    window.grab().save(str(OUT / "main-window.png"))
    editor = main_actions.open_editor(window)
    editor.form.narrative.text.setPlainText(
        "We walked to the library after school. Maya chose three books about dragons and read "
        "one to me on the bench outside. She said her teacher told the class she reads well.")
    form = editor.form
    form.dimension_tabs[next(iter(form.dimension_tabs))].parts["what_happened"].setPlainText(
        "Maya looked back twice to check I was still there.")
    settle(app)
    editor.grab().save(str(OUT / "entry-editor.png"))
    editor.close_for_lock()
    return window


def event_editor(app: QApplication, window) -> None:
    """The entry editor's significant event, filled as a safeguarding lead would want it."""
    from carerdesk.domain.events import EventDetail, TellRole, Told
    from carerdesk.domain.values import SignificantEvent

    now = dt.datetime.now().astimezone().replace(second=0, microsecond=0)
    hours = dt.timedelta(hours=1)
    detail = EventDetail(
        "police-called", now - 27 * hours, where="Our front door",
        present="Me, my partner Tom, Maya (upstairs)",
        what_happened="A man who said he was Maya's uncle shouted at the door and would not "
                      "leave. Tom stayed with Maya; I rang 999.",
        child_words="Is he going to take me away?",
        carer_response="I told Maya she was safe and that the police were coming to help.",
        told=(Told("PC Hale", TellRole.POLICE, now - 26.9 * hours, "999 call"),
              Told("Priya Shah", TellRole.CHILD_SOCIAL_WORKER, now - 2 * hours, "phone")),
        follow_up="Strategy meeting on Monday; Maya's school told to expect her tired.")
    editor = main_actions.open_editor(window)
    editor.form.narrative.text.setPlainText("A frightening evening; Maya settled by nine.")
    editor.form.significant.set_value(SignificantEvent.of(detail))
    settle(app)
    editor.scroll.ensureWidgetVisible(editor.form.significant.warning)
    settle(app)
    editor.grab().save(str(OUT / "event-editor.png"))
    editor.close_for_lock()


def seeing_well(app: QApplication, workspace) -> None:
    """The journal and the editor in dark, in high contrast, at the largest text size, in
    the pseudo-locale (every message 40 % longer) and in Welsh, each made afresh as it
    would open (the demo's entries stay in the English they were written in)."""
    from carerdesk.app import appearance as chosen
    from carerdesk.gui.common import appearance
    from carerdesk.text import i18n

    os.environ["CARERDESK_CONFIG_DIR"] = tempfile.mkdtemp()  # never the user's settings
    shown = appearance.install(app)
    for name, look, size, language in (("dark", "dark", chosen.NORMAL, "en"),
                                       ("high-contrast", "high-contrast", chosen.NORMAL, "en"),
                                       ("largest-text", "light", max(chosen.TEXT_SIZES), "en"),
                                       ("pseudo-locale", "light", chosen.NORMAL, i18n.PSEUDO),
                                       ("cy", "light", chosen.NORMAL, "cy")):
        chosen.choose_look(look)
        chosen.step_text_size(0)
        while chosen.text_size() < size:
            chosen.step_text_size(1)
        shown.apply()
        i18n.uninstall()
        i18n.install(language, qt=True)
        os.environ["CARERDESK_LANG"] = language  # as the app runs: the spell check's too
        window = MainWindow(workspace)
        window.show()
        window.refresh()
        window.timeline.setCurrentIndex(window.model.index(1))
        settle(app)
        window.grab().save(str(OUT / f"main-window-{name}.png"))
        editor = main_actions.open_editor(window)
        editor.form.narrative.text.setPlainText(WRITTEN.get(language, WRITTEN["en"]))
        settle(app)
        editor.grab().save(str(OUT / f"entry-editor-{name}.png"))
        editor.close_for_lock()
        window.detach()
        window.close()
    chosen.choose_look("system")
    chosen.step_text_size(0)
    shown.apply()
    i18n.uninstall()
    i18n.install("en", qt=True)
    os.environ.pop("CARERDESK_LANG", None)


def my_space(app: QApplication, window, workspace) -> None:
    """My space: the check-ins of two months and their trend, one chosen to read."""
    from carerdesk.domain.carer_space import CheckIn, HowIAm, Reflection
    from carerdesk.gui.journal.my_space_dialog import MySpaceDialog

    today = dt.date.today()
    space = workspace.carer_space
    for weeks, how, sleep, support, helped in (
            (7, HowIAm.GOOD, "Fine", None, "A weekend away"),
            (6, HowIAm.GETTING_BY, "Up in the night twice", None, None),
            (5, HowIAm.LOW, "Broken: she wakes after family time", "Time to talk it through",
             None),
            (3, HowIAm.LOW, "Still broken", "Respite one weekend", "Talking to Sam"),
            (2, HowIAm.GETTING_BY, "Better", None, "The support group on Thursday"),
            (0, HowIAm.GOOD, "Much better", None, "An early night, and a walk")):
        space.add(CheckIn(today - dt.timedelta(weeks=weeks), how, sleep, support, helped))
    space.add(Reflection(today - dt.timedelta(days=3), "I lost my temper over the shoes this "
                         "morning and felt terrible all day. Tonight I said sorry, and she "
                         "hugged me. I am learning that the repair matters more than the "
                         "rupture."))
    dialog = MySpaceDialog(workspace, window)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.checkins)
    dialog.checkins.list.setCurrentRow(0)
    settle(app)
    dialog.grab().save(str(OUT / "my-space.png"))
    dialog.checkins.start_new()  # nothing left to keep as it closes
    dialog.close()
