"""What an entry is about, and the significant events the regulations name."""

from __future__ import annotations

from enum import StrEnum

from carerdesk.domain._noop import QT_TRANSLATE_NOOP


class Category(StrEnum):
    DAILY_LIFE = "daily_life"
    HEALTH = "health"
    EDUCATION = "education"
    FAMILY_TIME = "family_time"
    ACHIEVEMENT = "achievement"
    INCIDENT = "incident"
    MISSING_FROM_CARE = "missing_from_care"  # stored as before; shown as "Missing from home"
    ALLEGATION = "allegation"
    MEDICATION = "medication"
    OTHER = "other"

    @property
    def title(self) -> str:  # type: ignore[override]  # the shown name; str.title() is not used
        return CATEGORY_TITLES[self]

    @classmethod
    def parse(cls, text: str) -> Category:
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return cls(key)
        except ValueError:
            raise ValueError(text) from None


CATEGORY_TITLES: dict[Category, str] = {
    Category.DAILY_LIFE: QT_TRANSLATE_NOOP("Category", "Daily life"),
    Category.HEALTH: QT_TRANSLATE_NOOP("Category", "Health"),
    Category.EDUCATION: QT_TRANSLATE_NOOP("Category", "Education"),
    Category.FAMILY_TIME: QT_TRANSLATE_NOOP("Category", "Family time"),
    Category.ACHIEVEMENT: QT_TRANSLATE_NOOP("Category", "Achievement"),
    Category.INCIDENT: QT_TRANSLATE_NOOP("Category", "Incident"),
    Category.MISSING_FROM_CARE: QT_TRANSLATE_NOOP("Category", "Missing from home"),
    Category.ALLEGATION: QT_TRANSLATE_NOOP("Category", "Allegation"),
    Category.MEDICATION: QT_TRANSLATE_NOOP("Category", "Medication"),
    Category.OTHER: QT_TRANSLATE_NOOP("Category", "Other"),
}


class SignificantEventKind(StrEnum):
    """Fostering Services Regulations 2011, reg. 36 and Schedule 7 (England)."""

    SERIOUS_ILLNESS_OR_ACCIDENT = "serious_illness_or_accident"
    MISSING = "missing"
    POLICE_CALLED = "police_called"
    ALLEGATION = "allegation"
    CHILD_PROTECTION = "child_protection"
    EXPLOITATION = "exploitation"
    MENTAL_HEALTH = "mental_health"
    NOTIFIABLE_DISEASE = "notifiable_disease"
    DEATH = "death"
    OTHER = "other"


SIGNIFICANT_EVENT_TITLES: dict[SignificantEventKind, str] = {
    SignificantEventKind.SERIOUS_ILLNESS_OR_ACCIDENT: QT_TRANSLATE_NOOP(
        "Category", "Serious illness or accident"
    ),
    SignificantEventKind.MISSING: QT_TRANSLATE_NOOP("Category", "Went missing"),
    SignificantEventKind.POLICE_CALLED: QT_TRANSLATE_NOOP("Category", "Police called"),
    SignificantEventKind.ALLEGATION: QT_TRANSLATE_NOOP("Category", "Allegation"),
    SignificantEventKind.CHILD_PROTECTION: QT_TRANSLATE_NOOP(
        "Category", "Child-protection concern"
    ),
    SignificantEventKind.EXPLOITATION: QT_TRANSLATE_NOOP("Category", "Exploitation concern"),
    SignificantEventKind.MENTAL_HEALTH: QT_TRANSLATE_NOOP(
        "Category", "Serious mental-health concern"
    ),
    SignificantEventKind.NOTIFIABLE_DISEASE: QT_TRANSLATE_NOOP("Category", "Notifiable disease"),
    SignificantEventKind.DEATH: QT_TRANSLATE_NOOP("Category", "A death"),
    SignificantEventKind.OTHER: QT_TRANSLATE_NOOP("Category", "Other significant event"),
}
