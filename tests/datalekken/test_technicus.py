"""What the technicus (possibly at a supplier) sees of a case assigned to them: the technical
facts and repairs, not who reported it, the decision, the notification or its papers. And the
e-mail they get when a case is assigned to them."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from datalekken import services
from datalekken.models import Bijlage
from tests.datalekken.factories import DatalekFactory, bijlage_for
from tests.factories import UserFactory

GEHEIM = {
    "motivering": "Besproken met de FG: geen hoog risico voor de leden.",
    "meldingsnummer": "M-2026-99881",
}


@pytest.fixture
def dossier(technicus, melder, medewerker):
    datalek = DatalekFactory(
        ontdekker=medewerker,
        technicus=technicus,
        melder=melder,
        categorieen_persoonsgegevens=["naw", "contact"],
        technische_bevindingen="Inlog vanaf een onbekend IP-adres om 02.14 uur.",
        maatregelen_direct="Account geblokkeerd.",
    )
    services.record_besluit(
        datalek=datalek,
        door=melder,
        is_datalek=True,
        melden_ap=True,
        informeren=False,
        motivering=GEHEIM["motivering"],
    )
    datalek.ap_meldingsnummer = GEHEIM["meldingsnummer"]
    datalek.ap_gemeld_op = timezone.now()
    datalek.save()
    services.add_notitie(datalek=datalek, door=melder, tekst="Kun je de logs van maart nakijken?")
    return datalek


def test_technicus_sees_the_technical_view_only(client_for, technicus, medewerker, dossier):
    afschrift = bijlage_for(dossier, dossier.melder, naam="afschrift-ap.pdf")
    logs = bijlage_for(dossier, dossier.melder, naam="firewall-logs.pdf", soort="bewijs")
    eigen = bijlage_for(dossier, technicus, naam="mijn-analyse.pdf", soort="overig")
    page = client_for(technicus).get(dossier.get_absolute_url()).content.decode()

    # What they need.
    for tekst in (
        dossier.samenvatting,
        "Naam, adres, woonplaats",
        "Inlog vanaf een onbekend IP-adres",
        "Account geblokkeerd.",
        "Kun je de logs van maart nakijken?",
        "firewall-logs.pdf",
        "mijn-analyse.pdf",
        dossier.melder.get_full_name(),  # whom to ask
    ):
        assert tekst in page, tekst
    # What they do not.
    for tekst in (
        medewerker.get_full_name(),
        GEHEIM["motivering"],
        GEHEIM["meldingsnummer"],
        "afschrift-ap.pdf",
        "Samenvatting voor de AP",
        'id="kwalificatie"',
        'id="melden"',
        "Nog nodig voor archiveren",
        "Besluit:",
        "historie-titel",
    ):
        assert tekst not in page, tekst

    client = client_for(technicus)
    url = reverse("datalekken:bijlage_downloaden", args=[dossier.pk, afschrift.pk])
    assert client.get(url).status_code == 404
    for bijlage in (logs, eigen):
        url = reverse("datalekken:bijlage_downloaden", args=[dossier.pk, bijlage.pk])
        assert client.get(url).status_code == 200
    summary = reverse("datalekken:samenvatting", args=[dossier.pk])
    assert client.get(summary).status_code == 403


def test_melder_and_fg_still_see_everything(client_for, melder, fg, medewerker, dossier):
    bijlage_for(dossier, melder, naam="afschrift-ap.pdf")
    for user in (melder, fg):
        page = client_for(user).get(dossier.get_absolute_url()).content.decode()
        for tekst in (
            medewerker.get_full_name(),
            GEHEIM["motivering"],
            GEHEIM["meldingsnummer"],
            "afschrift-ap.pdf",
            "Samenvatting voor de AP",
        ):
            assert tekst in page, (user, tekst)


def test_technicus_timeline_shows_technical_lines_notes_and_own_actions(
    client_for, technicus, dossier
):
    services.add_notitie(datalek=dossier, door=technicus, tekst="Logs bekeken.")
    services.update_fase(datalek=dossier, soort="repareren", status="bezig", door=technicus)
    zichtbaar = {(g.soort, g.wie_id) for g in dossier.gebeurtenissen.visible_to(technicus).all()}
    assert zichtbaar == {
        ("notitie", dossier.melder.pk),
        ("notitie", technicus.pk),
        ("fase", technicus.pk),
    }
    assert dossier.gebeurtenissen.visible_to(dossier.melder).count() == (
        dossier.gebeurtenissen.count()
    )


def test_technicus_gets_an_email_with_only_the_link_when_assigned(
    client_for, melder, technicus, django_capture_on_commit_callbacks, settings
):
    settings.SITE_URL = "https://privacy.example.org"
    datalek = DatalekFactory(titel="Laptop met ledenlijst gestolen")
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(melder).post(
            reverse("datalekken:toewijzen", args=[datalek.pk]),
            {"melder": melder.pk, "technicus": technicus.pk},
        )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    bericht = mail.outbox[0]
    assert bericht.to == [technicus.email]
    assert datalek.dossiernummer in bericht.subject
    assert f"https://privacy.example.org/datalekken/{datalek.pk}/" in bericht.body
    assert "Laptop" not in bericht.body and "ledenlijst" not in bericht.body

    # Saving again, or changing only the melder, sends nothing new.
    datalek.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        services.assign_datalek(datalek=datalek, door=melder, melder=None, technicus=technicus)
    assert len(mail.outbox) == 1

    # Another technicus is told; unassigning tells nobody.
    ander = UserFactory(rollen=["technicus"])
    with django_capture_on_commit_callbacks(execute=True):
        services.assign_datalek(datalek=datalek, door=melder, melder=None, technicus=ander)
        services.assign_datalek(datalek=datalek, door=melder, melder=None, technicus=None)
    assert [m.to for m in mail.outbox[1:]] == [[ander.email]]


def test_no_email_when_the_technicus_has_none(db, melder, django_capture_on_commit_callbacks):
    zonder = UserFactory(rollen=["technicus"], email="")
    with django_capture_on_commit_callbacks(execute=True):
        services.assign_datalek(
            datalek=DatalekFactory(), door=melder, melder=melder, technicus=zonder
        )
    assert mail.outbox == []


def test_bijlage_soorten_for_the_technicus(db, technicus, melder):
    datalek = DatalekFactory(technicus=technicus)
    for soort in Bijlage.Soort.values:
        bijlage_for(datalek, melder, naam=f"{soort}.pdf", soort=soort)
    zichtbaar = set(Bijlage.objects.visible_to(technicus).values_list("soort", flat=True))
    assert zichtbaar == {"bewijs"}
