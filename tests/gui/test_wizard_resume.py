"""A set-up left half done: cancelling asks first, and the next start carries on after unlock.

Driven as a person drives it: keys typed into the fields, clicks on the wizard's own buttons
and on the buttons of the question it asks.
"""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWizard

from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import WrongRecoveryKey
from carerdesk.domain.input_errors import EmptyValue
from carerdesk.domain.roles import Role
from carerdesk.gui.app import AppController
from carerdesk.gui.journal.main_window import MainWindow
from carerdesk.gui.reports.inbox_window import InboxWindow
from carerdesk.gui.setup.unlock import UnlockDialog
from carerdesk.gui.setup.wizard import (
    ChildPage,
    ConfirmKeyPage,
    HouseholdPage,
    PassphrasePage,
    RecoveryKeyPage,
    SetupWizard,
)
from carerdesk.gui.setup.wizard_roles import SupervisorPage
from carerdesk.text.messages import describe
from carerdesk.vault.kdf import FLOOR

PASS = "kettle orbit velvet"
LEFT = Qt.MouseButton.LeftButton


def _click(qtbot, wizard, which):
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{button.text()} cannot be clicked"
    qtbot.mouseClick(button, LEFT)


def _next(qtbot, wizard):
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)


def _can_go_on(wizard) -> bool:
    for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
        button = wizard.button(which)
        if button.isVisible():
            return button.isEnabled()
    return False


def _first_run(qtbot, folder, supervisor=False) -> tuple[AppController, SetupWizard]:
    controller = AppController(folder, kdf_params=FLOOR)
    controller.start()
    wizard = controller.dialog
    assert isinstance(wizard, SetupWizard)
    qtbot.addWidget(wizard)
    if supervisor:
        qtbot.mouseClick(wizard.welcome.supervisor, LEFT)
    _next(qtbot, wizard)
    page = wizard.currentPage()
    assert isinstance(page, PassphrasePage)
    qtbot.keyClicks(page.first, PASS)
    qtbot.keyClicks(page.second, PASS)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), RecoveryKeyPage), timeout=15000)
    return controller, wizard


def _check_the_key(qtbot, wizard):
    _next(qtbot, wizard)  # past the key shown
    confirm = wizard.currentPage()
    assert isinstance(confirm, ConfirmKeyPage)
    groups = wizard.recovery_key.split("-")
    qtbot.keyClicks(confirm.first, groups[confirm.groups[0] - 1])
    qtbot.keyClicks(confirm.second, groups[confirm.groups[1] - 1])
    _next(qtbot, wizard)


def _finish_later(qtbot, wizard):
    _click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    box = wizard.leave_box
    assert box is not None and box.isVisible() and wizard.isVisible()
    qtbot.mouseClick(wizard.finish_later_button, LEFT)
    assert not wizard.isVisible() and wizard.workspace is None  # locked, not left open


def _start_again(qtbot, folder) -> AppController:
    """A new start on the same folder: the unlock window, the passphrase typed."""
    controller = AppController(folder, kdf_params=FLOOR)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.dialog is not dialog or controller.window is not None,
                    timeout=15000)
    return controller


def _journal_opened(qtbot, controller, kind):
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10000)
    window = controller.window
    qtbot.addWidget(window)
    assert isinstance(window, kind)
    return window


def test_cancel_after_the_passphrase_asks_and_keep_setting_up_stays(qtbot, tmp_path):
    controller, wizard = _first_run(qtbot, tmp_path / "vault")
    page = wizard.currentPage()
    _click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    box = wizard.leave_box
    assert box.isVisible() and wizard.isVisible()
    assert "not finished" in box.text()
    assert "recovery key has not been checked" in box.informativeText()
    labels = {b.text() for b in box.buttons()}
    assert labels == {"&Finish later", "&Keep setting up"}  # each with its own Alt+letter
    assert box.defaultButton() is wizard.keep_going_button
    qtbot.mouseClick(wizard.keep_going_button, LEFT)
    assert not box.isVisible() and wizard.isVisible() and wizard.currentPage() is page
    assert wizard.workspace is not None and not wizard.workspace.is_locked
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Escape asks too
    assert wizard.leave_box.isVisible()
    qtbot.mouseClick(wizard.finish_later_button, LEFT)
    assert not wizard.isVisible() and wizard.workspace is None


