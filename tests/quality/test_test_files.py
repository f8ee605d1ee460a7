"""pytest imports test files by their base name (the folders are not packages): two files of
one name in different folders stop the whole run at collection."""

from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def test_no_two_test_files_share_a_name():
    where = defaultdict(list)
    for path in TESTS.rglob("*.py"):
        if path.name.startswith("test_") or path.name.endswith("_test.py"):
            where[path.name].append(str(path.relative_to(TESTS)))
    assert {name: paths for name, paths in where.items() if len(paths) > 1} == {}


def test_no_test_imports_another_as_a_package():
    """``from tests.x import y`` works only from the checkout's root on sys.path."""
    found = [str(p.relative_to(TESTS)) for p in TESTS.rglob("*.py")
             if "from tests." in p.read_text(encoding="utf-8")
             and p.name != Path(__file__).name]
    assert found == []
