"""Take the README's screenshots of the real app, under Xvfb.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py

Makes a one-year demo vault in a temp folder, then grabs the unlock window, the main window
the entry editor and its significant event into docs/screenshots/.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from carerdesk.app.workspace import Workspace
from carerdesk.demo import DemoPlan, make_demo_vault
from carerdesk.gui.common import window_policy
from carerdesk.gui.common.window_policy import screen_of
from carerdesk.gui.journal import main_actions
from carerdesk.gui.journal.main_window import MainWindow
from carerdesk.gui.setup.unlock import UnlockDialog

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PASSPHRASE = "screenshot passphrase"


def settle(app: QApplication, ms: int = 400) -> None:
    end = dt.datetime.now() + dt.timedelta(milliseconds=ms)
    while dt.datetime.now() < end:
        app.processEvents()


def _picture(path: Path, sky: tuple, ground: tuple) -> Path:
    """A simple drawn picture (sky, sea, sun) standing in for a photo: no real child."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1600, 1100), sky)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 700, 1600, 1100), fill=ground)
    draw.ellipse((1200, 120, 1420, 340), fill=(255, 214, 80))
    for x in range(0, 1600, 160):
        draw.arc((x, 640, x + 160, 760), 180, 360, fill=(255, 255, 255), width=8)
    image.save(path, "JPEG")
    return path


def lifestory(app: QApplication, workspace) -> None:
    import subprocess

    from carerdesk.domain.lifestory import Layout, NewPhoto, PageContent
    from carerdesk.gui.lifestory.lifestory_window import LifeStoryWindow
    from carerdesk.reports.lifestory_pdf import page_pdf

    child = workspace.journal.children()[1]
    tmp = Path(tempfile.mkdtemp())
    beach = _picture(tmp / "beach.jpg", (135, 195, 235), (70, 130, 180))
    dunes = _picture(tmp / "dunes.jpg", (250, 220, 170), (215, 180, 120))
    page = workspace.lifestory.add_page(PageContent(
        child.id, "Our day at the beach",
        "You ran into the waves and laughed so much. You found a shell shaped like a heart "
        "and gave it to Nain. Then we ate chips on the wall and watched the sun go down.",
        "Summer 2025", "Rhossili", "The sea is tickly!", "You, Nain and Sam",
        Layout.SIDE_BY_SIDE), [NewPhoto(str(beach), "You and the big wave", "Social worker"),
                               NewPhoto(str(dunes), "The dunes you climbed", "Social worker")])
    window = LifeStoryWindow(workspace, child)
    window.show()
    settle(app)
    window.grab().save(str(OUT / "lifestory-window.png"))
    window.close()
    pdf = tmp / "page.pdf"
    pdf.write_bytes(page_pdf(page))
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf),
                    str(OUT / "lifestory-page")], check=True)


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


def child_page(app: QApplication, window, workspace) -> None:
    """The child's own page, full screen on the laptop: a face chosen, a few words."""
    from carerdesk.domain.child_voice import Face
    from carerdesk.gui.childpage.my_page import MyPage

    child = workspace.journal.children()[1]  # the one with a life-story page
    page = MyPage(workspace, child, window)
    page.setGeometry(screen_of(window).geometry())
    page.showFullScreen()
    page.feeling.faces.buttons[Face.HAPPY].click()
    page.feeling.words.setPlainText("We made pancakes and I flipped one!")
    settle(app)
    page.grab().save(str(OUT / "child-page.png"))
    page.feeling.clear()  # nothing left to keep as it closes
    page.reject()


def seeing_well(app: QApplication, workspace) -> None:
    """The journal and the editor in dark, in high contrast, at the largest text size and in
    the pseudo-locale (every message 40 % longer), each made afresh as it would open."""
    from carerdesk.app import appearance as chosen
    from carerdesk.gui.common import appearance
    from carerdesk.text import i18n

    os.environ["CARERDESK_CONFIG_DIR"] = tempfile.mkdtemp()  # never the user's settings
    shown = appearance.install(app)
    for name, look, size, language in (("dark", "dark", chosen.NORMAL, "en"),
                                       ("high-contrast", "high-contrast", chosen.NORMAL, "en"),
                                       ("largest-text", "light", max(chosen.TEXT_SIZES), "en"),
                                       ("pseudo-locale", "light", chosen.NORMAL, i18n.PSEUDO)):
        chosen.choose_look(look)
        chosen.step_text_size(0)
        while chosen.text_size() < size:
            chosen.step_text_size(1)
        shown.apply()
        i18n.uninstall()
        i18n.install(language, qt=True)
        window = MainWindow(workspace)
        window.show()
        window.refresh()
        window.timeline.setCurrentIndex(window.model.index(1))
        settle(app)
        window.grab().save(str(OUT / f"main-window-{name}.png"))
        editor = main_actions.open_editor(window)
        editor.form.narrative.text.setPlainText("We walked to the library after school.")
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


