"""The command line of issue 18: reports confirm, supervision write / send / import / list /
done, keys vouch and vouch-for; every bad input one plain line and exit 1."""

import datetime as dt

import pytest
from conftest import CHILD, SW_PASSPHRASE
from helpers import PASSPHRASE

CARER_IN, SW_IN = PASSPHRASE + "\n", SW_PASSPHRASE + "\n"
SOON = (dt.date.today() + dt.timedelta(days=20)).isoformat()


@pytest.fixture
def imported(cli, carer_dir, sw_dir, tmp_path):
    """A report from the carer, imported by a social worker the carer trusts."""
    key = tmp_path / "sam.key"
    assert cli("keys", "export-public", "--out", str(key), stdin=SW_IN, data_dir=sw_dir).code == 0
    assert cli("recipients", "add", str(key), "--yes", "--name", "Sam Okafor",
               stdin=CARER_IN, data_dir=carer_dir).code == 0
    out = tmp_path / "sept.cdreport"
    assert cli("export", "--recipient", "Sam Okafor", "--since", "2026-09-01", "--until",
               "2026-09-30", "--out", str(out), stdin=CARER_IN, data_dir=carer_dir).code == 0
    assert cli("import", str(out), stdin=SW_IN, data_dir=sw_dir).code == 0
    return cli("reports", "list", "--json", stdin=SW_IN, data_dir=sw_dir).json()[0]


def _one_line(result, words):
    assert result.code == 1
    assert words in result.err and result.err.count("\n") == 1, result.err


def test_a_new_carer_is_confirmed_after_the_question(cli, sw_dir, imported):
    assert imported["carer_trust"] == "not-confirmed"
    listed = cli("reports", "list", stdin=SW_IN, data_dir=sw_dir).out
    assert "NOT YET CONFIRMED" in listed
    fp = imported["carer"]
    refused = cli("reports", "confirm", fp[:11], stdin=SW_IN + "n\n", data_dir=sw_dir)
    assert refused.code == 1 and fp in refused.out and "Not confirmed" in refused.out
    no_answer = cli("reports", "confirm", fp[:11], stdin=SW_IN, data_dir=sw_dir)
    _one_line(no_answer, "--yes")
    agreed = cli("reports", "confirm", fp[:11], stdin=SW_IN + "y\n", data_dir=sw_dir)
    assert agreed.code == 0 and "Confirmed" in agreed.out
    again = cli("reports", "list", "--json", stdin=SW_IN, data_dir=sw_dir).json()[0]
    assert again["carer_trust"] == "confirmed"
    _one_line(cli("reports", "confirm", "00000", "--yes", stdin=SW_IN, data_dir=sw_dir),
              "There is no carer")


def test_the_record_out_and_back(cli, carer_dir, sw_dir, imported, tmp_path):
    report = imported["id"][:8]
    wrote = cli("supervision", "write", report, "--held", "2026-10-03", "--present",
                "Sam, Alex and Jo", "--discussed", "School mornings", "--action",
                f"Ask school about a quiet start; Alex; {SOON}", "--action",
                "Book respite; Sam (SSW); 2026-10-20", "--reflections", "A steady month.",
                stdin=SW_IN, data_dir=sw_dir)
    assert wrote.code == 0, wrote.err
    record = wrote.out.split()[2]
    back = tmp_path / "back.cdsupervision"
    _one_line(cli("supervision", "send", record, "--to", str(back), stdin=SW_IN,
                  data_dir=sw_dir), "Confirm this carer's key first")
    assert not back.exists()
    cli("reports", "confirm", imported["carer"], "--yes", stdin=SW_IN, data_dir=sw_dir)
    sent = cli("supervision", "send", record, "--to", str(back), stdin=SW_IN, data_dir=sw_dir)
    assert sent.code == 0 and "received and reviewed" in sent.out
    assert cli("reports", "list", "--json", stdin=SW_IN, data_dir=sw_dir).json()[0]["reviewed"]
    written = cli("supervision", "list", "--json", stdin=SW_IN, data_dir=sw_dir).json()
    assert written[0]["sent_at"] and written[0]["version"] == 1

    got = cli("supervision", "import", str(back), stdin=CARER_IN, data_dir=carer_dir)
    assert got.code == 0 and "2 agreed actions" in got.out and CHILD in got.out
    assert "already" in cli("supervision", "import", str(back), stdin=CARER_IN,
                            data_dir=carer_dir).out
    [returned] = cli("supervision", "list", "--json", stdin=CARER_IN, data_dir=carer_dir).json()
    assert returned["social_worker"] == "Sam Okafor" and returned["reviewed_at"]
    assert [(a["what"], a["due"], a["status"]) for a in returned["actions"]] == [
        ("Ask school about a quiet start", SOON, "open"),
        ("Book respite", "2026-10-20", "overdue")]
    assert cli("supervision", "done", returned["id"][:8], "2", stdin=CARER_IN,
               data_dir=carer_dir).code == 0
    text = cli("supervision", "list", stdin=CARER_IN, data_dir=carer_dir).out
    assert "2. Book respite — Sam (SSW), due 2026-10-20 [done]" in text
    _one_line(cli("supervision", "done", returned["id"][:8], "7", stdin=CARER_IN,
                  data_dir=carer_dir), "no agreed action number 7")


@pytest.mark.parametrize("options, words", [
    (["--action", "Phone school; Alex"], "due date"),
    (["--action", "Phone school"], "owner"),
    (["--action", "Phone school; Alex; 20/10/2026"], "YYYY-MM-DD"),
    (["--held", "2999-01-01"], "in the future"),
    (["--held", "yesterday"], "YYYY-MM-DD"),
])
def test_a_bad_record_is_named_before_the_passphrase(cli, sw_dir, options, words):
    result = cli("supervision", "write", "abcd1234", *options, stdin="", data_dir=sw_dir)
    _one_line(result, words)


def test_a_report_is_not_a_supervision_record(cli, carer_dir, tmp_path):
    fake = tmp_path / "x.cdsupervision"
    fake.write_bytes(b"nothing like a package")
    _one_line(cli("supervision", "import", str(fake), stdin=CARER_IN, data_dir=carer_dir),
              "is not a CarerDesk report")
    _one_line(cli("supervision", "import", str(tmp_path / "none"), stdin=CARER_IN,
                  data_dir=carer_dir), "none")


def test_the_agency_vouches_and_the_carer_keeps_it(cli, carer_dir, sw_dir, tmp_path):
    carer_key = tmp_path / "carer.key"
    cli("keys", "export-public", "--out", str(carer_key), stdin=CARER_IN, data_dir=carer_dir)
    line = tmp_path / "vouch.txt"
    made = cli("keys", "vouch-for", str(carer_key), "--out", str(line), stdin=SW_IN,
               data_dir=sw_dir)
    assert made.code == 0 and line.read_text().startswith("cdv1.")
    kept = cli("keys", "vouch", str(line), stdin=CARER_IN, data_dir=carer_dir)
    assert kept.code == 0 and "vouch" in kept.out
    _one_line(cli("keys", "vouch", str(carer_key), stdin="", data_dir=carer_dir),
              "not an agency's vouch")
    sw_key = tmp_path / "sw.key"
    cli("keys", "export-public", "--out", str(sw_key), stdin=SW_IN, data_dir=sw_dir)
    _one_line(cli("keys", "vouch-for", str(sw_key), "--out", str(tmp_path / "v2"),
                  stdin=SW_IN, data_dir=sw_dir), "not a foster carer's key")