def test_cancel_before_the_vault_exists_does_not_ask(qtbot, tmp_path):
    controller = AppController(tmp_path / "vault", kdf_params=FLOOR)
    controller.start()
    wizard = controller.dialog
    qtbot.addWidget(wizard)
    _next(qtbot, wizard)
    _click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.leave_box is None and not wizard.isVisible()
    assert not (tmp_path / "vault" / "vault.json").exists()


def test_finish_later_on_the_key_page_gives_a_new_key_then_the_household(qtbot, tmp_path):
    folder = tmp_path / "vault"
    _, wizard = _first_run(qtbot, folder)
    first_key = wizard.recovery_key
    _finish_later(qtbot, wizard)

    controller = _start_again(qtbot, folder)
    resumed = controller.dialog
    assert isinstance(resumed, SetupWizard) and resumed.isVisible()  # not the journal
    qtbot.addWidget(resumed)
    assert controller.window is None
    key_page = resumed.currentPage()
    assert isinstance(key_page, RecoveryKeyPage)
    assert key_page.renewed.isVisible() and "new one" in key_page.renewed.text()
    assert resumed.recovery_key != first_key and len(resumed.recovery_key) == 77
    assert all(g in key_page.key.text() for g in resumed.recovery_key.split("-"))
    assert not resumed.button(QWizard.WizardButton.BackButton).isEnabled()  # nothing behind
    new_key = resumed.recovery_key
    _check_the_key(qtbot, resumed)
    assert isinstance(resumed.currentPage(), HouseholdPage)
    _fill_household_and_child(qtbot, resumed)
    window = _journal_opened(qtbot, controller, MainWindow)
    workspace = controller.workspace
    assert workspace.journal.household().name == "The Brown family"
    assert [c.name for c in workspace.journal.children()] == ["Ruby"]
    assert workspace.set_up_progress().complete
    controller.quit()
    window.close()
    with pytest.raises(WrongRecoveryKey):  # the key never checked no longer opens the vault
        Workspace.unlock_with_recovery_key(folder, first_key)
    Workspace.unlock_with_recovery_key(folder, new_key).lock()


def _fill_household_and_child(qtbot, wizard):
    household = wizard.currentPage()
    qtbot.keyClicks(household.name, "The Brown family")
    _next(qtbot, wizard)
    child = wizard.currentPage()
    assert isinstance(child, ChildPage)
    qtbot.keyClicks(child.fields.name, "Ruby")
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)


def test_finish_later_on_the_household_page_resumes_there(qtbot, tmp_path):
    folder = tmp_path / "vault"
    _, wizard = _first_run(qtbot, folder)
    _check_the_key(qtbot, wizard)
    assert isinstance(wizard.currentPage(), HouseholdPage)
    _click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.leave_box.informativeText() == ""  # the key was checked: nothing lost
    qtbot.mouseClick(wizard.finish_later_button, LEFT)

    controller = _start_again(qtbot, folder)
    resumed = controller.dialog
    assert isinstance(resumed, SetupWizard)
    qtbot.addWidget(resumed)
    assert isinstance(resumed.currentPage(), HouseholdPage)  # the household, straight away
    assert resumed.resume_note.isVisible() and "not finished" in resumed.resume_note.text()
    assert "Finish setting up" in resumed.windowTitle()
    _fill_household_and_child(qtbot, resumed)
    _journal_opened(qtbot, controller, MainWindow)
    controller.quit()


def test_finish_later_on_the_child_page_keeps_the_household(qtbot, tmp_path):
    folder = tmp_path / "vault"
    _, wizard = _first_run(qtbot, folder)
    _check_the_key(qtbot, wizard)
    qtbot.keyClicks(wizard.currentPage().name, "The Brown family")
    _next(qtbot, wizard)
    _finish_later(qtbot, wizard)
    controller = _start_again(qtbot, folder)
    resumed = controller.dialog
    qtbot.addWidget(resumed)
    child = resumed.currentPage()
    assert isinstance(child, ChildPage)
    qtbot.keyClicks(child.fields.name, "Ruby")
    _click(qtbot, resumed, QWizard.WizardButton.FinishButton)
    _journal_opened(qtbot, controller, MainWindow)
    assert controller.workspace.journal.household().name == "The Brown family"
    controller.quit()


