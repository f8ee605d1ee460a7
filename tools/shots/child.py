"""The child's windows: the life story and a printed page, the child's own page, the profile's
ecomap and family time, the Profiles page, the Plan and the handover dialog."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from carerdesk.gui.common.window_policy import screen_of

from . import OUT, settle


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


def handover(app: QApplication, window, workspace) -> None:
    """Child → Hand over {name}'s record…, with the social worker added above to choose."""
    from carerdesk.gui.journal.handover_dialog import HandoverDialog

    dialog = HandoverDialog(workspace, workspace.journal.children()[0], window)
    dialog.show()
    settle(app)
    dialog.grab().save(str(OUT / "handover.png"))
    dialog.close()
