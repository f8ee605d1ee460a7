"""The social worker reads a summary drawn from the report data it imported, by its own
CarerDesk: the carer's PDF travels in the package (for older readers) but is not shown."""

import datetime as dt
import subprocess

from conftest import CHILD, START

from carerdesk.app import supervision_export, supervision_inbox
from carerdesk.domain.report import Notes

UNTIL = START + dt.timedelta(days=29)
CARERS_COPY = b"%PDF-1.4\n% the carer's copy, not what the social worker reads\n"


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "shown.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_inbox_shows_the_summary_drawn_from_the_data(carer, supervisor, tmp_path):
    report = supervision_export.period_report(carer, CHILD, START, UNTIL,
                                       Notes("Drawn from the data", "Respite?", None))
    package = carer.exchange.seal(report, CARERS_COPY, [supervisor.exchange.public_key()],
                                  carer.journal.child(CHILD).id)
    supervisor.exchange.import_package(package)
    package_id = supervisor.exchange.reports()[0].package_id
    assert supervisor.exchange.open_report(package_id).pdf == CARERS_COPY  # kept as it came
    opened = supervision_inbox.open_report(supervisor, package_id)
    assert opened.pdf != CARERS_COPY and opened.report == report
    text = " ".join(_text(opened.pdf, tmp_path).split())
    assert "Drawn from the data" in text and "Did not come home from school on time." in text
    assert "Appendix: every entry of the period" in text
