"""Who the demo children are and the calendar they live by: ages, school years, terms.

Ages follow the English school year (Reception in the September after the fourth birthday),
so that a child is never "at school" before Reception, on a weekend or in the holidays.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# (first name, birth year at the demo's end, pronouns); every name keeps its pronouns.
CHILDREN = [("Maya", 2014, "she"), ("Leo", 2016, "he"), ("Ruby", 2012, "she"),
            ("Sami", 2018, "he"), ("Jade", 2011, "she"), ("Tomos", 2015, "he"),
            ("Nia", 2017, "she"), ("Kai", 2013, "he")]
# Maya and Leo are sister and brother, living with us together; the others each have a family.
SURNAMES = ["Example", "Example", "Sample", "Placeholder", "Specimen", "Model", "Pattern",
            "Mock"]
SIBLINGS_TOGETHER = (0, 1)
PRONOUNS = {"she": ("she", "her", "her"), "he": ("he", "him", "his")}
MOVES_ON_AT = 21  # staying put: a young person may stay with us until 21
# School holidays as (month, day) spans, roughly an English council's calendar.
HOLIDAYS = [((7, 23), (9, 3)), ((10, 24), (10, 31)), ((12, 20), (12, 31)), ((1, 1), (1, 4)),
            ((2, 14), (2, 21)), ((4, 1), (4, 14)), ((5, 26), (5, 31))]


def in_term(day: dt.date) -> bool:
    """A school day: a weekday out of the holidays."""
    if day.weekday() >= 5:
        return False
    md = (day.month, day.day)
    return not any(a <= md <= b for a, b in HOLIDAYS)


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class DemoChild:
    index: int
    first: str
    surname: str
    pronoun: str  # "she" or "he"
    born: dt.date
    placed: dt.date
    ends: dt.date | None = None  # moved on (at 21) before the demo's end

    @property
    def name(self) -> str:
        return f"{self.first} {self.surname}"

    @property
    def words(self) -> tuple[str, str, str]:
        """Subject, object and possessive pronouns."""
        return PRONOUNS[self.pronoun]

    def age(self, day: dt.date) -> int:
        years = day.year - self.born.year
        return years - 1 if (day.month, day.day) < (self.born.month, self.born.day) else years

    def school_year(self, day: dt.date) -> int:
        """0 is Reception, 1-13 Years 1 to 13; negative before school, 14+ after it."""
        cohort = self.born.year + (1 if self.born.month >= 9 else 0)
        academic = day.year if day.month >= 9 else day.year - 1
        return academic - cohort - 4

    def stage(self, day: dt.date) -> str:
        """e(arly years), c(hild: primary), t(een: secondary and sixth form), a(dult)."""
        year = self.school_year(day)
        return "e" if year < 0 else "c" if year <= 6 else "t" if year <= 13 else "a"

    def setting(self, day: dt.date) -> str | None:
        """Where the child learns on this day, if anywhere: term weekdays only."""
        if not in_term(day) or self.age(day) < 2:
            return None
        year = self.school_year(day)
        if year < 0:
            return "nursery"
        return "school" if year <= 11 else "college"

    def placed_on(self, day: dt.date) -> bool:
        return self.placed <= day and (self.ends is None or day < self.ends)


def cast(children: int, start: dt.date, until: dt.date) -> list[DemoChild]:
    """The first ``children`` of CHILDREN, born so that the youngest is at least one year old
    when the demo starts (their age gaps kept); one who turns 21 moves on."""
    chosen = [(i, *CHILDREN[i % len(CHILDREN)]) for i in range(children)]
    shift = max(0, max(year for _, _, year, _ in chosen) - (start.year - 1))
    made = []
    for i, first, year, pronoun in chosen:
        born = dt.date(year - shift, 1 + (i * 5) % 12, 1 + (i * 3) % 27)
        leaves = add_years(born, MOVES_ON_AT)
        made.append(DemoChild(i, first, SURNAMES[i % len(SURNAMES)], pronoun, born, start,
                              leaves if leaves <= until else None))
    return made


def default_child(name: str, today: dt.date | None = None) -> DemoChild:
    """A child for a writer given only a name (the store benchmark): 14 today, with us for
    eleven years."""
    today = today or dt.date.today()
    pronoun = next((p for n, _, p in CHILDREN if n == name), "she")
    return DemoChild(0, name, "Example", pronoun, add_years(today, -14), add_years(today, -11))
