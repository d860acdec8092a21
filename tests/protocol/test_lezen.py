"""Reading the handbook: pages, safe Markdown, concept visibility, constant query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from protocol import services
from protocol.models import Hoofdstuk, ProtocolVersie, Sectie, Situatie
from tests.protocol import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def huidige():
    return f.published_version()


def test_the_index_shows_the_table_of_contents(huidige, medewerker, client_for):
    html = client_for(medewerker).get(reverse("protocol:index")).content.decode()
    assert "Gegevens aan de balie" in html
    assert "Je scherm vergrendelen" in html
    assert "Ik heb versie" in html


def test_a_situatie_shows_the_four_parts(huidige, medewerker, client_for):
    situatie = Situatie.objects.get(versie=huidige)
    html = (
        client_for(medewerker)
        .get(reverse("protocol:situatie", args=[huidige.versienummer, situatie.pk]))
        .content.decode()
    )
    for label in ("Weet", "Verhaal", "Doen", "Laten"):
        assert f">{label}</h2>" in html
    assert "Je logt niet in voor de klant." in html


def test_an_empty_part_of_a_situatie_is_fine(medewerker, client_for):
    versie = f.VersieFactory()
    situatie = f.SituatieFactory(versie=versie, verhaal="", laten="")
    f.publish(versie)
    response = client_for(medewerker).get(
        reverse("protocol:situatie", args=[versie.versienummer, situatie.pk])
    )
    assert response.status_code == 200
    assert response.content.decode().count("Niets bijzonders.") == 2


def test_markdown_in_a_section_is_rendered_safely(medewerker, client_for):
    versie = f.VersieFactory()
    hoofdstuk = f.HoofdstukFactory(versie=versie)
    f.SectieFactory(
        hoofdstuk=hoofdstuk,
        tekst=(
            "**Let op** [klik hier](javascript:alert(1)) en "
            '<script>alert("x")</script> <img src=x onerror=alert(2)>'
        ),
    )
    f.publish(versie)
    html = (
        client_for(medewerker)
        .get(reverse("protocol:hoofdstuk", args=[versie.versienummer, hoofdstuk.pk]))
        .content.decode()
    )
    main = html.split("<main")[1].split("</main>")[0]
    assert "<strong>Let op</strong>" in main
    assert 'href="javascript' not in main.lower()
    assert "<a " not in main.split("markdown")[1].split("</div>")[0]
    assert "<script>" not in main
    assert "<img" not in main


def test_older_versions_stay_readable(huidige, redacteur, medewerker, client_for):
    concept = services.start_concept(door=redacteur)
    sectie = Sectie.objects.get(versie=concept, titel="Wat is een datalek")
    sectie.tekst = "Nieuwe uitleg over datalekken."
    sectie.save()
    services.publish_concept(versie=concept, door=redacteur)
    client = client_for(medewerker)
    hoofdstuk = Hoofdstuk.objects.get(versie=huidige)
    html = client.get(
        reverse("protocol:hoofdstuk", args=[huidige.versienummer, hoofdstuk.pk])
    ).content.decode()
    assert "Een datalek is een inbreuk" in html
    assert "Vervallen versie" in html
    assert (
        "Nieuwe uitleg over datalekken."
        in client.get(
            reverse(
                "protocol:hoofdstuk", args=[concept.versienummer, concept.hoofdstukken.get().pk]
            )
        ).content.decode()
    )


def test_a_concept_is_only_visible_to_the_redacteur(huidige, redacteur, cast, client):
    concept = services.start_concept(door=redacteur)
    hoofdstuk = concept.hoofdstukken.get()
    situatie = concept.situaties.get()
    urls = [
        reverse("protocol:versie", args=[concept.versienummer]),
        reverse("protocol:hoofdstuk", args=[concept.versienummer, hoofdstuk.pk]),
        reverse("protocol:situatie", args=[concept.versienummer, situatie.pk]),
        reverse("protocol:verkort", args=[concept.versienummer]),
    ]
    for rol in ("medewerker", "fg", "melder", "management"):
        client.force_login(cast[rol])
        assert all(client.get(url).status_code == 404 for url in urls), rol
    client.force_login(redacteur)
    assert all(client.get(url).status_code == 200 for url in urls)
    # And the reading pages of a concept offer the redacteur an edit link.
    assert "Sectie bewerken" in client.get(urls[1]).content.decode()


def test_the_verkort_protocol_lists_hoofdpunten_and_location_specifics(
    huidige, medewerker, client_for
):
    locatie = f.LocatieFactory(naam="Vestiging Zandhoven", bijzonderheden="- Lade **rechtsonder**.")
    f.SpreekuurFactory(naam="Hulp bij e-books", locatie=locatie)
    client = client_for(medewerker)
    url = reverse("protocol:verkort", args=[huidige.versienummer])
    html = client.get(url).content.decode()
    assert "Vergrendel je scherm als je wegloopt." in html
    assert "Wat is een datalek" not in html  # not a hoofdpunt
    assert "rechtsonder" not in html
    html = client.get(url, {"locatie": locatie.pk}).content.decode()
    assert "<strong>rechtsonder</strong>" in html
    assert "Hulp bij e-books" in html
    assert client.get(url, {"locatie": "onzin"}).status_code == 200


def test_the_live_lists_are_shown(medewerker, client_for):
    f.DoorverwijsadresFactory(organisatie="Het Juridisch Loket")
    f.SpreekuurFactory(naam="Spreekuur Geldzaken", locatie=f.LocatieFactory(naam="De Linde"))
    f.CursusFactory(naam="Digitaal de weg vinden")
    client = client_for(medewerker)
    assert (
        "Het Juridisch Loket"
        in client.get(reverse("protocol:doorverwijsadressen")).content.decode()
    )
    html = client.get(reverse("protocol:spreekuren")).content.decode()
    assert "Spreekuur Geldzaken" in html and "De Linde" in html
    assert "Digitaal de weg vinden" in client.get(reverse("protocol:cursussen")).content.decode()
    assert "De Linde" in client.get(reverse("protocol:locaties")).content.decode()
    # A medewerker gets no edit links.
    assert "toevoegen" not in client.get(reverse("protocol:cursussen")).content.decode()


def _handbook(rows):
    """A published version with `rows` of everything, and live lists of `rows` rows."""
    versie = f.VersieFactory()
    for _ in range(max(1, rows // 5)):
        hoofdstuk = f.HoofdstukFactory(versie=versie)
        for _ in range(5):
            f.SectieFactory(hoofdstuk=hoofdstuk, hoofdpunt=True, hoofdpunt_tekst="Kort.")
    f.SituatieFactory.create_batch(rows, versie=versie)
    f.UitspraakFactory.create_batch(rows, versie=versie)
    f.SneltoetsFactory.create_batch(rows, versie=versie)
    for _ in range(rows):
        f.SpreekuurFactory(locatie=f.LocatieFactory())
    f.DoorverwijsadresFactory.create_batch(rows)
    f.CursusFactory.create_batch(rows)
    return f.publish(versie)


def _retire(versie):
    versie.status = ProtocolVersie.Status.VERVALLEN
    versie.vervallen_op = timezone.now()
    versie.save()


@pytest.mark.parametrize(
    ("url_name", "per_version"),
    [
        ("protocol:index", False),
        ("protocol:versie", True),
        ("protocol:situaties", True),
        ("protocol:uitspraken", True),
        ("protocol:sneltoetsen", True),
        ("protocol:werkwijze", True),
        ("protocol:verkort", True),
        ("protocol:versies", False),
        ("protocol:doorverwijsadressen", False),
        ("protocol:spreekuren", False),
        ("protocol:cursussen", False),
        ("protocol:locaties", False),
    ],
)
def test_query_counts_do_not_grow_with_the_rows(
    url_name, per_version, medewerker, client_for, django_assert_num_queries
):
    client = client_for(medewerker)

    def url(versie):
        return reverse(url_name, args=[versie.versienummer] if per_version else [])

    small = _handbook(rows=2)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url(small)).status_code == 200
    _retire(small)
    big = _handbook(rows=40)
    with django_assert_num_queries(len(queries)):
        assert client.get(url(big)).status_code == 200
