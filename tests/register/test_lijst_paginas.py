"""The register list is read domain by domain: its pages and count must be exactly those of
the whole filtered register sorted in the list's order, also where a page spans domains."""

import datetime
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from register.models import Domein, Verwerkingsactiviteit, quarter_ago
from register.views import PAGE_SIZE, _PageIds
from tests.register.factories import ActiviteitFactory, DomeinFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def register():
    """Domains in both groups, numbered out of creation order, one of them empty; 131
    activities (three pages), volgnummers with gaps and created out of order."""
    rng = random.Random(3)
    domeinen = [
        (DomeinFactory(naam="Publieksservice", groep=Domein.Groep.EXTERN, nummer=1), 37),
        (DomeinFactory(naam="Financiën", groep=Domein.Groep.INTERN, nummer=2), 44),
        (DomeinFactory(naam="Leeg", groep=Domein.Groep.INTERN, nummer=3), 0),
        (DomeinFactory(naam="HR", groep=Domein.Groep.INTERN, nummer=1), 30),
        (DomeinFactory(naam="Educatie", groep=Domein.Groep.EXTERN, nummer=2), 20),
    ]
    today = timezone.localdate()
    for domein, aantal in domeinen:
        volgnummers = rng.sample(range(1, 200), aantal)
        for volgnummer in volgnummers:
            ActiviteitFactory(
                domein=domein,
                volgnummer=volgnummer,
                naam=rng.choice(["Uitleen", "Ledenadministratie", "Personeelsdossier"]),
                laatst_beoordeeld_op=rng.choice(
                    [None, today, quarter_ago(today), today - datetime.timedelta(days=365)]
                ),
            )


def _expected(**filters):
    return list(
        Verwerkingsactiviteit.objects.filter(**filters)
        .order_by("-domein__groep", "domein__nummer", "domein__naam", "volgnummer")
        .values_list("pk", flat=True)
    )


def _pages(client, query=""):
    """The ids on every page of the list, and the count it states."""
    url = reverse("register:activiteit_list") + "?" + query
    first = client.get(url)
    paginator = first.context["page_obj"].paginator
    pages = []
    for number in paginator.page_range:
        response = client.get(f"{url}&page={number}")
        pages.append([a.pk for a in response.context["activiteiten"]])
    return paginator.count, pages


def _in_pages(ids):
    return [ids[i : i + PAGE_SIZE] for i in range(0, len(ids), PAGE_SIZE)] or [[]]


def test_every_page_holds_the_rows_of_the_whole_sorted_register(register, client_for, medewerker):
    expected = _expected()
    count, pages = _pages(client_for(medewerker))
    assert count == len(expected) == 131
    assert pages == _in_pages(expected)
    # Page 1 ends inside Financiën, page 2 spans Financiën and Publieksservice (Leeg between).
    assert [len(page) for page in pages] == [50, 50, 31]


def test_the_group_filter_pages_and_counts_the_same(register, client_for, medewerker):
    for groep in Domein.Groep.values:
        expected = _expected(domein__groep=groep)
        count, pages = _pages(client_for(medewerker), f"groep={groep}")
        assert count == len(expected)
        assert pages == _in_pages(expected)


def test_search_and_review_filter_page_and_count_the_same(register, client_for, fg):
    today = timezone.localdate()
    query = "q=uitleen&beoordeling=achterstallig&groep=extern"
    expected = list(
        Verwerkingsactiviteit.objects.search("uitleen")
        .review_overdue(today)
        .filter(domein__groep="extern")
        .order_by("-domein__groep", "domein__nummer", "domein__naam", "volgnummer")
        .values_list("pk", flat=True)
    )
    count, pages = _pages(client_for(fg), query)
    assert 0 < count == len(expected)
    assert pages == _in_pages(expected)


def test_a_page_beyond_the_last_shows_the_last(register, client_for, medewerker):
    response = client_for(medewerker).get(reverse("register:activiteit_list") + "?page=99")
    assert [a.pk for a in response.context["activiteiten"]] == _expected()[100:]
    assert "131 verwerkingen." in response.content.decode()


def test_no_match_shows_no_rows(register, client_for, medewerker):
    response = client_for(medewerker).get(reverse("register:activiteit_list") + "?q=zzz")
    assert response.context["page_obj"].paginator.count == 0
    assert "Er zijn geen verwerkingen die aan deze filters voldoen." in response.content.decode()


# ANALYZE writes the table's size into pg_class outside the transaction, so a rollback would
# leave it for later tests' plans; a transactional test ends with TRUNCATE, which resets it.
@pytest.mark.django_db(transaction=True)
def test_a_page_is_read_from_the_domein_volgnummer_index(register):
    """Only the page's rows of a domain are read, in volgnummer order from the unique index,
    not every row sorted (sequential scans discouraged, as at 10,000 rows)."""
    domein = Domein.objects.get(naam="HR")
    ids = _PageIds(Verwerkingsactiviteit.objects.all(), [domein])
    with CaptureQueriesContext(connection) as queries:
        assert len(ids[0:10]) == 10
    [sql] = [q["sql"] for q in queries.captured_queries if "LIMIT" in q["sql"]]
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE register_verwerkingsactiviteit")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "register_activiteit_domein_volgnummer_uniq" in plan
    assert "Sort" not in plan
