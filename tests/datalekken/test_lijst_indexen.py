"""The case list: what a row shows, and the indexes that keep the open-case queries small."""

import pytest
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from datalekken.models import Datalek, Fase
from tests.datalekken.factories import DatalekFactory, set_fase

pytestmark = pytest.mark.django_db


def _plan(queryset) -> str:
    """The plan PostgreSQL would choose on a large table (sequential scans discouraged, as
    they would be with thousands of rows)."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        sql, params = queryset.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_a_row_of_the_case_list_shows_its_phases_and_clock(melder, client_for):
    datalek = DatalekFactory(titel="Ledenlijst in de prullenbak")
    set_fase(datalek, Fase.Soort.INVENTARISEREN, Fase.Status.BEZIG)
    html = client_for(melder).get(reverse("datalekken:lijst")).content.decode()
    assert "Ledenlijst in de prullenbak" in html
    assert (
        '<span class="badge text-bg-primary" title="Inventariseren: Bezig">'
        '<span aria-hidden="true">I</span>'
        '<span class="visually-hidden">Inventariseren: Bezig</span></span>'
    ) in html
    deadline = timezone.localtime(datalek.deadline).strftime("%d-%m-%Y %H:%M")
    assert f'title="Termijn melding AP: {deadline}">nog ' in html


def test_the_open_cases_are_counted_from_their_partial_index():
    DatalekFactory()
    assert "datalek_open_idx" in _plan(Datalek.objects.open().order_by("-geregistreerd_op"))


# VACUUM and ANALYZE cannot run inside a test's transaction, and what ANALYZE writes into
# pg_class would outlive a rollback; a transactional test ends with TRUNCATE, which resets it.
@pytest.mark.django_db(transaction=True)
def test_a_technicus_list_uses_the_open_cases_per_technicus_index(technicus):
    # A technicus has a few of the open cases and more archived ones, as in practice; with
    # statistics that say so (on a row or two, every index on the table costs the planner
    # about the same, and which one it takes is a tie-break).
    for _ in range(2):
        DatalekFactory(technicus=technicus)
    for _ in range(10):
        DatalekFactory(technicus=technicus, gearchiveerd_op=timezone.now())
    for _ in range(5):
        DatalekFactory()
    for _ in range(15):
        DatalekFactory(gearchiveerd_op=timezone.now())
    with connection.cursor() as cursor:
        # The indexes as they would be on a live table: without the dead entries that earlier
        # tests' rolled-back rows leave behind, and with the statistics of these rows.
        cursor.execute("REINDEX TABLE datalekken_datalek")
        cursor.execute("VACUUM ANALYZE datalekken_datalek")
    qs = Datalek.objects.open().filter(technicus=technicus).order_by("-geregistreerd_op")
    with transaction.atomic():  # SET LOCAL holds inside a transaction only
        assert "datalek_technicus_open_idx" in _plan(qs)


def test_the_phase_counts_read_the_phase_index_per_case():
    DatalekFactory()
    qs = (
        Fase.objects.filter(datalek__in=Datalek.objects.open().values("pk"))
        .values("soort", "status")
        .order_by()
    )
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_hashjoin = off")
        cursor.execute("SET LOCAL enable_mergejoin = off")
        plan = _plan(qs)
    assert any(
        index in plan
        for index in (
            "datalek_open_tellingen_idx",
            "datalek_open_idx",
            "datalek_technicus_open_idx",
        )
    )
    # The phases are looked up per open case through an index (the covering unique index,
    # or the foreign key's), never by reading the whole phase table.
    assert "Seq Scan on datalekken_fase" not in plan
    assert "on datalekken_fase" in plan


def test_the_unfinished_phases_are_read_from_their_partial_index():
    """The predicate of `fasen_per_status` matches the partial index (on a table this small
    the planner may still join through the foreign key's index; at 30,000 phases it reads
    this one, index-only: see docs/benchmark.md)."""
    DatalekFactory()
    qs = (
        Fase.objects.exclude(soort=Fase.Soort.ARCHIVEREN)
        .exclude(status=Fase.Status.AFGEROND)
        .values("datalek", "soort", "status")
        .order_by()
    )
    assert "fase_onafgerond_idx" in _plan(qs)
