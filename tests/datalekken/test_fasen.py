"""Phases run in parallel; archiving needs the others done; archived is read-only;
nothing is ever deleted."""

import pytest
from django.contrib.admin.sites import site
from django.core.exceptions import ValidationError
from django.db.models import ProtectedError
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from datalekken import services
from datalekken.models import Datalek, Fase, Gebeurtenis
from tests.datalekken.factories import (
    DatalekFactory,
    bijlage_for,
    document_facts,
    ready_to_archive,
    set_fase,
)


def statussen(datalek):
    return dict(datalek.fasen.values_list("soort", "status"))


def test_a_new_case_has_six_phases_with_discovery_done(db):
    datalek = DatalekFactory()
    assert list(datalek.fasen.values_list("soort", flat=True)) == list(Fase.Soort.values)
    assert statussen(datalek)["ontdekken"] == "afgerond"
    assert {s for k, s in statussen(datalek).items() if k != "ontdekken"} == {"open"}


def test_phases_may_run_in_parallel(client_for, melder):
    datalek = DatalekFactory()
    client = client_for(melder)
    for soort in ("repareren", "inventariseren", "kwalificeren"):
        client.post(
            reverse("datalekken:fase", args=[datalek.pk, soort]), {f"{soort}-status": "bezig"}
        )
    assert statussen(datalek) == {
        "ontdekken": "afgerond",
        "inventariseren": "bezig",
        "kwalificeren": "bezig",
        "repareren": "bezig",
        "melden": "open",
        "archiveren": "open",
    }
    assert datalek.gebeurtenissen.filter(soort=Gebeurtenis.Soort.FASE).count() == 3


def test_kwalificeren_cannot_be_closed_without_a_decision(client_for, melder):
    datalek = DatalekFactory()
    response = client_for(melder).post(
        reverse("datalekken:fase", args=[datalek.pk, "kwalificeren"]),
        {"kwalificeren-status": "afgerond"},
        follow=True,
    )
    assert "Leg eerst het besluit over de kwalificatie vast." in response.content.decode()
    assert statussen(datalek)["kwalificeren"] == "open"


def test_nvt_only_where_it_applies(db, melder):
    datalek = DatalekFactory()
    with pytest.raises(ValidationError):
        services.update_fase(datalek=datalek, soort="kwalificeren", status="nvt", door=melder)
    services.update_fase(datalek=datalek, soort="repareren", status="nvt", door=melder)
    assert statussen(datalek)["repareren"] == "nvt"


def test_technicus_may_only_update_technical_phases(client_for, technicus):
    datalek = DatalekFactory(technicus=technicus)
    client = client_for(technicus)
    url = reverse("datalekken:fase", args=[datalek.pk, "melden"])
    assert client.post(url, {"melden-status": "bezig"}).status_code == 403
    url = reverse("datalekken:fase", args=[datalek.pk, "repareren"])
    assert client.post(url, {"repareren-status": "afgerond"}).status_code == 302
    assert statussen(datalek)["repareren"] == "afgerond"


def test_archiving_lists_what_is_missing(client_for, melder):
    datalek = DatalekFactory()
    page = client_for(melder).get(datalek.get_absolute_url()).content.decode()
    assert "Nog nodig voor archiveren" in page
    assert "Kwalificeer het incident met het beslisschema" in page
    assert "Rond de fase inventariseren af" in page
    response = client_for(melder).post(reverse("datalekken:archiveren", args=[datalek.pk]))
    assert response.status_code == 302
    datalek.refresh_from_db()
    assert not datalek.is_gearchiveerd


def test_melden_counts_as_done_when_not_meldplichtig(client_for, melder):
    datalek = ready_to_archive(DatalekFactory(), melder)
    assert statussen(datalek)["melden"] == "nvt"
    assert services.archiveren_ontbreekt(datalek) == []
    client_for(melder).post(reverse("datalekken:archiveren", args=[datalek.pk]))
    datalek.refresh_from_db()
    assert datalek.is_gearchiveerd
    assert statussen(datalek)["archiveren"] == "afgerond"


