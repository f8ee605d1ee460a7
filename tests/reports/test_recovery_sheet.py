import subprocess

from carerdesk.reports.recovery_sheet import recovery_sheet
from carerdesk.vault import recovery

KEY = recovery.format_key(bytes(range(32)))


def test_sheet_carries_the_key_in_numbered_groups(tmp_path):
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(recovery_sheet(KEY))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "CarerDesk recovery sheet" in text
    for group in KEY.split("-"):
        assert group in text
    assert recovery.parse_key(" ".join(g for g in text.split() if g in KEY.split("-"))) == bytes(
        range(32))


def test_sheet_embeds_every_font(tmp_path):
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(recovery_sheet(KEY))
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)
