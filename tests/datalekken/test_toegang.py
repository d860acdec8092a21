"""Object-level access beyond the matrix: technici on other cases, the FG read-only, and
management counts without contents."""

from django.urls import reverse

from datalekken.models import Datalek
from tests.datalekken.factories import DatalekFactory
from tests.factories import UserFactory


def test_technicus_sees_only_assigned_cases_in_the_list(client_for, technicus):
    eigen = DatalekFactory(technicus=technicus, titel="Toegewezen aan mij")
    DatalekFactory(technicus=UserFactory(rollen=["technicus"]), titel="Van een collega")
    DatalekFactory(titel="Niet toegewezen")
    page = client_for(technicus).get(reverse("datalekken:lijst")).content.decode()
    assert eigen.titel in page
    assert "Van een collega" not in page and "Niet toegewezen" not in page


def test_technicus_cannot_change_another_technicus_case(client_for, technicus):
    ander = DatalekFactory(technicus=UserFactory(rollen=["technicus"]))
    client = client_for(technicus)
    for url in (
        reverse("datalekken:techniek", args=[ander.pk]),
        reverse("datalekken:bijlage_toevoegen", args=[ander.pk]),
    ):
        assert client.get(url).status_code == 404
    url = reverse("datalekken:notitie", args=[ander.pk])
    assert client.post(url, {"tekst": "x"}).status_code == 404
    url = reverse("datalekken:fase", args=[ander.pk, "repareren"])
    assert client.post(url, {"repareren-status": "afgerond"}).status_code == 404


def test_technicus_records_findings(client_for, technicus):
    datalek = DatalekFactory(technicus=technicus)
    response = client_for(technicus).post(
        reverse("datalekken:techniek", args=[datalek.pk]),
        {
            "technische_bevindingen": "Inlog vanaf buitenlands IP-adres op 3 maart, 02:14 uur.",
            "versleuteling": "Schijf versleuteld met BitLocker.",
            "aantal_min": "",
            "aantal_max": "",
        },
    )
    assert response.status_code == 302
    datalek.refresh_from_db()
    assert datalek.technische_bevindingen.startswith("Inlog vanaf")
    assert datalek.fasen.get(soort="inventariseren").status == "bezig"
    regel = datalek.gebeurtenissen.get()
    assert regel.wie == technicus and "technische bevindingen" in regel.omschrijving


def test_technicus_without_staff_role_cannot_see_other_pages(client_for, technicus):
    assert client_for(technicus).get(reverse("datalekken:overzicht")).status_code == 403
    assert client_for(technicus).get(reverse("datalekken:mijn_meldingen")).status_code == 403


def test_fg_reads_everything_but_changes_nothing(client_for, fg):
    datalek = DatalekFactory(oorzaak="Verkeerd adres gekozen.")
    client = client_for(fg)
    page = client.get(datalek.get_absolute_url()).content.decode()
    assert "Verkeerd adres gekozen." in page
    assert reverse("datalekken:kwalificeren", args=[datalek.pk]) not in page
    assert client.get(reverse("datalekken:feiten", args=[datalek.pk])).status_code == 403
    assert (
        client.post(reverse("datalekken:notitie", args=[datalek.pk]), {"tekst": "x"}).status_code
        == 403
    )


def test_management_sees_counts_not_contents(client_for, management):
    DatalekFactory(titel="Laptop met ledenbestand gestolen", oorzaak="Inbraak in auto")
    for pagina in (reverse("home"), reverse("datalekken:overzicht")):
        page = client_for(management).get(pagina).content.decode()
        assert "Laptop met ledenbestand" not in page
        assert "Inbraak" not in page
        assert Datalek.objects.get().dossiernummer not in page
    page = client_for(management).get(reverse("datalekken:overzicht")).content.decode()
    assert "lopende dossiers" in page
    assert client_for(management).get(reverse("datalekken:lijst")).status_code == 403


def test_navigation_per_role(client_for, cast):
    def menu(rol):
        items = client_for(cast[rol]).get("/").context["nav_items"]
        return [item.label for item in items if item.url.startswith("/datalekken/")]

    assert menu("medewerker") == ["Datalek melden"]
    assert menu("melder") == ["Datalekken", "Datalek melden"]
    assert menu("technicus") == ["Datalekken"]
    assert menu("management") == ["Datalekken", "Datalek melden"]
    assert menu("buitenstaander") == []
