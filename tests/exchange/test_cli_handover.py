"""handover make / import / receipt / list / pdf through the real commands (issue 19, item 4):
the receipt removes the carer's working copy (exit 0); a wrong receipt, a forged handover and
bad input each one plain line and exit 1."""

import pytest
from conftest import CHILD, SW_PASSPHRASE
from helpers import PASSPHRASE

CARER_IN, SW_IN = PASSPHRASE + "\n", SW_PASSPHRASE + "\n"


def _one_line(result, words):
    assert result.code == 1, result.out
    assert words in result.err and result.err.count("\n") == 1, result.err


@pytest.fixture
def handed(cli, carer_dir, sw_dir, tmp_path):
    key = tmp_path / "sam.key"
    assert cli("keys", "export-public", "--out", str(key), stdin=SW_IN, data_dir=sw_dir).code == 0
    out = tmp_path / "zephyrine.cdhandover"
    made = cli("handover", "make", "--child", CHILD, "--recipient", str(key), "--out", str(out),
               "--json", stdin=CARER_IN, data_dir=carer_dir)
    assert made.code == 0, made.err
    assert made.json()["entries"] == 31
    return out


def test_make_import_and_the_receipt_removes(cli, carer_dir, sw_dir, tmp_path, handed):
    receipt, pdf = tmp_path / "receipt.cdreceipt", tmp_path / "closed.pdf"
    imported = cli("handover", "import", str(handed), "--receipt-out", str(receipt),
                   "--pdf-out", str(pdf), stdin=SW_IN, data_dir=sw_dir)
    assert imported.code == 0, imported.err
    assert CHILD in imported.out and receipt.exists() and pdf.read_bytes().startswith(b"%PDF")
    listed = cli("handover", "list", "--json", stdin=SW_IN, data_dir=sw_dir).json()
    assert [r["child"] for r in listed] == [CHILD] and listed[0]["entries"] == 31
    again = tmp_path / "again.pdf"
    assert cli("handover", "pdf", listed[0]["id"][:8], "--out", str(again), stdin=SW_IN,
               data_dir=sw_dir).code == 0 and again.exists()
    done = cli("handover", "receipt", str(receipt), stdin=CARER_IN, data_dir=carer_dir)
    assert done.code == 0, done.err
    assert CHILD in done.out and "removed" in done.out  # the child named, for scripts
    assert cli("child", "list", "--json", stdin=CARER_IN, data_dir=carer_dir).json() == []


def test_a_wrong_receipt_is_refused_and_removes_nothing(cli, carer_dir, sw_dir, tmp_path,
                                                        handed):
    receipt = tmp_path / "receipt.cdreceipt"
    assert cli("handover", "import", str(handed), "--receipt-out", str(receipt), stdin=SW_IN,
               data_dir=sw_dir).code == 0
    # a handover instead of a receipt, a receipt given to the social worker's vault
    _one_line(cli("handover", "receipt", str(handed), stdin=CARER_IN, data_dir=carer_dir),
              "another kind")
    _one_line(cli("handover", "receipt", str(receipt), stdin=SW_IN, data_dir=sw_dir),
              "Nothing was imported")
    data = bytearray(receipt.read_bytes())
    data[-30] ^= 1
    changed = tmp_path / "changed.cdreceipt"
    changed.write_bytes(bytes(data))
    _one_line(cli("handover", "receipt", str(changed), stdin=CARER_IN, data_dir=carer_dir),
              "changed or damaged")
    children = cli("child", "list", "--json", stdin=CARER_IN, data_dir=carer_dir).json()
    assert [c["name"] for c in children] == [CHILD]


def test_a_forged_handover_is_refused(cli, sw_dir, tmp_path, handed):
    data = bytearray(handed.read_bytes())
    data[-50] ^= 1
    forged = tmp_path / "forged.cdhandover"
    forged.write_bytes(bytes(data))
    receipt = tmp_path / "r.cdreceipt"
    _one_line(cli("handover", "import", str(forged), "--receipt-out", str(receipt), stdin=SW_IN,
                  data_dir=sw_dir), "changed or damaged")
    assert not receipt.exists()
    assert cli("handover", "list", "--json", stdin=SW_IN, data_dir=sw_dir).json() == []


@pytest.mark.parametrize("args, words", [
    (("--child", "nobody", "--recipient", "agency"), ""),
    (("--child", CHILD, "--recipient", "Nobody At All"), "no recipient"),
    (("--child", CHILD, "--recipient", "agency"), "no recipient"),  # no records key here
])
def test_make_refuses_bad_input_plainly(cli, carer_dir, tmp_path, args, words):
    out = tmp_path / "x.cdhandover"
    _one_line(cli("handover", "make", *args, "--out", str(out), stdin=CARER_IN,
                  data_dir=carer_dir), words)
    assert not out.exists()


def test_import_and_pdf_refuse_plainly(cli, sw_dir, tmp_path):
    missing = tmp_path / "missing.cdhandover"
    _one_line(cli("handover", "import", str(missing), "--receipt-out", str(tmp_path / "r"),
                  stdin=SW_IN, data_dir=sw_dir), "")
    _one_line(cli("handover", "pdf", "abcd", "--out", str(tmp_path / "p.pdf"), stdin=SW_IN,
                  data_dir=sw_dir), "no closed record")
