"""`manage.py benchmark` keeps working as the apps change: every key page answers at both
sizes with the same number of queries, the jobs (export, import, deadline command) run, and
the large dataset's database is gone afterwards. Tiny datasets and one round keep this a few
seconds; the real sizes are for `make bench`."""

import pytest
from django.db import connection

from privacyportal.benchmark import Size
from privacyportal.management.commands import benchmark

KLEIN = Size("small", activiteiten=12, datalekken=12, secties=4, gebruikers=2)
GROOT = Size("large", activiteiten=30, datalekken=24, secties=8, gebruikers=4)
KEY_PAGES = {
    "handboek",
    "handboek zoeken",
    "situatie",
    "register",
    "register te doen",
    "datalekken (melder)",
    "datalek",
    "jaarverslag",
}


def _database_exists(name: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_database WHERE datname = %s", [name])
        return cursor.fetchone()[0] == 1


# The command creates a database and runs VACUUM: neither may run inside a transaction.
@pytest.mark.django_db(transaction=True)
def test_benchmark_measures_every_key_page_at_both_sizes(monkeypatch, capsys):
    monkeypatch.setattr(benchmark, "SMALL", KLEIN)
    monkeypatch.setattr(benchmark, "LARGE", GROOT)
    command = benchmark.Command()
    with benchmark._quiet():
        pages, operations = command.measure_all(repeat=1)

    assert set(pages) >= KEY_PAGES
    for name, row in pages.items():
        assert row["queries_small"] == row["queries_large"] > 0, name
        assert row["ms_small"] > 0 and row["ms_large"] > 0, name
        assert row["ratio"] == round(row["ms_large"] / row["ms_small"], 2), name
    assert set(operations) == {"export_s", "import_s", "deadline_command_s"}
    assert not _database_exists(f"{connection.settings_dict['NAME']}_groot")

    command.report(pages, operations)
    printed = capsys.readouterr().out
    for name in [*pages, *operations]:
        assert name in printed
    assert "queries groeien" not in printed


@pytest.mark.django_db(transaction=True)
def test_benchmark_can_measure_only_the_named_pages_without_the_jobs(monkeypatch):
    monkeypatch.setattr(benchmark, "SMALL", KLEIN)
    monkeypatch.setattr(benchmark, "LARGE", GROOT)
    with benchmark._quiet():
        pages, operations = benchmark.Command().measure_all(
            repeat=1, pages={"register", "jaarverslag"}, operations=False
        )

    assert set(pages) == {"register", "jaarverslag"}
    assert operations == {}


def test_the_table_flags_a_page_whose_queries_grow(capsys):
    row = {"queries_small": 3, "queries_large": 4, "ms_small": 1.0, "ms_large": 1.0, "ratio": 1.0}
    benchmark.Command().report({"register": row}, {})
    assert "queries groeien" in capsys.readouterr().out