def test_meldplichtig_case_needs_the_ap_notification_before_archiving(db, melder):
    datalek = document_facts(DatalekFactory())
    services.record_besluit(
        datalek=datalek,
        door=melder,
        is_datalek=True,
        melden_ap=True,
        informeren=False,
        motivering="",
    )
    set_fase(datalek, "inventariseren", "afgerond")
    set_fase(datalek, "repareren", "afgerond")
    assert services.archiveren_ontbreekt(datalek) == [
        "De melding bij de AP is nog niet vastgelegd."
    ]
    with pytest.raises(ValidationError):
        services.archive_datalek(datalek=datalek, door=melder)
    with pytest.raises(ValidationError):
        services.update_fase(datalek=datalek, soort="melden", status="nvt", door=melder)


def test_archiving_needs_the_facts_of_art_33_5(client_for, melder):
    datalek = ready_to_archive(DatalekFactory(), melder)
    Datalek.objects.filter(pk=datalek.pk).update(
        soort="onbekend",
        aard_vertrouwelijkheid=None,
        rol_organisatie="onbekend",
        oorzaak="",
        maatregelen_direct="",
        maatregelen_structureel="  ",
    )
    datalek.refresh_from_db()
    verwacht = [
        "Kies de soort incident (Feiten bewerken).",
        "Leg de aard van het incident vast: vertrouwelijkheid, integriteit of"
        " beschikbaarheid (beslisschema).",
        "Kies de rol van de bibliotheek: verwerkingsverantwoordelijke of verwerker"
        " (Feiten bewerken).",
        "Beschrijf de oorzaak van het incident.",
        "Beschrijf de genomen maatregelen, direct of structureel.",
    ]
    assert services.archiveren_ontbreekt(datalek) == verwacht
    page = client_for(melder).get(datalek.get_absolute_url()).content.decode()
    for regel in verwacht:
        assert escape(regel) in page
    assert "Alles is rond" not in page
    response = client_for(melder).post(
        reverse("datalekken:archiveren", args=[datalek.pk]), follow=True
    )
    assert "Het dossier kan nog niet worden gearchiveerd." in response.content.decode()
    datalek.refresh_from_db()
    assert not datalek.is_gearchiveerd

    # A structural measure alone is enough; so is a decision that it was no datalek for
    # the nature and the role.
    Datalek.objects.filter(pk=datalek.pk).update(
        soort="anders", oorzaak="Onbekend gebleven.", maatregelen_structureel="Nieuw beleid."
    )
    datalek.refresh_from_db()
    datalek.besluit_is_datalek = False
    assert services.archiveren_ontbreekt(datalek) == []


@pytest.fixture
def gearchiveerd(melder):
    datalek = ready_to_archive(DatalekFactory(), melder)
    services.archive_datalek(datalek=datalek, door=melder)
    return datalek


@pytest.mark.parametrize(
    "url_name, method",
    [
        ("datalekken:feiten", "get"),
        ("datalekken:feiten", "post"),
        ("datalekken:techniek", "get"),
        ("datalekken:toewijzen", "post"),
        ("datalekken:kwalificeren", "get"),
        ("datalekken:besluit", "post"),
        ("datalekken:ap_melding", "get"),
        ("datalekken:vervolgmelding", "get"),
        ("datalekken:betrokkenen", "post"),
        ("datalekken:bijlage_toevoegen", "get"),
        ("datalekken:notitie", "post"),
        ("datalekken:archiveren", "post"),
    ],
)
def test_archived_case_refuses_every_change(client_for, melder, gearchiveerd, url_name, method):
    voor = Datalek.objects.filter(pk=gearchiveerd.pk).values().get()
    aantal = gearchiveerd.gebeurtenissen.count()
    response = getattr(client_for(melder), method)(
        reverse(url_name, args=[gearchiveerd.pk]), {"titel": "gewijzigd", "tekst": "notitie"}
    )
    assert response.status_code == 403
    assert "Dit dossier is gearchiveerd" in response.content.decode()
    assert Datalek.objects.filter(pk=gearchiveerd.pk).values().get() == voor
    assert gearchiveerd.gebeurtenissen.count() == aantal


