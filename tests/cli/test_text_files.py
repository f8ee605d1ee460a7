"""Record text through files and standard input, never on the command line (issue 13, item 3).

The passphrase lines come first on standard input, then the words, to the end of the input."""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import snapshot

PASS = "correct horse battery\n"
WORDS = "Ovidian lanterns at bedtime.\nShe asked me to stay until she slept."


def _proc_cmdline(pid: int) -> bytes:
    return Path(f"/proc/{pid}/cmdline").read_bytes()


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
def test_text_on_stdin_is_saved_and_never_on_the_processs_command_line(vault_dir, vault_ids,
                                                                         tmp_path):
    env = {**os.environ, "HOME": str(tmp_path / "home"), "CARERDESK_LANG": "en",
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_DATA_HOME": str(tmp_path / "data")}
    argv = [sys.executable, "-m", "carerdesk", "--data-dir", str(vault_dir),
            "--passphrase-stdin", "entry", "add", "--child", vault_ids["child"],
            "--text-file", "-"]
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    seen = []
    try:
        # Popen returns once exec has begun; until the kernel has set up the new program,
        # cmdline reads empty. Then read it a few times while the command waits for its
        # standard input (nothing has been written to it yet).
        deadline = time.monotonic() + 30
        while not _proc_cmdline(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.01)
        for _ in range(5):
            seen.append(_proc_cmdline(proc.pid))
            time.sleep(0.05)
        out, err = proc.communicate((PASS + WORDS + "\n").encode(), timeout=120)
    finally:
        proc.kill()
    assert proc.returncode == 0, err.decode()
    assert all(b"--text-file" in cmdline for cmdline in seen), seen  # the command's own argv
    assert all(b"Ovidian" not in cmdline and b"lanterns" not in cmdline for cmdline in seen)
    new_id = out.decode().strip().splitlines()[-1]
    shown = subprocess.run([*argv[:6], "entry", "history", new_id, "--json"],
                           input=PASS, capture_output=True, text=True, env=env, timeout=120)
    assert json.loads(shown.stdout)[0]["text"] == WORDS


def _entry_text(cli, entry_id):
    return cli("entry", "history", entry_id, "--json").json()[-1]


def test_every_entry_field_from_files_and_one_from_stdin(cli, vault_ids, tmp_path):
    (tmp_path / "voice.txt").write_text("I like the red cup\n", encoding="utf-8")
    (tmp_path / "told.txt").write_text("Ms Okafor, the child's social worker", encoding="utf-8")
    made = cli("entry", "add", "--child", vault_ids["child"], "--text-file", "-",
               "--voice-file", str(tmp_path / "voice.txt"), "--significant",
               "--told-file", str(tmp_path / "told.txt"), "--reflection", "short",
               stdin=PASS + WORDS)
    assert made.code == 0, made.err
    content = _entry_text(cli, made.last_line)
    assert content["text"] == WORDS
    assert content["voice"] == "I like the red cup"  # the newline an editor adds is not kept
    assert content["significant"]["who_was_told"] == "Ms Okafor, the child's social worker"


def test_child_name_amend_and_search_from_stdin(cli, vault_ids, tmp_path):
    added = cli("child", "add", "--name-file", "-", stdin=PASS + "Ilse Brannigan\n")
    assert added.code == 0, added.err
    assert "Ilse Brannigan" in [c["name"] for c in cli("child", "list", "--json").json()]
    (tmp_path / "why.txt").write_text("A detail I had missed", encoding="utf-8")
    amended = cli("entry", "amend", vault_ids["entry"], "--text-file", "-",
                  "--reason-file", str(tmp_path / "why.txt"), stdin=PASS + "Quenelle evening")
    assert amended.code == 0, amended.err
    history = cli("entry", "history", vault_ids["entry"], "--json").json()
    assert history[-1]["text"] == "Quenelle evening"
    assert history[-1]["reason"] == "A detail I had missed"
    found = cli("search", "--query-file", "-", "--json", stdin=PASS + "quenelle\n")
    assert found.code == 0 and [h["id"] for h in found.json()] == [vault_ids["entry"]]


def test_lifestory_page_from_stdin(cli, vault_ids):
    added = cli("lifestory", "add", "--child", vault_ids["child"], "--title", "The beach",
                "--text-file", "-", stdin=PASS + "You found a crab and named it Bert.\n")
    assert added.code == 0, added.err
    pages = cli("lifestory", "list", "--child", vault_ids["child"], "--json").json()
    assert [p["title"] for p in pages] == ["The beach"]


def test_a_whole_entry_as_json_on_stdin(cli, vault_ids):
    entry = {"child": [vault_ids["child"]], "date": "2026-11-20", "text": WORDS,
             "dimensions": {"availability": "I sat with her", "acceptance": "No telling off"},
             "ratings": {"availability": 7, "family_membership_birth": 4},
             "categories": ["health"], "mood": "okay", "voice": "stay", "reflection": "tired",
             "significant": True, "told": "Ms Okafor", "told_at": "2026-11-20T18:30",
             "next_steps": "Call on Monday"}
    made = cli("entry", "add", "--json", "-", stdin=PASS + json.dumps(entry))
    assert made.code == 0, made.err
    content = _entry_text(cli, made.last_line)
    assert content["text"] == WORDS and content["date"] == "2026-11-20"
    assert content["dimensions"]["availability"]["what_happened"] == "I sat with her"
    assert content["dimensions"]["availability"]["rating"] == 7
    assert content["dimensions"]["family_membership"]["rating_birth"] == 4
    assert content["categories"] == ["health"] and content["mood"] == "okay"
    assert content["significant"]["next_steps"] == "Call on Monday"
    assert content["significant"]["told_at"].startswith("2026-11-20T18:30")


@pytest.mark.parametrize("given,words", [
    ("not json at all", "not valid JSON"),
    ('["a list"]', "one object"),
    ('{"child": "CHILD", "text": "x", "colour": "red"}', 'no field "colour"'),
    ('{"child": "CHILD", "text": 5}', '"text" must be text'),
    ('{"child": "CHILD", "text": "x", "ratings": {"availability": "lots"}}', '"ratings"'),
    ('{"child": "CHILD", "text": "x", "significant": "yes"}', "true or false"),
    ('{"text": "x"}', "Choose which child"),
    ('{"child": "CHILD", "text": "x", "date": "2999-01-01"}', "future"),
    ("[" * 100_000, "not valid JSON"),
])
def test_bad_json_entries_are_refused_plainly(cli, vault_dir, vault_ids, given, words):
    before = snapshot(vault_dir)
    result = cli("entry", "add", "--json", "-",
                 stdin=PASS + given.replace("CHILD", vault_ids["child"]))
    assert result.code == 1, (result.out, result.err)
    assert words in result.err and len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err and "Something went wrong" not in result.err
    assert snapshot(vault_dir) == before


def test_json_and_options_together_are_refused(cli, vault_dir, vault_ids):
    before = snapshot(vault_dir)
    both = cli("entry", "add", "--json", "-", "--text", "x",
               stdin=PASS + json.dumps({"child": vault_ids["child"], "text": "y"}))
    assert both.code == 1 and "not both" in both.err
    assert cli("entry", "add", "--json", "-", "--child", "x").code == 1  # a usage error
    assert snapshot(vault_dir) == before


def test_bad_sources_are_named_before_anything_changes(cli, vault_dir, vault_ids, tmp_path):
    before = snapshot(vault_dir)
    child = ["entry", "add", "--child", vault_ids["child"]]
    missing = cli(*child, "--text-file", str(tmp_path / "nowhere.txt"))
    assert missing.code == 1 and "cannot read" in missing.err and "nowhere.txt" in missing.err
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    assert "not UTF-8" in cli(*child, "--text-file", str(tmp_path / "latin1.txt")).err
    assert "more in" in cli(*child, "--text-file", "/dev/zero").err  # endless, never read whole
    two = cli(*child, "--text-file", "-", "--voice-file", "-", stdin=PASS + "x")
    assert two.code == 1 and "only one option" in two.err
    both = cli(*child, "--text", "a", "--text-file", "-", stdin=PASS + "x")
    assert both.code == 1 and "not allowed" in both.err
    empty = cli(*child, "--text-file", "-", stdin=PASS)  # the words never came
    assert empty.code == 1 and "empty" in empty.err
    assert snapshot(vault_dir) == before


def test_every_command_that_takes_words_has_a_file_form(cli):
    forms = {("child", "add"): ["--name-file"],
             ("entry", "add"): ["--text-file", "--voice-file", "--reflection-file",
                                "--told-file", "--next-steps-file", "--json"],
             ("entry", "amend"): ["--text-file", "--reason-file"],
             ("search",): ["--query-file"],
             ("lifestory", "add"): ["--title-file", "--text-file", "--voice-file",
                                    "--place-file", "--people-file", "--when-file"],
             ("export",): ["--headline-file", "--questions-file", "--wellbeing-file"],
             ("reports", "note"): ["--text-file"],
             ("init",): ["--household-file", "--name-file"]}
    for command, options in forms.items():
        shown = cli(*command, "--help", stdin=None)
        assert shown.code == 0, command
        for option in options:
            assert option in shown.out, (command, option)
        assert "--text " not in shown.out or "keeps the words off" in shown.out


def test_init_takes_the_household_after_both_passphrase_lines(cli, tmp_path):
    folder = tmp_path / "new"
    made = cli("init", "--household-file", "-", stdin=PASS * 2 + "The Abernathy-Loy house\n",
               data_dir=folder)
    assert made.code == 0, made.err
    status = cli("status", "--json", data_dir=folder)
    assert "The Abernathy-Loy house" in status.out


@pytest.fixture
def social_worker_key(cli, tmp_path):
    folder = tmp_path / "sw"
    assert cli("init", "--role", "supervisor", "--name", "Sam Okafor", stdin=PASS * 2,
               data_dir=folder).code == 0
    key = tmp_path / "sam.key"
    assert cli("keys", "export-public", "--out", str(key), data_dir=folder).code == 0
    return key


def test_a_supervision_note_from_stdin(cli, tmp_path, social_worker_key):
    package = tmp_path / "r.cdreport"
    assert cli("export", "--recipient", str(social_worker_key), "--since", "2026-11-01",
               "--until", "2026-11-30", "--out", str(package)).code == 0
    sw = tmp_path / "sw"
    assert cli("import", str(package), data_dir=sw).code == 0
    report_id = cli("reports", "list", "--json", data_dir=sw).json()[0]["id"]
    noted = cli("reports", "note", report_id[:8], "--text-file", "-",
                stdin=PASS + "Praise the river walks.\n", data_dir=sw)
    assert noted.code == 0, noted.err
    shown = cli("reports", "show", report_id[:8], "--json", data_dir=sw).json()
    assert [n["text"] for n in shown["notes"]] == ["Praise the river walks."]


def test_export_notes_from_files_and_stdin(cli, vault_dir, vault_ids, tmp_path,
                                           social_worker_key):
    (tmp_path / "headline.txt").write_text("A settled month", encoding="utf-8")
    pdf = tmp_path / "summary.pdf"
    made = cli("export", "--recipient", str(social_worker_key), "--since", "2026-11-01",
               "--until", "2026-11-30", "--out", str(tmp_path / "r.cdreport"), "--pdf", str(pdf),
               "--headline-file", str(tmp_path / "headline.txt"), "--questions-file", "-",
               stdin=PASS + "Can we talk about school transport?\n")
    assert made.code == 0, made.err
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is needed to read the summary")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "A settled month" in text and "school transport" in text


def test_a_headline_too_long_is_refused_before_anything_is_written(cli, vault_dir, tmp_path,
                                                                   social_worker_key):
    before = snapshot(vault_dir)
    out = tmp_path / "r.cdreport"
    refused = cli("export", "--recipient", str(social_worker_key), "--since", "2026-11-01",
                  "--until", "2026-11-30", "--out", str(out), "--headline-file", "-",
                  stdin=PASS + "h" * 501)
    assert refused.code == 1 and "The headline is too long" in refused.err
    assert not out.exists() and snapshot(vault_dir) == before


def test_a_report_package_naming_a_child_past_the_limit_is_not_read():
    import datetime as dt

    from carerdesk.domain.report import PeriodReport, ReportEntry
    from carerdesk.domain.values import EntryContent, SignificantEvent

    told = dt.datetime(2026, 11, 20, 18, 30, tzinfo=dt.UTC)
    entry = ReportEntry("e1", 1, EntryContent(dt.date(2026, 11, 20), ("c1",), "Pancakes",
                                              significant=SignificantEvent(told_at=told)))
    report = PeriodReport(carer="Jo", household="The Hill", agency=None, child="Ruby",
                          child_born=None, since=dt.date(2026, 11, 1), until=dt.date(2026, 11, 30),
                          made_at=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
                          entries=(entry,))
    doc = report.to_dict()
    assert PeriodReport.from_dict(doc) == report
    item = doc["entries"][0]
    for change in ({"child": {**doc["child"], "name": "N" * 10_000_000}},
                   {"carer": "C" * 201},
                   {"period": {**doc["period"], "until": "9999-12-31"}},
                   {"made_at": "9999-12-31T23:59:00-05:00"},
                   {"entries": [{**item, "text": "w" * 200_001}]},
                   {"entries": [{**item, "date": "1066-10-14"}]},
                   {"entries": [{**item, "significant": {
                       **item["significant"], "told_at": "9999-12-31T23:59:00-05:00"}}]}):
        with pytest.raises(ValueError, match="too long|out of range"):
            PeriodReport.from_dict({**doc, **change})


def test_photo_captions_and_consent_from_files_and_stdin(cli, vault_dir, vault_ids, tmp_path):
    from helpers import PASSPHRASE
    from PIL import Image

    from carerdesk.app.workspace import Workspace

    for name in ("a.png", "b.png"):
        Image.new("RGB", (60, 40), (240, 200, 120)).save(tmp_path / name)
    (tmp_path / "consent.txt").write_text("Her mum, by phone\n", encoding="utf-8")
    added = cli("lifestory", "add", "--child", vault_ids["child"], "--title", "Photos",
                "--photo", str(tmp_path / "a.png"), "--caption-file", "-",
                "--consent-file", str(tmp_path / "consent.txt"),
                "--photo", str(tmp_path / "b.png"), "--caption", "The second",
                stdin=PASS + "Ruby and Bert the crab\n")
    assert added.code == 0, added.err
    workspace = Workspace.unlock(vault_dir, PASSPHRASE)
    try:
        photos = workspace.lifestory.page(added.last_line).photos
    finally:
        workspace.lock()
    assert [(p.caption, p.consent) for p in photos] == [
        ("Ruby and Bert the crab", "Her mum, by phone"), ("The second", None)]


def test_a_mistake_in_another_option_is_named_before_the_passphrase_is_read(cli, vault_dir,
                                                                            vault_ids):
    before = snapshot(vault_dir)
    mood = cli("entry", "add", "--child", vault_ids["child"], "--text-file", "-",
               "--mood", "grumpy", stdin="")  # no passphrase given: it is never asked for
    assert mood.code == 1 and "not a mood" in mood.err
    page = cli("lifestory", "add", "--child", vault_ids["child"], "--title", "  ",
               "--text-file", "-", stdin="")
    assert page.code == 1 and "title is empty" in page.err
    assert snapshot(vault_dir) == before
