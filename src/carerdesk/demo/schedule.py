"""The days that are more than ordinary, planned before the journal is written: family time
(with its ups and downs, some cancelled), significant events with who was told within hours,
birthdays and parents' evenings."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from carerdesk.demo import phrases as P
from carerdesk.demo import phrases_events as E
from carerdesk.demo import phrases_family as F
from carerdesk.demo import phrases_plan as L
from carerdesk.demo.days import DayPlan, _Writer
from carerdesk.demo.people import Circle
from carerdesk.domain.categories import Category
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.events import MISSING, EventDetail, Missing, TellRole, Told
from carerdesk.domain.family_time import FamilyTime, FamilyTimeStatus
from carerdesk.domain.values import SignificantEvent

DAY = dt.timedelta(days=1)
KIND_CATEGORIES = {MISSING: Category.MISSING_FROM_CARE,
                   "allegation-against-carer": Category.ALLEGATION,
                   "serious-illness-or-accident": Category.HEALTH,
                   "infectious-disease": Category.HEALTH}


@dataclass
class Schedule:
    plans: dict[dt.date, DayPlan] = field(default_factory=dict)
    family_times: list[FamilyTime] = field(default_factory=list)


def _weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def plan_days(writer: _Writer, circle: Circle, until: dt.date, seed: int = 0) -> Schedule:
    """Everything planned for one child, up to ``until`` (a last family time planned after)."""
    schedule = Schedule()
    last = min(until, writer.child.ends - DAY) if writer.child.ends else until
    _family_time(writer, circle, last, until, schedule, seed)  # first: siblings share it
    _birthdays(writer, last, schedule)
    _parents_evenings(writer, last, schedule)
    _events(writer, circle, min(last, until - 2 * DAY), schedule)
    return schedule


def _birthdays(writer: _Writer, last: dt.date, schedule: Schedule) -> None:
    child, made = writer.child, 0
    for year in range(child.placed.year, last.year + 1):
        day = child.born.replace(year=year) if (child.born.month, child.born.day) != (2, 29) \
            else dt.date(year, 2, 28)
        if child.placed <= day <= last and day not in schedule.plans:
            lead, cake, quote = P.BIRTHDAY
            fill = {"name": writer.name, "nth": _ordinal(year - child.born.year),
                    "cake": writer.rng.choice(L.CAKES) if made else L.CAKES[child.index % 4]}
            made += 1  # the first one's cake is the life-story page's
            schedule.plans[day] = DayPlan(
                "good", fallback=lead.format(**fill), facts=(cake.format(**fill),),
                quote=quote if child.age(day) >= 3 else None, ordinary=True)


def _parents_evenings(writer: _Writer, last: dt.date, schedule: Schedule) -> None:
    child = writer.child
    for year in range(child.placed.year, last.year + 1):
        for month in (3, 11):
            day = _weekday_on_or_after(dt.date(year, month, 8 + writer.rng.randint(0, 10)),
                                       writer.rng.choice((1, 2, 3)))
            while day in schedule.plans:
                day += DAY
            if not (child.placed <= day <= last) or child.setting(day) != "school":
                continue
            lead, said = P.PARENTS_EVENING
            teacher = writer.rng.choice(P.TEACHERS["school"])
            fill = {"name": writer.name, "teacher": teacher, "setting": "school",
                    "progress": writer.rng.choice(P.PROGRESS),
                    "next_step": writer.rng.choice(P.NEXT_STEPS)}
            schedule.plans[day] = DayPlan(
                "good", fallback=lead.format(**fill), reported=(said.format(**fill),),
                categories=(Category.EDUCATION,), ordinary=True)


def _family_time(writer: _Writer, circle: Circle, last: dt.date, until: dt.date,
                 schedule: Schedule, seed: int) -> None:
    """Mum at the family centre (fortnightly in the first year, then monthly, on a Wednesday),
    and the grandparent, with the brother or sister apart when they can come, every six
    weeks on a Saturday. Brothers and sisters living with us go together: how it went is
    drawn from the family and the day, so both their records tell the same story."""
    child, family, ids = writer.child, circle.family, circle.ids
    elder_people = (ids["elder"], ids["sib"]) if family["sib_visits"] else (ids["elder"],)
    streams = [(family["mum_called"], (ids["mum"],), 2, 10, F.WHERE_MUM, F.SUPERVISOR, 0.15,
                0.28),
               (family["elder_called"], elder_people, 5, 20,
                F.WHERE_ELDER[family["number"] % 3].format(**family), None, 0.05, 0.1)]
    for called, people, weekday, first, where, supervisor, cancel, hard in streams:
        day = _weekday_on_or_after(child.placed + dt.timedelta(days=first), weekday)
        while day <= last:
            if day not in schedule.plans:
                shared = random.Random(f"{seed}|{child.surname}|{called}|{day.isoformat()}")
                roll = shared.random()
                outcome = "cancelled" if roll < cancel else "hard" if roll < cancel + hard \
                    else "good"
                _one_family_time(writer, day, outcome, called, people, where, supervisor,
                                 schedule, shared)
            in_first_year = day - child.placed < dt.timedelta(days=365)
            gap = 14 if in_first_year and supervisor else 28 if supervisor else 42
            day += dt.timedelta(days=gap)
        if last == until:  # the next one, still to come
            schedule.family_times.append(FamilyTime(day, FamilyTimeStatus.PLANNED, people,
                                                    where=where, supervised_by=supervisor))


def _one_family_time(writer: _Writer, day: dt.date, outcome: str, called: str,
                     people: tuple[str, ...], where: str, supervisor: str | None,
                     schedule: Schedule, shared: random.Random) -> None:
    rng, words = writer.rng, F.FAMILY_TIME[outcome]
    variant = shared.randrange(len(words["during"]))  # for a cancelled one: who cancelled
    before, during, after, said, noticed = (
        writer.fill(text.replace("{called}", called), day) for text in (
            rng.choice(words["before"]), words["during"][variant], rng.choice(words["after"]),
            rng.choice(words["words"]), rng.choice(words["noticed"])))
    leads = P.CANCELLED_LEADS if outcome == "cancelled" else P.FAMILY_LEADS
    lead = tuple(writer.fill(t.replace("{called}", called).replace("{where}", where), day)
                 for t in leads)
    cancelled = outcome == "cancelled"
    schedule.family_times.append(FamilyTime(
        day, FamilyTimeStatus.CANCELLED if cancelled else FamilyTimeStatus.HAPPENED, people,
        where=where, supervised_by=supervisor,
        cancelled_by=F.CANCELLED_BY[variant].format(called=called) if cancelled else None,
        why=F.WHY[variant] if cancelled else None, before=before,
        during=None if cancelled else during, after=after, words=said, noticed=noticed))
    schedule.plans[day] = DayPlan(
        "good" if outcome == "good" else "hard", lead=lead,
        fallback=f"Family time with {called} on {day.day} {day:%B}.",
        facts=(before, during, after), quote=said if writer.child.age(day) >= 3 else None,
        reply=(noticed,), categories=(Category.FAMILY_TIME,),
        dims=(Dimension.FAMILY_MEMBERSHIP,))
    if outcome != "good":
        writer.low_spell(day, 1)


def _events(writer: _Writer, circle: Circle, last: dt.date, schedule: Schedule) -> None:
    """The first some weeks after arriving, then one every five months to a year or so."""
    rng, child = writer.rng, writer.child
    day = child.placed + dt.timedelta(days=rng.randint(30, 110))
    used: set[int] = set()
    while day <= last:
        while day in schedule.plans:
            day += DAY
        if day > last:
            break
        stage = child.stage(day)
        options = [e for e in E.EVENTS if stage in e["stages"]
                   and not (e["once"] and id(e) in used)]
        if not options:  # a young adult: nothing of the kind planned
            break
        disclosure = [e for e in options if e["kind"] == "child-protection-enquiry"]
        event = disclosure[0] if disclosure and not used else rng.choice(options)
        used.add(id(event))
        while event.get("school") and day <= last and (
                child.setting(day) != "school" or day in schedule.plans):
            day += DAY
        if day > last:
            break
        schedule.plans[day] = _event_plan(writer, circle, day, event)
        writer.low_spell(day, 2)
        day += dt.timedelta(days=rng.randint(150, 400))


def _event_plan(writer: _Writer, circle: Circle, day: dt.date, event: dict[str, Any]
                ) -> DayPlan:
    rng = writer.rng
    happened = dt.datetime.combine(day, dt.time(event["hour"], rng.randint(0, 45))).astimezone()

    def words(key: str) -> str:
        return writer.fill(event[key].replace("{child_sw}", circle.child_sw), day)

    def later(minutes: int) -> dt.datetime:
        return happened + dt.timedelta(minutes=minutes + rng.randint(0, 15))

    told = [Told(F.FOSTERING_SERVICE, TellRole.FOSTERING_SERVICE, later(35), "phone (on call)"),
            Told(F.SSW, TellRole.SUPERVISING_SOCIAL_WORKER, later(70), "phone")]
    told += [Told(name.replace("{child_sw}", circle.child_sw), TellRole(role), later(minutes),
                  how) for name, role, how, minutes in event["others"]]
    missing = None
    if event["kind"] == MISSING:
        missing = Missing(happened - dt.timedelta(hours=5, minutes=30), later(30),
                          "Police (101)", f"DEMO-{rng.randint(100000, 999999)}", later(220),
                          writer.fill("The next morning {name} said {subj} had been at a "
                                      "friend's flat in town and nobody had hurt {obj}. We "
                                      "agreed a check-in text at 8pm.", day))
    detail = EventDetail(
        event["kind"], happened, words("where"), words("present"), words("what"),
        words("words"), words("response"), tuple(sorted(told, key=lambda t: t.when or happened)),
        words("follow_up"), missing)
    return DayPlan(
        "hard", facts=(detail.what_happened or "",), quote=detail.child_words,
        reply=(detail.carer_response or "",),
        categories=(Category.INCIDENT, *filter(None, [KIND_CATEGORIES.get(event["kind"])])),
        significant=SignificantEvent.of(detail))