def supervision(app: QApplication, workspace, tmp: Path) -> None:
    """The carer's report dialog, a page of the summary, and the social worker's inbox."""
    import subprocess

    from carerdesk.app import supervision as sv
    from carerdesk.domain.report import Notes
    from carerdesk.domain.roles import Role
    from carerdesk.gui.reports.export_dialog import ExportDialog
    from carerdesk.gui.reports.inbox_window import InboxWindow

    worker, _ = Workspace.create(tmp / "social-worker", PASSPHRASE, PASSPHRASE,
                                 role=Role.SUPERVISOR, household="Sam Okafor")
    workspace.exchange.add_recipient(worker.exchange.public_key(), default=True)
    child = workspace.journal.children()[0]
    until = dt.date.today()
    since = until - dt.timedelta(days=83)
    dialog = ExportDialog(workspace, child.id)
    dialog.since.setDate(since)
    dialog.questions.setPlainText("How can we help with the move to secondary school?")
    dialog.show()
    dialog.make_preview()
    while dialog.operation.running or len(dialog.preview.pages) < 2:
        settle(app, 100)
    dialog.preview.verticalScrollBar().setValue(dialog.preview.pages[1].y())
    settle(app)
    dialog.grab().save(str(OUT / "export-dialog.png"))
    dialog.close()
    made = sv.export(workspace, child.id, since, until, [worker.exchange.public_key()],
                     Notes("A settled month, with one worry at school.",
                           "How can we help with the move to secondary school?"))
    pdf = tmp / "summary.pdf"
    pdf.write_bytes(made.pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(OUT / "summary-glance")], check=True)
    package = tmp / "report.cdreport"
    package.write_bytes(made.package)
    worker.exchange.import_package(package.read_bytes())
    inbox = InboxWindow(worker)
    inbox.show()  # fitted to the screen by the window policy, as in the app
    report_id = worker.exchange.reports()[0].package_id
    worker.exchange.add_note(report_id, "Talk about the school visit plan.")
    inbox.select(report_id)
    while len(inbox.preview.pages) < 2:
        settle(app, 100)
    settle(app)
    inbox.preview.verticalScrollBar().setValue(inbox.preview.pages[1].y())
    settle(app)
    inbox.grab().save(str(OUT / "supervisor-inbox.png"))
    inbox.close()
    worker.lock()


