"""The summary's section on the people around the child: the ecomap (the child in the middle,
everyone around them by kind), then each person with their role and how the child relates to
them. Drawn from the report data, so the social worker's copy draws the same picture."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from carerdesk.domain.report import PeriodReport
from carerdesk.domain.report_parts import ReportPerson
from carerdesk.reports.ecomap_layout import group_order
from carerdesk.reports.ecomap_pdf import EcomapFlowable, MapPerson, ecomap_drawing, key_text
from carerdesk.reports.summary_style import FULL, H1, SMALL, p, table
from carerdesk.text.i18n import translate


def map_people(people: tuple[ReportPerson, ...] | list[ReportPerson]) -> list[MapPerson]:
    return [MapPerson(x.name, x.role, x.family_name, x.living) for x in people]


def people(report: PeriodReport) -> list[Any]:
    """Nothing when the carer has recorded nobody around the child."""
    if not report.people:
        return []
    shown = map_people(report.people)
    flow: list[Any] = [CondPageBreak(120 * mm), KeepTogether([  # the key with its picture
        p(translate("Summary", "The people around the child"), H1),
        EcomapFlowable(ecomap_drawing(report.child, shown, FULL)),
        Spacer(1, 2 * mm), p(key_text(), SMALL)]), Spacer(1, 3 * mm)]
    rows = []
    for i in group_order([x.role for x in shown]):
        person, about = shown[i], report.people[i]
        rows.append([p(person.label), p(person.role_line, SMALL), p(about.relation or "–")])
    flow.append(table(rows, [48 * mm, 44 * mm, FULL - 92 * mm]))
    return flow
