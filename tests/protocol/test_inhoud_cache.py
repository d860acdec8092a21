"""The contents of a published version are rendered once and cached (they cannot change);
a concept is always rendered fresh, and a newly published version shows its own contents."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from protocol import services
from protocol.models import Hoofdstuk, Sectie
from tests.protocol import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def _sectie_queries(captured) -> int:
    return sum('FROM "protocol_sectie"' in q["sql"] for q in captured.captured_queries)


def test_the_table_of_contents_of_a_published_version_is_read_once(medewerker, client_for):
    f.published_version()
    client = client_for(medewerker)
    with CaptureQueriesContext(connection) as eerste:
        assert "Je scherm vergrendelen" in client.get(reverse("protocol:index")).content.decode()
    with CaptureQueriesContext(connection) as tweede:
        assert "Je scherm vergrendelen" in client.get(reverse("protocol:index")).content.decode()
    assert _sectie_queries(eerste) == 1
    assert _sectie_queries(tweede) == 0


def test_a_newly_published_version_shows_its_own_contents(redacteur, medewerker, client_for):
    oud = f.published_version()
    client = client_for(medewerker)
    assert "Je scherm vergrendelen" in client.get(reverse("protocol:index")).content.decode()
    assert (
        "Je scherm vergrendelen"
        in client.get(reverse("protocol:versie", args=[oud.versienummer])).content.decode()
    )

    concept = services.start_concept(door=redacteur)
    Sectie.objects.filter(versie=concept, titel="Je scherm vergrendelen").update(
        titel="Altijd je scherm vergrendelen"
    )
    services.publish_concept(versie=concept, door=redacteur)

    html = client.get(reverse("protocol:index")).content.decode()
    assert "Altijd je scherm vergrendelen" in html
    # The retired version keeps its own (cached) contents.
    html = client.get(reverse("protocol:versie", args=[oud.versienummer])).content.decode()
    assert "Je scherm vergrendelen" in html
    assert "Altijd je scherm vergrendelen" not in html


def test_a_concept_is_never_cached(redacteur, client_for):
    f.published_version()
    concept = services.start_concept(door=redacteur)
    hoofdstuk = Hoofdstuk.objects.get(versie=concept)
    client = client_for(redacteur)
    urls = [
        reverse("protocol:versie", args=[concept.versienummer]),
        reverse("protocol:hoofdstuk", args=[concept.versienummer, hoofdstuk.pk]),
    ]
    for url in urls:
        assert "Wat is een datalek" in client.get(url).content.decode()
    Sectie.objects.filter(versie=concept, titel="Wat is een datalek").update(
        titel="Wat is een inbreuk"
    )
    for url in urls:
        assert "Wat is een inbreuk" in client.get(url).content.decode()
    assert "Sectie bewerken" in client.get(urls[1]).content.decode()


def test_a_chapter_of_a_published_version_is_rendered_once(medewerker, client_for):
    versie = f.published_version()
    hoofdstuk = Hoofdstuk.objects.get(versie=versie)
    url = reverse("protocol:hoofdstuk", args=[versie.versienummer, hoofdstuk.pk])
    client = client_for(medewerker)
    with CaptureQueriesContext(connection) as eerste:
        eerste_html = client.get(url).content.decode()
    with CaptureQueriesContext(connection) as tweede:
        tweede_html = client.get(url).content.decode()
    assert "Vergrendel de pc met Windows-toets" in tweede_html
    assert eerste_html.count("protocol-sectie") == tweede_html.count("protocol-sectie") == 2
    assert _sectie_queries(eerste) == 1
    assert _sectie_queries(tweede) == 0