def caseload(app: QApplication, workspace, tmp: Path) -> None:
    """The social worker's caseload: the demo carer's children, reported on month by month,
    beside four more carers whose signed reports are made straight from report data."""
    import uuid

    from carerdesk.app import supervision as sv
    from carerdesk.domain.events import EventDetail, TellRole, Told
    from carerdesk.domain.report import Notes, PeriodReport, ReportEntry
    from carerdesk.domain.roles import Role
    from carerdesk.domain.values import EntryContent, SignificantEvent
    from carerdesk.exchange import package, payload
    from carerdesk.exchange.keys import Identity
    from carerdesk.gui.reports.inbox_window import InboxWindow

    worker, _ = Workspace.create(tmp / "caseload", PASSPHRASE, PASSPHRASE,
                                 role=Role.SUPERVISOR, household="Sam Okafor")
    key, today = worker.exchange.public_key(), dt.date.today()
    for child in workspace.journal.children():
        for month in (2, 1):
            until = today - dt.timedelta(days=30 * (month - 1) + 3)
            made = sv.export(workspace, child.id, until - dt.timedelta(days=27), until, [key])
            worker.exchange.import_package(made.package)
    pdf = made.pdf
    others = {"The Okonkwo family": [("Amara", 12), ("Tobi", 47)], "Rhys and Dafydd": [
        ("Cerys", 70)], "The Nowak family": [("Kacper", 20)], "Gwen Pritchard": [("Leo", 33)]}
    for n, (carer, children) in enumerate(others.items()):
        identity, sender_id = Identity.generate(), str(uuid.uuid4())
        sender = identity.public(carer, Role.CARER)
        for child, ago in children:
            until = today - dt.timedelta(days=ago)
            since = until - dt.timedelta(days=27)
            entries = [ReportEntry(str(uuid.uuid4()), 1, EntryContent(
                date=since + dt.timedelta(days=i), child_ids=("c",),
                text="We cooked tea together and talked about the weekend."))
                for i in range(0, 28, 2)]
            if n == 0 and child == "Tobi":  # told the social worker, not yet the service
                at = dt.datetime.combine(until, dt.time(18), dt.UTC)
                entries.append(ReportEntry(str(uuid.uuid4()), 1, EntryContent(
                    date=until, child_ids=("c",), text="Tobi ran off after an argument.",
                    significant=SignificantEvent.of(EventDetail(
                        "missing-from-home", at - dt.timedelta(hours=2),
                        what_happened="Tobi left after an argument and came back at 8pm.",
                        told=(Told("Sam Okafor", TellRole.SUPERVISING_SOCIAL_WORKER, at),))))))
            report = PeriodReport(carer, carer, None, child, None, since, until,
                                  dt.datetime.now(dt.UTC), tuple(entries), Notes())
            worker.exchange.import_package(package.seal(payload.build(report, pdf), identity,
                                                        sender, sender_id, [key]))
        if n % 2 == 0:
            worker.exchange.confirm_carer(sender.fingerprint)
    inbox = InboxWindow(worker)
    inbox.show()
    while not inbox.caseload_page.progress.isHidden():
        settle(app, 100)
    settle(app)
    inbox.grab().save(str(OUT / "caseload.png"))
    inbox.close()
    worker.lock()


def trust_and_loop(app: QApplication, workspace, tmp: Path) -> None:
    """A new carer's key and its question; the supervision record; the carer's actions."""
    from carerdesk.app import supervision as sv
    from carerdesk.domain.roles import Role
    from carerdesk.domain.supervision import AgreedAction, SupervisionContent
    from carerdesk.gui.reports.confirm_carer import ConfirmCarerBox
    from carerdesk.gui.reports.returned_dialog import SupervisionBackDialog
    from carerdesk.gui.reports.supervision_form import SupervisionRecordDialog

    worker, _ = Workspace.create(tmp / "social-worker-loop", PASSPHRASE, PASSPHRASE,
                                 role=Role.SUPERVISOR, household="Priya Shah")
    workspace.exchange.add_recipient(worker.exchange.public_key(), "Priya Shah")
    child = workspace.journal.children()[0]
    until = dt.date.today() - dt.timedelta(days=10)
    made = sv.export(workspace, child.id, until - dt.timedelta(days=27), until,
                     [worker.exchange.public_key()])
    item = worker.exchange.import_package(made.package).item
    box = ConfirmCarerBox(item.carer, item.carer_fingerprint)
    box.show()
    settle(app)
    box.grab().save(str(OUT / "confirm-carer.png"))
    box.close()
    worker.exchange.confirm_carer(item.carer_fingerprint)
    held = until + dt.timedelta(days=4)
    worker.loop.write(item.package_id, SupervisionContent(
        held, "Priya Shah (SSW), the carers",
        "The move to secondary school; the visit plan; the family time on Saturdays.",
        (AgreedAction("Ask the school about a quiet start in the mornings", "Carer",
                      held + dt.timedelta(days=14)),
         AgreedAction("Book the respite weekend for half term", "Priya (SSW)",
                      held + dt.timedelta(days=3)),
         AgreedAction("Share the life-story book's first pages", "Carer",
                      held + dt.timedelta(days=28))),
        "You kept the evening routine steady through a hard month, and it shows."))
    form = SupervisionRecordDialog(worker, worker.exchange.reports()[0])
    form.show()
    settle(app)
    form.grab().save(str(OUT / "supervision-record.png"))
    form.close()
    workspace.loop.import_record(worker.loop.seal_record(item.package_id))
    workspace.loop.mark_done(workspace.loop.returned()[0].id, 2)
    back = SupervisionBackDialog(workspace)
    back.show()
    settle(app)
    back.grab().save(str(OUT / "carer-actions.png"))
    back.close()
    worker.lock()


