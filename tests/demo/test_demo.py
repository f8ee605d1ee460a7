"""Demo data: varied enough to show every part of the app, and made through the real CLI."""

import datetime as dt

from carerdesk.demo import DemoPlan, generate
from carerdesk.domain.categories import Category
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.filters import EntryFilter


def test_demo_data_covers_the_model(workspace, vault_ids):
    made = generate(workspace, DemoPlan(years=1, children=2, until=dt.date(2026, 6, 30)))
    children, entries = workspace.journal.counts()
    assert children == 3 and entries == made + 1 and made > 500
    everything = workspace.journal.entries(EntryFilter(child_id=None), limit=made + 1)
    dims = {d for e in everything for d in e.content.observations}
    assert dims == set(Dimension)
    cats = {c for e in everything for c in e.content.categories}
    assert {Category.FAMILY_TIME, Category.DAILY_LIFE, Category.INCIDENT} <= cats
    assert any(e.content.significant and e.content.significant.who_was_told for e in everything)
    assert any(e.content.voice for e in everything)
    assert any(e.content.reflection for e in everything)
    ratings = [o.rating_birth for e in everything for o in e.content.observations.values()]
    assert any(r is not None for r in ratings)
    demo_days = [e.content.date for e in everything if e.id != vault_ids["entry"]]
    assert min(demo_days) >= dt.date(2025, 6, 30) and max(demo_days) <= dt.date(2026, 6, 30)
    assert workspace.journal.household().name


def test_demo_command(cli, tmp_path):
    result = cli("demo", "--years", "1", "--children", "1",
                 stdin="demo passphrase\ndemo passphrase\n", data_dir=tmp_path / "demo")
    assert result.code == 0, result.err
    assert any(line.startswith("Recovery key: ") for line in result.out.splitlines())
    listed = cli("child", "list", "--json", stdin="demo passphrase\n", data_dir=tmp_path / "demo")
    assert len(listed.json()) == 1
    bad = cli("demo", "--years", "0", stdin="x\nx\n", data_dir=tmp_path / "demo2")
    assert bad.code == 1 and not (tmp_path / "demo2").exists()