def test_a_social_worker_who_stopped_gives_their_name_next_time(qtbot, tmp_path):
    folder = tmp_path / "vault"
    _, wizard = _first_run(qtbot, folder, supervisor=True)
    _check_the_key(qtbot, wizard)
    assert isinstance(wizard.currentPage(), SupervisorPage)
    _finish_later(qtbot, wizard)
    controller = _start_again(qtbot, folder)
    resumed = controller.dialog
    qtbot.addWidget(resumed)
    page = resumed.currentPage()
    assert isinstance(page, SupervisorPage)
    qtbot.keyClicks(page.name, "   ")
    assert not _can_go_on(resumed) and page.hint.isVisible()
    assert "only spaces" in page.hint.text()
    page.name.clear()
    qtbot.keyClicks(page.name, "Priya Shah")
    assert not page.hint.isVisible()
    _click(qtbot, resumed, QWizard.WizardButton.FinishButton)
    _journal_opened(qtbot, controller, InboxWindow)
    workspace = controller.workspace
    assert workspace.role is Role.SUPERVISOR
    assert workspace.exchange.public_key().name == "Priya Shah"
    controller.window.detach()
    controller.quit()


def test_a_complete_vault_opens_the_journal(qtbot, vault_dir):
    """A vault made outside the wizard (the command line, tests) is never sent back to it."""
    controller = AppController(vault_dir)
    controller.start()
    dialog = controller.dialog
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "correct horse battery")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    _journal_opened(qtbot, controller, MainWindow)
    controller.quit()


def test_names_of_only_spaces_are_refused_in_the_wizard(qtbot, tmp_path):
    controller, wizard = _first_run(qtbot, tmp_path / "vault")
    _check_the_key(qtbot, wizard)
    household = wizard.currentPage()
    assert not _can_go_on(wizard)
    qtbot.keyClicks(household.name, "    ")
    assert not _can_go_on(wizard)
    assert household.hint.isVisible() and "only spaces" in household.hint.text()
    household.name.clear()
    qtbot.keyClicks(household.name, "The Brown family")
    assert _can_go_on(wizard) and not household.hint.isVisible()
    qtbot.keyClicks(household.carers, "  ")
    assert not _can_go_on(wizard) and "carers' names" in household.hint.text()
    household.carers.clear()
    assert _can_go_on(wizard)
    _next(qtbot, wizard)
    child = wizard.currentPage()
    assert isinstance(child, ChildPage)
    qtbot.keyClicks(child.fields.name, " \t ")
    assert not _can_go_on(wizard)
    assert child.hint.isVisible() and "child's name" in child.hint.text()
    child.fields.name.clear()
    qtbot.keyClicks(child.fields.name, "  Ruby ")
    assert _can_go_on(wizard)
    with qtbot.waitSignal(wizard.ready, timeout=5000) as ready:
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    workspace = ready.args[0]
    try:
        assert workspace.journal.household().carers is None
        assert [c.name for c in workspace.journal.children()] == ["Ruby"]
    finally:  # as the carer's Ctrl+L does: the journal window goes, nothing left behind
        controller.lock()
        controller.dialog.close()
        QApplication.instance().removeEventFilter(controller)


def test_the_service_refuses_blank_names(vault_dir):
    workspace = Workspace.unlock(vault_dir, "correct horse battery")
    try:
        before = workspace.journal.children()
        for blank in ("", "   ", "\t \u00a0"):
            with pytest.raises(EmptyValue) as refused:
                workspace.journal.add_child(blank)
            assert describe(refused.value) == "The name is empty. Please write something."
            with pytest.raises(EmptyValue):
                workspace.journal.save_household(blank)
            with pytest.raises(EmptyValue):
                workspace.exchange.set_own_name(blank)
        assert workspace.journal.children() == before
        assert workspace.journal.household() is None
    finally:
        workspace.lock()


def _heights(*widgets):
    return [w.height() for w in widgets]