def profile(app: QApplication, window, workspace) -> None:
    """The profile page's ecomap, with the people a carer would add."""
    from carerdesk.domain.profile import Living, PersonDetails, PersonRole
    from carerdesk.gui.journal.profile_dialog import ProfileDialog

    child = workspace.journal.children()[0]
    for details in (PersonDetails("Donna Reed", PersonRole.BIRTH_FAMILY, "Mum",
                                  relation="Family time every other Saturday; misses her"),
                    PersonDetails("Kai Reed", PersonRole.SIBLING, living=Living.APART,
                                  relation="Older brother; they video-call on Sundays"),
                    PersonDetails("Priya Shah", PersonRole.SOCIAL_WORKER),
                    PersonDetails("Mr Evans", PersonRole.SCHOOL, relation="Designated teacher"),
                    PersonDetails("Ellie", PersonRole.FRIEND, relation="Best friend at school")):
        workspace.people.add(child.id, details)
    dialog = ProfileDialog(workspace, child.id, window)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.ecomap)
    settle(app)
    dialog.grab().save(str(OUT / "profile-ecomap.png"))
    dialog.close()


def handover(app: QApplication, window, workspace) -> None:
    """Child → Hand over {name}'s record…, with the social worker added above to choose."""
    from carerdesk.gui.journal.handover_dialog import HandoverDialog

    dialog = HandoverDialog(workspace, workspace.journal.children()[0], window)
    dialog.show()
    settle(app)
    dialog.grab().save(str(OUT / "handover.png"))
    dialog.close()


def family_time(app: QApplication, window, workspace) -> None:
    """The profile page's family time, after the people above were added."""
    from carerdesk.domain.family_time import FamilyTime, FamilyTimeStatus
    from carerdesk.gui.journal.profile_dialog import ProfileDialog

    child = workspace.journal.children()[0]
    mum, kai = (p.id for p in workspace.people.people(child.id)[:2])
    today = dt.date.today()
    for days, status, who, texts in (
            (35, FamilyTimeStatus.HAPPENED, (mum, kai), {
                "where": "Contact centre", "supervised_by": "Jo, contact worker",
                "before": "Asked twice in the car if Mum would be there",
                "during": "Played Uno with Kai; sat on Mum's knee for the photos",
                "after": "Quiet at tea, then asked for a cuddle at bedtime",
                "words": "Mum said she will come to my school play",
                "noticed": "She held Mum's hand at goodbye and did not look back"}),
            (21, FamilyTimeStatus.CANCELLED, (mum,), {
                "cancelled_by": "Mum, by text that morning", "why": "Unwell",
                "after": "Cross, then tearful; we made a card for Mum"}),
            (7, FamilyTimeStatus.HAPPENED, (kai,), {"where": "The park",
                                                    "during": "Raced Kai to the swings"}),
            (-7, FamilyTimeStatus.PLANNED, (mum, kai), {"where": "Contact centre"})):
        workspace.family_time.add(child.id, FamilyTime(today - dt.timedelta(days=days), status,
                                                       who, **texts))
    dialog = ProfileDialog(workspace, child.id, window)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.family_time)
    dialog.family_time.list.setCurrentRow(3)
    settle(app)
    dialog.grab().save(str(OUT / "profile-family-time.png"))
    dialog.close()


