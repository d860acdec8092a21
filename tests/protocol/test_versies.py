"""Publishing rules: one concept, one published version, published versions are frozen."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from protocol import services
from protocol.models import (
    Hoofdstuk,
    ProtocolVersie,
    Sectie,
    Situatie,
    Sneltoets,
    Uitspraak,
    VersieNietBewerkbaar,
)
from tests.protocol import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def huidige():
    return f.published_version()


def test_saving_or_deleting_content_of_a_published_version_raises(huidige):
    sectie = Sectie.objects.filter(versie=huidige).first()
    sectie.tekst = "Stiekem gewijzigd"
    with pytest.raises(VersieNietBewerkbaar):
        sectie.save()
    with pytest.raises(VersieNietBewerkbaar):
        sectie.delete()
    for model in (Hoofdstuk, Sectie, Situatie, Uitspraak, Sneltoets):
        with pytest.raises(VersieNietBewerkbaar):
            model.objects.filter(versie=huidige).update(volgorde=9)
        with pytest.raises(VersieNietBewerkbaar):
            model.objects.filter(versie=huidige).delete()
    with pytest.raises(VersieNietBewerkbaar):
        Sneltoets.objects.create(versie=huidige, toetsen="F1", actie="Help")
    with pytest.raises(VersieNietBewerkbaar):
        Uitspraak.objects.bulk_create([Uitspraak(versie=huidige, tekst="Nieuw")])
    assert Sectie.objects.get(pk=sectie.pk).tekst != "Stiekem gewijzigd"


def test_moving_a_section_out_of_a_published_version_is_refused(huidige):
    concept = f.VersieFactory()
    hoofdstuk = f.HoofdstukFactory(versie=concept)
    sectie = Sectie.objects.filter(versie=huidige).first()
    sectie.hoofdstuk = hoofdstuk
    with pytest.raises(VersieNietBewerkbaar):
        sectie.save()


def test_a_published_version_itself_cannot_be_changed_or_deleted(huidige):
    versie = ProtocolVersie.objects.get(pk=huidige.pk)
    versie.werkwijze_toelichting = "Anders"
    with pytest.raises(VersieNietBewerkbaar):
        versie.save()
    versie = ProtocolVersie.objects.get(pk=huidige.pk)
    with pytest.raises(VersieNietBewerkbaar):
        versie.delete()
    with pytest.raises(VersieNietBewerkbaar):
        ProtocolVersie.objects.filter(pk=huidige.pk).update(titel="Anders")
    with pytest.raises(VersieNietBewerkbaar):
        ProtocolVersie.objects.filter(pk=huidige.pk).delete()


def test_a_retired_version_cannot_come_back(huidige, redacteur):
    concept = services.start_concept(door=redacteur)
    services.publish_concept(versie=concept, door=redacteur)
    oud = ProtocolVersie.objects.get(pk=huidige.pk)
    assert oud.status == ProtocolVersie.Status.VERVALLEN
    oud.status = ProtocolVersie.Status.GEPUBLICEERD
    with pytest.raises(VersieNietBewerkbaar):
        oud.save()


def test_the_database_allows_only_one_concept_and_one_published_version(huidige):
    f.VersieFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        f.VersieFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ProtocolVersie.objects.create(
            versienummer=98,
            status=ProtocolVersie.Status.GEPUBLICEERD,
            gepubliceerd_op=huidige.gepubliceerd_op,
        )


def test_starting_a_second_concept_is_refused(huidige, redacteur):
    services.start_concept(door=redacteur)
    with pytest.raises(Exception, match="al een conceptversie"):
        services.start_concept(door=redacteur)


def test_starting_a_concept_copies_everything_with_stable_keys(huidige, redacteur):
    concept = services.start_concept(door=redacteur)
    assert concept.versienummer == huidige.versienummer + 1
    assert concept.is_concept
    assert concept.werkwijze == huidige.werkwijze
    assert concept.werkwijze_toelichting == huidige.werkwijze_toelichting
    for model, fields in [
        (Hoofdstuk, ["sleutel", "titel", "volgorde"]),
        (Sectie, ["sleutel", "titel", "tekst", "hoofdpunt", "hoofdpunt_tekst", "volgorde"]),
        (Situatie, ["sleutel", "titel", "context", "weet", "verhaal", "doen", "laten"]),
        (Uitspraak, ["sleutel", "tekst", "toelichting", "uitzondering"]),
        (Sneltoets, ["sleutel", "toetsen", "actie", "systeem"]),
    ]:
        oud = list(model.objects.filter(versie=huidige).order_by("sleutel").values(*fields))
        nieuw = list(model.objects.filter(versie=concept).order_by("sleutel").values(*fields))
        assert oud and oud == nieuw, model
    # The copied sections belong to the copied chapters, not to the old ones.
    assert not Sectie.objects.filter(versie=concept, hoofdstuk__versie=huidige).exists()
    # Editing the concept leaves the published version alone.
    sectie = Sectie.objects.filter(versie=concept).first()
    sectie.tekst = "Nieuwe tekst"
    sectie.save()
    assert not Sectie.objects.filter(versie=huidige, tekst="Nieuwe tekst").exists()


def test_publishing_retires_the_previous_version_and_records_who_and_when(huidige, redacteur):
    concept = services.start_concept(door=redacteur)
    services.publish_concept(versie=concept, door=redacteur)
    concept.refresh_from_db()
    huidige.refresh_from_db()
    assert concept.status == ProtocolVersie.Status.GEPUBLICEERD
    assert concept.gepubliceerd_door == redacteur
    assert concept.gepubliceerd_op is not None
    assert concept.ingangsdatum is not None
    assert huidige.status == ProtocolVersie.Status.VERVALLEN
    assert huidige.vervallen_op == concept.gepubliceerd_op
    assert ProtocolVersie.objects.huidige() == concept


def _add_placeholder(concept):
    sectie = Sectie.objects.filter(versie=concept).first()
    sectie.tekst += "\n\nHet aanspreekpunt op zaterdag is [nader in te vullen: naam]."
    sectie.save()
    return sectie


def test_open_placeholders_block_publishing_unless_confirmed_with_a_reason(huidige, redacteur):
    concept = services.start_concept(door=redacteur)
    _add_placeholder(concept)
    with pytest.raises(services.PublicatieGeweigerd):
        services.publish_concept(versie=concept, door=redacteur)
    with pytest.raises(services.PublicatieGeweigerd):
        services.publish_concept(versie=concept, door=redacteur, bevestig_open_plekken=True)
    with pytest.raises(services.PublicatieGeweigerd):
        services.publish_concept(
            versie=concept, door=redacteur, bevestig_open_plekken=True, reden="   "
        )
    assert ProtocolVersie.objects.get(pk=concept.pk).is_concept

    services.publish_concept(
        versie=concept,
        door=redacteur,
        bevestig_open_plekken=True,
        reden="De nieuwe zaterdagregeling gaat pas in januari in.",
    )
    concept.refresh_from_db()
    assert concept.is_gepubliceerd
    assert concept.open_plekken_bij_publicatie == 1
    assert concept.reden_open_plekken == "De nieuwe zaterdagregeling gaat pas in januari in."


def test_the_publish_page_requires_confirmation_and_reason(huidige, redacteur, client_for):
    concept = services.start_concept(door=redacteur)
    _add_placeholder(concept)
    client = client_for(redacteur)
    url = reverse("protocol:publiceren")
    data = {"ingangsdatum": "2026-12-01", "vastgesteld_door": "MT", "vastgesteld_op": "2026-11-20"}

    response = client.post(url, data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "nog 1 open plek" in page
    assert "Geef aan waarom je publiceert met open plekken." in page
    assert ProtocolVersie.objects.get(pk=concept.pk).is_concept

    response = client.post(
        url, {**data, "bevestig_open_plekken": "on", "reden": "Zaterdagregeling volgt."}
    )
    assert response.status_code == 302
    concept.refresh_from_db()
    assert concept.is_gepubliceerd
    assert concept.vastgesteld_door == "MT"
    # The recorded confirmation is shown with the version.
    page = client.get(reverse("protocol:index")).content.decode()
    assert "Gepubliceerd met 1 open plek" in page
    assert "Zaterdagregeling volgt." in page


def test_the_publish_page_requires_who_adopted_the_version(huidige, redacteur, client_for):
    services.start_concept(door=redacteur)
    response = client_for(redacteur).post(reverse("protocol:publiceren"), {"vastgesteld_door": ""})
    assert response.status_code == 200
    assert "Vul in wie deze versie heeft vastgesteld." in response.content.decode()
