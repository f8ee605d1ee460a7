"""The summary's people section: the ecomap drawn from the report data (names, the child's
own names for them, roles; another fostered child by initials only), then the list."""

import dataclasses

from summary_data import SINCE, entry, pages, report, squashed

from carerdesk.domain.profile import Living, PersonRole
from carerdesk.domain.report_parts import ReportPerson
from carerdesk.reports.ecomap_pdf import MapPerson, ecomap_drawing

PEOPLE = (
    ReportPerson("Kerry Sample", PersonRole.BIRTH_FAMILY, family_name="Mummy",
                 relation="Family time every other Saturday", id="p1"),
    ReportPerson("Connor", PersonRole.SIBLING, living=Living.APART, id="p2"),
    ReportPerson("Tom Bennett", PersonRole.SOCIAL_WORKER, relation="Visits every six weeks",
                 id="p3"),
    ReportPerson("J. S.", PersonRole.FOSTERED_CHILD, id="p4"),
    ReportPerson("Zain", PersonRole.FRIEND, id="p5"),
)


def _with_people(people=PEOPLE):
    made = report([entry(SINCE, "A quiet day at home")])
    return dataclasses.replace(made, people=people)


def test_the_ecomap_and_the_list_are_on_the_page(tmp_path):
    text = pages(_with_people(), tmp_path)
    [page] = [t for t in text if "The people around the child" in t]
    flat = squashed(page)
    for words in ("Mummy (Kerry Sample)", "Birth family", "Connor", "lives apart",
                  "Tom Bennett", "The child's social worker", "J. S.", "Zain", "Leo Sample",
                  "Family time every other Saturday", "Dashed: the team around the child"):
        assert words in flat, words
    # each name twice on that page: once in the picture, once in the list
    assert flat.count("Tom Bennett") == 2 and flat.count("Mummy (Kerry Sample)") == 2


def test_no_people_no_section(tmp_path):
    assert not any("The people around the child" in t for t in pages(_with_people(()),
                                                                       tmp_path))


def test_twenty_people_fit_one_page(tmp_path):
    many = tuple(ReportPerson(f"Person {n:02d}", list(PersonRole)[n % len(PersonRole)]
                              if n % 10 != 8 else PersonRole.OTHER, id=f"p{n}")
                 for n in range(20))
    text = pages(_with_people(many), tmp_path)
    [page] = [t for t in text if "The people around the child" in t]
    for n in range(20):
        assert f"Person {n:02d}" in page


def test_a_fostered_childs_full_name_is_never_drawn():
    drawing = ecomap_drawing("Leo", [MapPerson("Jamie Smith", PersonRole.FOSTERED_CHILD)], 400)
    drawn = [s.text for s in drawing.contents if hasattr(s, "text")]
    assert "J.S." in drawn and not any("Jamie" in t or "Smith" in t for t in drawn)


def test_a_long_name_is_cut_to_its_box_not_over_the_next():
    long = "Hillside Primary School, designated teacher Mrs Okafor-Williamson"
    drawing = ecomap_drawing("Leo", [MapPerson(long, PersonRole.SCHOOL)], 400)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for shape in drawing.contents:
        if hasattr(shape, "text"):
            assert stringWidth(shape.text, shape.fontName, shape.fontSize) <= 116 - 8 + 0.01
    assert any(s.text.endswith("…") for s in drawing.contents if hasattr(s, "text"))
