"""What is inside the age file: a zip with ``report.json`` and ``summary.pdf``."""

from __future__ import annotations

import io
import json
import zipfile
import zlib

from carerdesk.domain.errors import ReportRefused
from carerdesk.domain.report import PeriodReport, UnknownDataFormat

REPORT_JSON = "report.json"
SUMMARY_PDF = "summary.pdf"
MAX_MEMBER = 128 * 1024 * 1024  # the importer never inflates more than this per file
COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)  # what build() writes


def build(report: PeriodReport, pdf: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        data = json.dumps(report.to_dict(), ensure_ascii=False, indent=1).encode("utf-8")
        archive.writestr(REPORT_JSON, data, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr(SUMMARY_PDF, pdf, compress_type=zipfile.ZIP_STORED)
    return out.getvalue()


def read(data: bytes) -> tuple[PeriodReport, bytes]:
    """The report and its PDF; ReportRefused for anything else."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = {i.filename: i for i in archive.infolist()}
            if set(infos) != {REPORT_JSON, SUMMARY_PDF}:
                raise ReportRefused("damaged")
            if any(i.file_size > MAX_MEMBER for i in infos.values()):
                raise ReportRefused("too-large")
            if any(i.compress_type not in COMPRESSIONS for i in infos.values()):
                raise ReportRefused("damaged")
            doc = json.loads(archive.read(REPORT_JSON).decode("utf-8"))
            pdf = archive.read(SUMMARY_PDF)
    except ReportRefused:
        raise
    except (zipfile.BadZipFile, zlib.error, ValueError, EOFError, OSError, RuntimeError):
        # zlib.error: a deflate stream that lies (found by tools/fuzz_import.py)
        raise ReportRefused("damaged") from None
    if not isinstance(doc, dict) or not pdf.startswith(b"%PDF-"):
        raise ReportRefused("damaged")
    try:
        return PeriodReport.from_dict(doc), pdf
    except UnknownDataFormat:
        raise ReportRefused("unknown-version") from None
    except ValueError:
        raise ReportRefused("damaged") from None