def test_an_error_does_not_shrink_the_fields_and_the_strength_text_wraps(qtbot, tmp_path):
    controller = AppController(tmp_path / "vault", kdf_params=FLOOR)
    controller.start()
    wizard = controller.dialog
    qtbot.addWidget(wizard)
    _next(qtbot, wizard)
    page = wizard.currentPage()
    qtbot.keyClicks(page.first, "aaaaaaa")  # the longest advice: four lines and more
    qtbot.wait(50)
    advice = page.meter.advice
    assert len(advice.text().splitlines()) == 4
    assert advice.height() >= advice.heightForWidth(advice.width())  # every line in view
    qtbot.keyClicks(page.second, "something else")
    before = _heights(page.first, page.second)
    assert min(before) >= page.first.sizeHint().height()
    _next(qtbot, wizard)
    qtbot.waitUntil(page.error.isVisible)
    qtbot.wait(50)
    assert "at least 8" in page.error.text()
    assert _heights(page.first, page.second) == before
    assert advice.height() >= advice.heightForWidth(advice.width())
    assert page.error.height() >= page.error.heightForWidth(page.error.width())
    wizard.grab().save(str(tmp_path / "passphrase-error.png"))


def test_an_error_on_the_child_page_does_not_shrink_it(qtbot, tmp_path):
    from PySide6.QtCore import QDate

    _, wizard = _first_run(qtbot, tmp_path / "vault")
    _check_the_key(qtbot, wizard)
    qtbot.keyClicks(wizard.currentPage().name, "The Brown family")
    _next(qtbot, wizard)
    child = wizard.currentPage()
    fields = child.fields
    qtbot.keyClicks(fields.name, "Ruby")
    qtbot.mouseClick(fields.knows_born, LEFT)
    fields.born.setDate(QDate.currentDate())  # born today, placed a year ago: refused
    fields.placed.setDate(QDate.currentDate().addYears(-1))
    before = _heights(fields.name, fields.born, fields.placed)
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert child.error.isVisible() and "before the date of birth" in child.error.text()
    qtbot.wait(50)
    assert _heights(fields.name, fields.born, fields.placed) == before
    assert child.error.height() >= child.error.heightForWidth(child.error.width())
    assert wizard.isVisible() and wizard.workspace.journal.children() == []
    wizard.abandon()


# --- Alt+letter: no clash between a page and the wizard's buttons ---

_MNEMONIC = re.compile(r"&([^&\s])")


def _mnemonics(wizard) -> list[str]:
    letters = []
    for widget in wizard.findChildren(QAbstractButton) + wizard.findChildren(QLabel):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        letters += [m.lower() for m in _MNEMONIC.findall(widget.text().replace("&&", ""))]
    return letters


def _no_clash(wizard):
    letters = _mnemonics(wizard)
    clashes = sorted({x for x in letters if letters.count(x) > 1})
    assert not clashes, f"Alt+{clashes} used twice on {type(wizard.currentPage()).__name__}"


@pytest.mark.parametrize("supervisor", [False, True])
def test_no_mnemonic_clashes_on_any_page(qtbot, tmp_path, supervisor):
    controller = AppController(tmp_path / "vault", kdf_params=FLOOR)
    controller.start()
    wizard = controller.dialog
    qtbot.addWidget(wizard)
    _no_clash(wizard)
    if supervisor:
        qtbot.mouseClick(wizard.welcome.supervisor, LEFT)
    _next(qtbot, wizard)
    page = wizard.currentPage()
    _no_clash(wizard)
    qtbot.keyClicks(page.first, PASS)
    qtbot.keyClicks(page.second, PASS)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), RecoveryKeyPage), timeout=15000)
    _no_clash(wizard)
    _next(qtbot, wizard)
    _no_clash(wizard)
    wizard.back()
    _check_the_key(qtbot, wizard)
    seen = []
    while True:
        _no_clash(wizard)
        seen.append(type(wizard.currentPage()))
        page = wizard.currentPage()
        if isinstance(page, HouseholdPage):
            wizard.activateWindow()
            qtbot.waitUntil(wizard.isActiveWindow)
            qtbot.keyClick(wizard, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
            assert page.name.hasFocus()  # Alt+H: the household's name
            qtbot.keyClicks(page.name, "The Brown family")
            qtbot.keyClick(page.name, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
            qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), ChildPage))  # Alt+N: Next
            continue
        break
    assert seen == ([SupervisorPage] if supervisor else [HouseholdPage, ChildPage])
    wizard.abandon()
