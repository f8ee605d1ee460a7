"""The command line as a carer and a social worker use it, and its messages for bad input."""

import json
import subprocess

import pytest
from conftest import CHILD, SW_PASSPHRASE
from helpers import PASSPHRASE

CARER_IN, SW_IN = PASSPHRASE + "\n", SW_PASSPHRASE + "\n"


@pytest.fixture
def keyfile(cli, sw_dir, tmp_path):
    out = tmp_path / "sam.key"
    result = cli("keys", "export-public", "--out", str(out), stdin=SW_IN, data_dir=sw_dir)
    assert result.code == 0, result.err
    return out


@pytest.fixture
def package(cli, carer_dir, keyfile, tmp_path):
    out = tmp_path / "sept.cdreport"
    result = cli("export", "--recipient", str(keyfile), "--since", "2026-09-01", "--until",
                 "2026-09-30", "--out", str(out), "--pdf", str(tmp_path / "sept.pdf"),
                 "--questions", "Respite over half term?", stdin=CARER_IN, data_dir=carer_dir)
    assert result.code == 0, result.err
    return out


def test_keys_show_prints_a_fingerprint_to_read_aloud(cli, sw_dir, keyfile):
    shown = cli("keys", "show", stdin=SW_IN, data_dir=sw_dir)
    fingerprint = shown.out.splitlines()[0].split(": ")[1]
    assert len(fingerprint.split()) == 6
    assert f"fingerprint: {fingerprint}" in keyfile.read_text()


def test_carer_to_social_worker(cli, carer_dir, sw_dir, package, tmp_path):
    first = cli("import", str(package), stdin=SW_IN, data_dir=sw_dir)
    assert first.code == 0 and "imported 31 entries" in first.out
    again = cli("import", str(package), stdin=SW_IN, data_dir=sw_dir)
    assert again.code == 0 and "already imported" in again.out
    items = cli("reports", "list", "--json", stdin=SW_IN, data_dir=sw_dir).json()
    assert len(items) == 1
    item = items[0]
    carer_fp = cli("keys", "show", stdin=CARER_IN, data_dir=carer_dir).out.split("\n")[0]
    assert item["carer"] == carer_fp.split(": ")[1]
    assert (item["child"], item["since"], item["until"], item["entries"]) == \
           (CHILD, "2026-09-01", "2026-09-30", 31)
    assert item["imported_at"]
    pdf = tmp_path / "back.pdf"
    assert cli("reports", "show", item["id"][:8], "--pdf", str(pdf), stdin=SW_IN,
               data_dir=sw_dir).code == 0
    # Drawn again from the imported data by the social worker's own CarerDesk: it reads the
    # same as the carer's copy, but is not that file.
    assert pdf.read_bytes() != (tmp_path / "sept.pdf").read_bytes()
    assert _text(pdf) == _text(tmp_path / "sept.pdf")
    assert cli("reports", "review", item["id"][:8], stdin=SW_IN, data_dir=sw_dir).code == 0
    assert cli("reports", "note", item["id"][:8], "Discuss respite", stdin=SW_IN,
               data_dir=sw_dir).code == 0
    shown = cli("reports", "show", item["id"], "--json", stdin=SW_IN, data_dir=sw_dir).json()
    assert shown["reviewed"] and shown["notes"][0]["text"] == "Discuss respite"


def _text(pdf):
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_reports_show_prints_the_headline_questions_and_wellbeing(cli, sw_dir, keyfile,
                                                                  carer_dir, tmp_path):
    out = tmp_path / "notes.cdreport"
    assert cli("export", "--recipient", str(keyfile), "--since", "2026-09-01", "--until",
               "2026-09-30", "--out", str(out), "--headline", "A settled month",
               "--questions", "Respite over half term?", stdin=CARER_IN,
               data_dir=carer_dir).code == 0
    assert cli("import", str(out), stdin=SW_IN, data_dir=sw_dir).code == 0
    shown = cli("reports", "show", _only_id(cli, sw_dir), stdin=SW_IN, data_dir=sw_dir)
    assert shown.code == 0, shown.err
    lines = shown.out.splitlines()
    assert "Headline: A settled month" in lines
    assert "Questions: Respite over half term?" in lines
    assert "The carer's wellbeing: none given" in lines
    as_json = cli("reports", "show", _only_id(cli, sw_dir), "--json", stdin=SW_IN,
                  data_dir=sw_dir).json()
    assert (as_json["headline"], as_json["questions"], as_json["wellbeing"]) == (
        "A settled month", "Respite over half term?", None)