def profiles(app: QApplication, window, workspace) -> None:
    """The Profiles page: the child's needs, the latest beside the one before, and the chart."""
    from carerdesk.domain.needs_profile import NeedsProfile
    from carerdesk.domain.profile_scale import AreaRating, new_from
    from carerdesk.gui.journal.profiles_dialog import ProfilesDialog

    child = workspace.journal.children()[0]
    today = dt.date.today()
    earlier = NeedsProfile(today - dt.timedelta(days=84), {
        "health": AreaRating(-1, "Eats well at home", "Wakes most nights"),
        "education": AreaRating(0, "Loves reading", "Finds maths hard"),
        "emotional-behavioural": AreaRating(-2, difficulties="Big feelings after family time"),
        "identity": AreaRating(1, "Proud of her Welsh name"),
        "family-social": AreaRating(0, "Close to her brother"),
        "social-presentation": AreaRating(1),
        "self-care": AreaRating(-1, difficulties="Needs reminding to wash")})
    workspace.needs_profiles.add(child.id, earlier)
    later = new_from(earlier, today - dt.timedelta(days=2))
    later = NeedsProfile(later.day, {**later.areas,
                                     "health": AreaRating(1, "Eats well at home",
                                                          "Sleeps through most nights"),
                                     "emotional-behavioural": AreaRating(
                                         -1, "Asks for a hug when upset",
                                         "Still unsettled after family time"),
                                     "self-care": AreaRating(0, "Brushes teeth unprompted")})
    workspace.needs_profiles.add(child.id, later)
    dialog = ProfilesDialog(workspace, child.id, window)
    dialog.show()
    dialog.needs.start_from_last()
    settle(app)
    dialog.grab().save(str(OUT / "profiles.png"))
    dialog.close()


def plan(app: QApplication, window, workspace) -> None:
    """The Plan page: two goals agreed in supervision, one reviewed, and a Secure Base review."""
    from carerdesk.domain.goals import Goal, GoalReview, GoalStatus, SetBy
    from carerdesk.domain.sb_review import Rating, SecureBaseReview, age_band
    from carerdesk.gui.journal.plan_dialog import PlanDialog

    child = workspace.journal.children()[0]
    today = dt.date.today()
    set_on = today - dt.timedelta(days=40)
    first = workspace.plan.add_goal(child.id, Goal(
        "cooperation", "Choose her own clothes each morning", set_on,
        "Four mornings in five without a row", "Me, with a picture chart",
        today + dt.timedelta(days=60), today - dt.timedelta(days=2),
        "Offer two choices instead of the whole wardrobe", SetBy.BOTH))
    workspace.plan.review(first.id, GoalReview("", today - dt.timedelta(days=12),
                                               GoalStatus.MOVING, "Three good mornings"))
    workspace.plan.add_goal(child.id, Goal(
        "education", "Read to me for ten minutes after school", set_on,
        review_date=today + dt.timedelta(days=20), set_by=SetBy.SOCIAL_WORKER))
    band = age_band(child.born, today - dt.timedelta(days=30))
    if band is not None:
        workspace.sb_reviews.add(child.id, SecureBaseReview(
            today - dt.timedelta(days=30), band,
            {"availability": Rating(6), "sensitivity": Rating(5), "acceptance": Rating(7),
             "cooperation": Rating(4), "family_foster": Rating(8), "family_birth": Rating(5)}))
    dialog = PlanDialog(workspace, child.id, window)
    dialog.show()
    dialog.goals.list.setCurrentItem(dialog.goals.list.topLevelItem(0))
    settle(app)
    dialog.grab().save(str(OUT / "plan.png"))
    dialog.tabs.setCurrentWidget(dialog.review)
    settle(app)
    dialog.grab().save(str(OUT / "plan-secure-base-review.png"))
    dialog.close()


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


def main() -> int:
    app = QApplication(sys.argv)
    # As the app runs: windows fitted to the laptop-sized screen (1366x768); sizes kept in a
    # throwaway settings folder, never the user's.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    window_policy.install(app)
    folder = Path(tempfile.mkdtemp()) / "vault"
    make_demo_vault(folder, PASSPHRASE, PASSPHRASE, DemoPlan(years=1, children=3))
    OUT.mkdir(parents=True, exist_ok=True)
    unlock = UnlockDialog(folder)
    unlock.show()
    settle(app)
    unlock.grab().save(str(OUT / "unlock.png"))
    unlock.close()
    workspace = Workspace.unlock(folder, PASSPHRASE)
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
    event_editor(app, window)
    lifestory(app, workspace)
    child_page(app, window, workspace)
    profile(app, window, workspace)
    profiles(app, window, workspace)
    plan(app, window, workspace)
    family_time(app, window, workspace)
    my_space(app, window, workspace)
    supervision(app, workspace, folder.parent)
    caseload(app, workspace, folder.parent)
    seeing_well(app, workspace)
    trust_and_loop(app, workspace, folder.parent)
    handover(app, window, workspace)  # after trust_and_loop: a social worker to choose
    window.detach()
    workspace.lock()
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
