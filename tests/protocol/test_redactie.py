"""The redacteur's workflow in the portal."""

import pytest
from django.urls import reverse

from protocol import services
from protocol.models import Doorverwijsadres, Hoofdstuk, ProtocolVersie, Sectie, Spreekuur
from protocol.plekken import find_placeholders, open_placeholders
from tests.protocol import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def concept(redacteur):
    f.published_version()
    return services.start_concept(door=redacteur)


@pytest.mark.parametrize(
    "text",
    [
        "[nader in te vullen]",
        "[Nader in te vullen: datum van ingebruikname]",
        "[Aanpassen aan de lokale situatie]",
        "[aanpassen aan bibliotheek]",
        "[NADER IN TE VULLEN]",
        "[in te vullen door de vestiging]",
    ],
)
def test_placeholders_are_recognised(text):
    assert [m.group(0) for m in find_placeholders(f"Zie {text} hier.")] == [text]


def test_ordinary_brackets_and_links_are_not_placeholders():
    assert not find_placeholders("Zie [de website](https://example.org) of [1].")


def test_the_redacteur_starts_a_concept_in_the_portal(redacteur, client_for):
    huidige = f.published_version()
    client = client_for(redacteur)
    response = client.post(reverse("protocol:concept_starten"))
    assert response.status_code == 302
    concept = ProtocolVersie.objects.concept().get()
    assert concept.versienummer == huidige.versienummer + 1
    html = client.get(reverse("protocol:redactie")).content.decode()
    assert f"Conceptversie {concept.versienummer}" in html
    assert "Je scherm vergrendelen" in html
    # A second start is refused with a message, not an error.
    response = client.post(reverse("protocol:concept_starten"), follow=True)
    assert "al een conceptversie" in response.content.decode()


def test_editing_a_section_and_resolving_a_placeholder(concept, redacteur, client_for):
    client = client_for(redacteur)
    sectie = Sectie.objects.get(versie=concept, titel="Je scherm vergrendelen")
    url = reverse("protocol:inhoud_bewerken", args=["secties", sectie.pk])
    data = {
        "hoofdstuk": sectie.hoofdstuk_id,
        "titel": sectie.titel,
        "tekst": "Bel bij twijfel [nader in te vullen: telefoonnummer].",
        "hoofdpunt": "on",
        "hoofdpunt_tekst": "Vergrendel je scherm.",
    }
    assert client.post(url, data).status_code == 302
    [plek] = open_placeholders(concept)
    assert plek.tekst == "[nader in te vullen: telefoonnummer]"
    assert plek.bewerken_url == url

    html = client.get(reverse("protocol:open_plekken")).content.decode()
    assert "[nader in te vullen: telefoonnummer]" in html
    assert url in html

    data["tekst"] = "Bel bij twijfel de teamleider: 0123-456 701."
    response = client.post(url, {**data, "terug": reverse("protocol:open_plekken")})
    assert response.url == reverse("protocol:open_plekken")
    assert open_placeholders(concept) == []
    assert "geen open plekken meer" in client.get(reverse("protocol:open_plekken")).content.decode()


def test_a_hoofdpunt_needs_its_short_text(concept, redacteur, client_for):
    sectie = Sectie.objects.filter(versie=concept).first()
    response = client_for(redacteur).post(
        reverse("protocol:inhoud_bewerken", args=["secties", sectie.pk]),
        {"hoofdstuk": sectie.hoofdstuk_id, "titel": "X", "tekst": "Y", "hoofdpunt": "on"},
    )
    assert response.status_code == 200
    assert "Een hoofdpunt heeft een korte tekst" in response.content.decode()


def test_adding_reordering_and_deleting_sections(concept, redacteur, client_for):
    client = client_for(redacteur)
    hoofdstuk = Hoofdstuk.objects.get(versie=concept)
    response = client.post(
        reverse("protocol:inhoud_nieuw", args=["secties"]),
        {"hoofdstuk": hoofdstuk.pk, "titel": "Zelfscanner", "tekst": "Voor klanten zelf."},
    )
    assert response.status_code == 302
    titels = lambda: list(  # noqa: E731
        Sectie.objects.filter(hoofdstuk=hoofdstuk)
        .order_by("volgorde", "pk")
        .values_list("titel", flat=True)
    )
    assert titels()[-1] == "Zelfscanner"
    nieuw = Sectie.objects.get(versie=concept, titel="Zelfscanner")
    client.post(
        reverse("protocol:inhoud_verplaatsen", args=["secties", nieuw.pk]), {"richting": "op"}
    )
    assert titels()[-2] == "Zelfscanner"
    client.post(reverse("protocol:inhoud_verwijderen", args=["secties", nieuw.pk]))
    assert "Zelfscanner" not in titels()