def _only_id(cli, sw_dir):
    return cli("reports", "list", "--json", stdin=SW_IN, data_dir=sw_dir).json()[0]["id"][:8]


def test_recipients_add_by_file_then_export_by_name(cli, carer_dir, keyfile, tmp_path):
    added = cli("recipients", "add", str(keyfile), "--yes", "--default", stdin=CARER_IN,
                data_dir=carer_dir)
    assert added.code == 0 and "Sam Okafor" in added.out
    by_name = cli("export", "--recipient", "Sam Okafor", "--since", "2026-09-01", "--until",
                  "2026-09-07", "--out", str(tmp_path / "a.cdreport"), stdin=CARER_IN,
                  data_dir=carer_dir)
    assert by_name.code == 0, by_name.err
    by_default = cli("export", "--since", "2026-09-01", "--until", "2026-09-07", "--out",
                     str(tmp_path / "b.cdreport"), stdin=CARER_IN, data_dir=carer_dir)
    assert by_default.code == 0, by_default.err


def test_recipients_add_without_a_terminal_asks_for_yes(cli, carer_dir, keyfile):
    result = cli("recipients", "add", str(keyfile), stdin=CARER_IN, data_dir=carer_dir)
    assert result.code == 1 and "--yes" in result.err
    listed = cli("recipients", "list", "--json", stdin=CARER_IN, data_dir=carer_dir)
    assert listed.json() == []


def _refused(cli, sw_dir, path, words):
    result = cli("import", str(path), stdin=SW_IN, data_dir=sw_dir)
    assert result.code == 1
    assert words in result.err and "Traceback" not in result.err
    assert "Nothing was imported" in result.err or "cannot read" in result.err
    assert cli("reports", "list", "--json", stdin=SW_IN, data_dir=sw_dir).json() == []


def test_a_changed_byte_is_refused(cli, sw_dir, package, tmp_path):
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 1
    bad = tmp_path / "changed.cdreport"
    bad.write_bytes(bytes(data))
    _refused(cli, sw_dir, bad, "changed or damaged")


def test_a_cut_short_package_is_refused(cli, sw_dir, package, tmp_path):
    bad = tmp_path / "short.cdreport"
    bad.write_bytes(package.read_bytes()[:-100])
    _refused(cli, sw_dir, bad, "cut short")


def test_not_a_package_is_refused(cli, sw_dir, tmp_path):
    bad = tmp_path / "notes.docx"
    bad.write_bytes(b"PK\x03\x04 a word file")
    _refused(cli, sw_dir, bad, "is not a CarerDesk report")
    _refused(cli, sw_dir, tmp_path / "missing.cdreport", "cannot read")


def test_an_unknown_version_is_refused(cli, sw_dir, package, tmp_path):
    bad = tmp_path / "future.cdreport"
    bad.write_bytes(package.read_bytes().replace(b"carerdesk-report v2", b"carerdesk-report v9", 1))
    _refused(cli, sw_dir, bad, "newer CarerDesk")


def test_one_bad_file_does_not_stop_the_good_one(cli, sw_dir, package, tmp_path):
    bad = tmp_path / "bad.cdreport"
    bad.write_bytes(b"junk")
    result = cli("import", str(bad), str(package), stdin=SW_IN, data_dir=sw_dir)
    assert result.code == 1 and "imported 31 entries" in result.out
    assert len(cli("reports", "list", "--json", stdin=SW_IN, data_dir=sw_dir).json()) == 1


def test_export_bad_input(cli, carer_dir, keyfile, tmp_path):
    def export(*extra):
        return cli("export", "--out", str(tmp_path / "x.cdreport"), *extra, stdin=CARER_IN,
                   data_dir=carer_dir)
    assert "start date is after" in export("--recipient", str(keyfile), "--since",
                                           "2026-09-30", "--until", "2026-09-01").err
    assert "future" in export("--recipient", str(keyfile), "--since", "2026-09-01",
                              "--until", "2999-01-01").err
    assert "not a date" in export("--recipient", str(keyfile), "--since", "2026-02-30",
                                  "--until", "2026-03-01").err
    assert "--recipient" in export("--since", "2026-09-01", "--until", "2026-09-02").err
    assert "no recipient" in export("--recipient", "Nobody", "--since", "2026-09-01",
                                    "--until", "2026-09-02").err
    assert not (tmp_path / "x.cdreport").exists()