def test_archived_phase_change_refused(client_for, melder, gearchiveerd):
    url = reverse("datalekken:fase", args=[gearchiveerd.pk, "repareren"])
    assert client_for(melder).post(url, {"repareren-status": "bezig"}).status_code == 403


def test_archived_case_stays_readable(client_for, fg, gearchiveerd):
    page = client_for(fg).get(gearchiveerd.get_absolute_url()).content.decode()
    assert "Dit dossier is gearchiveerd" in page
    assert "Kwalificeren</a>" not in page


def test_cases_are_never_deleted(db, melder):
    datalek = DatalekFactory()
    with pytest.raises(ProtectedError):
        datalek.delete()
    with pytest.raises(ProtectedError):
        Datalek.objects.all().delete()
    with pytest.raises(ProtectedError):
        datalek.gebeurtenissen.create(
            soort="notitie", omschrijving="x", wanneer=timezone.now()
        ).delete()
    assert Datalek.objects.count() == 1


def test_admin_cannot_delete(rf, db):
    admin = site._registry[Datalek]
    assert admin.has_delete_permission(rf.get("/"), None) is False


def test_there_is_no_delete_url():
    from datalekken.urls import urlpatterns

    assert not [p for p in urlpatterns if "verwijder" in str(p.pattern) or "delete" in p.name]


def test_unchanged_phase_says_nothing_changed(client_for, melder):
    datalek = DatalekFactory()
    url = reverse("datalekken:fase", args=[datalek.pk, "repareren"])
    client = client_for(melder)
    page = client.post(url, {"repareren-status": "bezig"}, follow=True).content.decode()
    assert "De fase repareren is bijgewerkt." in page
    page = client.post(url, {"repareren-status": "bezig"}, follow=True).content.decode()
    assert "Er is niets veranderd." in page
    assert "De fase repareren is bijgewerkt." not in page
    assert datalek.gebeurtenissen.filter(soort=Gebeurtenis.Soort.FASE).count() == 1
    # The same status with a note is a change: the note goes on the timeline.
    page = client.post(
        url,
        {"repareren-status": "bezig", "repareren-notitie": "Wacht op de leverancier."},
        follow=True,
    ).content.decode()
    assert "De fase repareren is bijgewerkt." in page
    assert (
        services.update_fase(datalek=datalek, soort="repareren", status="bezig", door=melder)
        is False
    )


def test_admin_cannot_forge_timeline_lines(admin_client, db):
    assert admin_client.get("/beheer/datalekken/gebeurtenis/add/").status_code == 403
    admin = site._registry[Gebeurtenis]
    assert admin.has_add_permission(None) is False


def test_admin_shows_an_archived_case_read_only(admin_client, melder, gearchiveerd):
    bijlage = bijlage_for(gearchiveerd, melder)
    url = f"/beheer/datalekken/datalek/{gearchiveerd.pk}/change/"
    page = admin_client.get(url)
    assert page.status_code == 200
    assert 'name="titel"' not in page.content.decode()  # no input: read-only
    response = admin_client.post(url, {"titel": "Overschreven"})
    assert response.status_code == 403
    gearchiveerd.refresh_from_db()
    assert gearchiveerd.titel != "Overschreven"
    bijlage_url = f"/beheer/datalekken/bijlage/{bijlage.pk}/change/"
    assert admin_client.post(bijlage_url, {"omschrijving": "x"}).status_code == 403
    # An open case can still be corrected.
    open_url = f"/beheer/datalekken/datalek/{DatalekFactory().pk}/change/"
    assert 'name="titel"' in admin_client.get(open_url).content.decode()
