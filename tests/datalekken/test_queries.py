"""The lists and home panels cost the same number of queries for 3 cases as for 60."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.datalekken.factories import DatalekFactory


def fill(n, **velden):
    for _ in range(n):
        DatalekFactory(**velden)


@pytest.mark.parametrize(
    "rol, url_name",
    [
        ("melder", "datalekken:lijst"),
        ("fg", "datalekken:lijst"),
        ("technicus", "datalekken:lijst"),
        ("medewerker", "datalekken:mijn_meldingen"),
        ("management", "datalekken:overzicht"),
        ("melder", "home"),
        ("technicus", "home"),
        ("management", "home"),
    ],
)
def test_query_count_does_not_grow_with_the_cases(client_for, cast, rol, url_name):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(cast[rol])
    url = reverse(url_name)
    velden = {"ontdekker": cast["medewerker"], "technicus": cast["technicus"]}

    def queries():
        client.get(url)  # warm up the session and caches
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    fill(3, **velden)
    weinig = queries()
    fill(57, **velden)
    veel = queries()
    assert veel == weinig


def test_list_query_count_is_fixed(client_for, melder, django_assert_num_queries):
    fill(30)
    client = client_for(melder)
    client.get(reverse("datalekken:lijst"))
    # session, user, groups, count, page of cases with people and their phases (one array
    # column); and the session save of every request (savepoint, update, release)
    with django_assert_num_queries(8):
        client.get(reverse("datalekken:lijst"))


def test_paging_keeps_a_search_with_special_characters(client_for, melder):
    zoek = "R&D #7"
    fill(30, titel=f"Lek bij {zoek}")
    DatalekFactory(titel="Iets anders")
    client = client_for(melder)
    page = client.get(reverse("datalekken:lijst"), {"q": zoek}).content.decode()
    assert "Pagina 1 van 2" in page
    assert "status=open&amp;q=R%26D+%237&amp;page=2" in page
    volgende = client.get(reverse("datalekken:lijst") + "?status=open&q=R%26D+%237&page=2")
    assert volgende.context["zoek"] == zoek
    assert "Pagina 2 van 2" in volgende.content.decode()


@pytest.mark.parametrize(
    "rol, aantal",
    [
        # The melder's panel: its five most urgent cases, and every count of the open cases
        # from one aggregate (kerncijfers).
        ("melder", 10),
        # Management: the open cases' counts and this year's; no phase counts (the panel
        # does not show them).
        ("management", 11),
    ],
)
def test_home_query_count_is_fixed(client_for, cast, rol, aantal, django_assert_num_queries):
    # More urgent cases than the panel lists: their number is counted, not the list's length.
    fill(6, ontdekker=cast["medewerker"], ontdekt_op=timezone.now() - timedelta(hours=60))
    client = client_for(cast[rol])
    client.get(reverse("home"))
    with django_assert_num_queries(aantal):
        client.get(reverse("home"))
