import re

import pytest
from django.urls import reverse

from protocol import services
from protocol.diff import compare_versions, inline_diff
from protocol.models import Hoofdstuk, Sectie
from tests.protocol import factories as f

pytestmark = pytest.mark.django_db


def test_inline_diff_marks_words_and_escapes_content():
    html = inline_diff("Bel <b>de</b> teamleider", "Bel de <script>x</script> teamleider")
    assert "<script>" not in html
    assert "&lt;" in html
    assert "<del>" in html and "<ins>" in html


def test_diff_shows_added_removed_and_changed_sections(redacteur, client_for):
    huidige = f.published_version()
    concept = services.start_concept(door=redacteur)
    vergrendelen = Sectie.objects.get(versie=concept, titel="Je scherm vergrendelen")
    vergrendelen.titel = "Je scherm vergrendelen en afsluiten"
    vergrendelen.tekst = "Vergrendel de pc met Windows-toets + L, ook als je maar even weg bent."
    vergrendelen.save()
    Sectie.objects.get(versie=concept, titel="Wat is een datalek").delete()
    Sectie.objects.create(
        hoofdstuk=Hoofdstuk.objects.get(versie=concept),
        titel="Zelfscanner",
        tekst="De scanner is voor klanten zelf.",
    )

    verschil = compare_versions(huidige, concept)
    by_title = {(w.soort, w.titel): w for w in verschil.wijzigingen}
    # Matched on the stable key: a renamed section is changed, not removed + added.
    assert by_title[("Sectie", "Je scherm vergrendelen en afsluiten")].status == "gewijzigd"
    assert by_title[("Sectie", "Wat is een datalek")].status == "verwijderd"
    assert by_title[("Sectie", "Zelfscanner")].status == "toegevoegd"
    assert (verschil.toegevoegd, verschil.verwijderd, verschil.gewijzigd) == (1, 1, 1)

    page = client_for(redacteur).get(
        reverse("protocol:verschil"),
        {"van": huidige.versienummer, "naar": concept.versienummer},
    )
    html = page.content.decode()
    assert re.search(r"<ins>[^<]*maar even weg bent[^<]*</ins>", html)
    assert "1 toegevoegd" in html and "1 verwijderd" in html and "1 gewijzigd" in html


def test_the_version_list_links_to_the_diff_with_the_previous_version(redacteur, client_for):
    huidige = f.published_version()
    concept = services.start_concept(door=redacteur)
    html = client_for(redacteur).get(reverse("protocol:versies")).content.decode()
    assert (
        f"{reverse('protocol:verschil')}?van={huidige.versienummer}&amp;naar={concept.versienummer}"
        in html
    )


def test_bad_diff_parameters_show_the_form_not_an_error(medewerker, client_for):
    f.published_version()
    response = client_for(medewerker).get(reverse("protocol:verschil"), {"van": "x", "naar": "1"})
    assert response.status_code == 200
    assert "Kies een bestaande versie." in response.content.decode()


def test_a_medewerker_cannot_diff_against_the_concept(medewerker, redacteur, client_for):
    huidige = f.published_version()
    concept = services.start_concept(door=redacteur)
    response = client_for(medewerker).get(
        reverse("protocol:verschil"), {"van": huidige.versienummer, "naar": concept.versienummer}
    )
    assert "Kies een bestaande versie." in response.content.decode()