def test_a_section_can_only_move_to_a_chapter_of_the_concept(concept, redacteur, client_for):
    huidige = ProtocolVersie.objects.huidige()
    sectie = Sectie.objects.filter(versie=concept).first()
    response = client_for(redacteur).post(
        reverse("protocol:inhoud_bewerken", args=["secties", sectie.pk]),
        {"hoofdstuk": huidige.hoofdstukken.first().pk, "titel": "X", "tekst": "Y"},
    )
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()


def test_editing_published_content_is_forbidden_and_changes_nothing(redacteur, client_for):
    huidige = f.published_version()
    sectie = Sectie.objects.filter(versie=huidige).first()
    response = client_for(redacteur).post(
        reverse("protocol:inhoud_bewerken", args=["secties", sectie.pk]),
        {"hoofdstuk": sectie.hoofdstuk_id, "titel": "Gewijzigd", "tekst": "Gewijzigd"},
    )
    assert response.status_code == 403
    sectie.refresh_from_db()
    assert sectie.titel != "Gewijzigd"


def test_unknown_kinds_are_404(concept, redacteur, client_for):
    client = client_for(redacteur)
    assert client.get(reverse("protocol:inhoud_nieuw", args=["onzin"])).status_code == 404
    assert client.get(reverse("protocol:lijst_nieuw", args=["onzin"])).status_code == 404


def test_editing_version_metadata(concept, redacteur, client_for):
    response = client_for(redacteur).post(
        reverse("protocol:concept_gegevens"),
        {
            "titel": "Privacyprotocol klantcontact",
            "werkwijze": 3,
            "werkwijze_toelichting": "Meekijken mag.",
            "samenvatting_wijzigingen": "- Nieuwe werkwijze",
        },
    )
    assert response.status_code == 302
    concept.refresh_from_db()
    assert concept.werkwijze == 3


def test_discarding_the_concept(concept, redacteur, client_for):
    client_for(redacteur).post(reverse("protocol:concept_verwijderen"))
    assert not ProtocolVersie.objects.concept().exists()
    assert not Sectie.objects.filter(versie_id=concept.pk).exists()
    assert ProtocolVersie.objects.huidige() is not None


def test_live_lists_are_maintained_with_history(redacteur, client_for):
    client = client_for(redacteur)
    locatie = f.LocatieFactory(naam="Servicepunt De Linde")
    response = client.post(
        reverse("protocol:lijst_nieuw", args=["spreekuren"]),
        {"naam": "Spreekuur Geldzaken", "locatie": locatie.pk, "wanneer": "vrijdag 13.30 uur"},
    )
    assert response.status_code == 302
    spreekuur = Spreekuur.objects.get()
    client.post(
        reverse("protocol:lijst_bewerken", args=["spreekuren", spreekuur.pk]),
        {"naam": "Spreekuur Geldzaken", "locatie": locatie.pk, "wanneer": "vrijdag 14.00 uur"},
    )
    assert spreekuur.history.count() == 2
    assert spreekuur.history.first().history_user == redacteur
    html = client.get(reverse("protocol:lijst_bewerken", args=["spreekuren", spreekuur.pk]))
    assert "vrijdag 13.30 uur → vrijdag 14.00 uur" in html.content.decode()

    adres = f.DoorverwijsadresFactory()
    client.post(reverse("protocol:lijst_verwijderen", args=["doorverwijsadressen", adres.pk]))
    assert not Doorverwijsadres.objects.exists()
    assert Doorverwijsadres.history.filter(history_type="-").count() == 1


def test_live_list_validation_messages_are_dutch(redacteur, client_for):
    response = client_for(redacteur).post(
        reverse("protocol:lijst_nieuw", args=["spreekuren"]), {"naam": ""}
    )
    assert response.status_code == 200
    assert "Dit veld is verplicht." in response.content.decode()