def test_the_real_command_round_trip(sub, carer_dir, sw_dir, keyfile, tmp_path):
    """As scripts run it: separate processes, --passphrase-stdin."""
    out = tmp_path / "real.cdreport"
    made = sub("--data-dir", str(carer_dir), "--passphrase-stdin", "export", "--recipient",
               str(keyfile), "--since", "2026-09-01", "--until", "2026-09-30", "--out",
               str(out), stdin=CARER_IN)
    assert made.code == 0, made.err
    got = sub("--data-dir", str(sw_dir), "--passphrase-stdin", "import", str(out),
              stdin=SW_IN)
    assert got.code == 0, got.err
    listed = sub("--data-dir", str(sw_dir), "--passphrase-stdin", "reports", "list", "--json",
                 stdin=SW_IN)
    assert json.loads(listed.out)[0]["entries"] == 31


def test_the_summary_pdf_reads_well(package, tmp_path):
    pdf = tmp_path / "sept.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    for words in ("Supervision summary", CHILD, "The Riverside family", "What went well",
                  "Availability", "Sensitivity", "Acceptance", "Co-operation",
                  "Family membership", "Significant events", "Went missing",
                  "Duty social worker", "Return home interview", "Family time",
                  "In the child's own words", "I like the ducks best",
                  "The carer's reflection", "I was tired but patient",
                  "The carer's questions", "Respite over half term?",
                  "Appendix: every entry of the period", "Page 1 of"):
        assert words in text, words
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)  # every font embedded


def test_answering_the_fingerprint_question_on_standard_input(cli, carer_dir, keyfile):
    declined = cli("recipients", "add", str(keyfile), stdin=CARER_IN + "n\n", data_dir=carer_dir)
    assert declined.code == 1 and "Not added" in declined.out
    agreed = cli("recipients", "add", str(keyfile), stdin=CARER_IN + "y\n", data_dir=carer_dir)
    assert agreed.code == 0 and "Trusted Sam Okafor" in agreed.out
    assert [r["name"] for r in cli("recipients", "list", "--json", stdin=CARER_IN,
                                   data_dir=carer_dir).json()] == ["Sam Okafor"]


def test_a_social_worker_names_themselves_at_set_up_or_gets_a_plain_label(cli, carer_dir,
                                                                          tmp_path):
    new = SW_PASSPHRASE + "\n" + SW_PASSPHRASE + "\n"
    for folder, extra in (("named", ["--name", "Priya Shah"]), ("unnamed", [])):
        made = cli("init", "--role", "supervisor", *extra, stdin=new, data_dir=tmp_path / folder)
        assert made.code == 0, made.err
        key = tmp_path / f"{folder}.key"
        assert cli("keys", "export-public", "--out", str(key), stdin=SW_IN,
                   data_dir=tmp_path / folder).code == 0
        added = cli("recipients", "add", str(key), "--yes", stdin=CARER_IN, data_dir=carer_dir)
        assert added.code == 0, added.err
    names = [r["name"] for r in cli("recipients", "list", "--json", stdin=CARER_IN,
                                    data_dir=carer_dir).json()]
    assert "Priya Shah" in names
    assert any(name.startswith("Social worker ") for name in names)


def test_a_carers_key_is_not_a_recipient(cli, carer_dir, tmp_path):
    other = tmp_path / "other-carer"
    new = PASSPHRASE + "\n" + PASSPHRASE + "\n"
    assert cli("init", stdin=new, data_dir=other).code == 0
    key = tmp_path / "carer.key"
    cli("keys", "export-public", "--out", str(key), stdin=CARER_IN, data_dir=other)
    added = cli("recipients", "add", str(key), "--yes", stdin=CARER_IN, data_dir=carer_dir)
    assert added.code == 1 and "foster carer's key" in added.err
    sent = cli("export", "--recipient", str(key), "--since", "2026-09-01", "--until",
               "2026-09-07", "--out", str(tmp_path / "x.cdreport"), stdin=CARER_IN,
               data_dir=carer_dir)
    assert sent.code == 1 and "only be sent to social workers" in sent.err
    assert not (tmp_path / "x.cdreport").exists()


def test_a_child_named_by_first_name(cli, carer_dir, keyfile, tmp_path):
    first_name = CHILD.split()[0].lower()
    made = cli("export", "--recipient", str(keyfile), "--child", first_name, "--since",
               "2026-09-01", "--until", "2026-09-07", "--out", str(tmp_path / "x.cdreport"),
               stdin=CARER_IN, data_dir=carer_dir)
    assert made.code == 0 and CHILD in made.out
    unknown = cli("export", "--recipient", str(keyfile), "--child", "Nobody", "--since",
                  "2026-09-01", "--until", "2026-09-07", "--out", str(tmp_path / "y.cdreport"),
                  stdin=CARER_IN, data_dir=carer_dir)
    assert unknown.code == 1 and "no child called" in unknown.err
