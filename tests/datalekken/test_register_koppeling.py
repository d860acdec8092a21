"""Cases linked to the verwerkingsregister: picking systems and activities on the forms, the
technicus suggestion, the personal data on the case page, and the cases on the register's
pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from datalekken import demo as datalekken_demo
from datalekken.forms import FeitenForm
from datalekken.models import Datalek
from register import demo as register_demo
from tests.datalekken.factories import DatalekFactory
from tests.factories import UserFactory
from tests.register.factories import ActiviteitFactory, DomeinFactory, SysteemFactory


@pytest.fixture
def afas(technicus):
    systeem = SysteemFactory(naam="AFAS", technicus=technicus)
    domein = DomeinFactory(naam="HR", nummer=1)
    salaris = ActiviteitFactory(
        domein=domein,
        volgnummer=3,
        naam="Salarisadministratie",
        systeem=systeem,
        categorieen_persoonsgegevens="naam, IBAN, salaris",
        bijzondere_persoonsgegevens="ja",
        bijzondere_categorieen="BSN",
    )
    verzuim = ActiviteitFactory(
        domein=domein,
        volgnummer=4,
        naam="Verzuimregistratie",
        systeem=systeem,
        categorieen_persoonsgegevens="naam, ziekmelddatum",
        bijzondere_persoonsgegevens="n.b.",
    )
    return systeem, salaris, verzuim


def feiten_data(datalek, **extra):
    """The facts form as the page posts it, unchanged apart from `extra`."""
    form = FeitenForm(instance=datalek)
    data = {}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, list | tuple):
            data[name] = [str(v) for v in value]
        elif value is True or value is False:
            data[name] = "true" if value else "false"
        elif value is None:
            data[name] = ""
        elif hasattr(value, "strftime"):
            data[name] = value.isoformat()  # local time, with the seconds
        else:
            data[name] = str(value)
    data.update(extra)
    return data


# --- Linking through the forms ---------------------------------------------------------------


def test_melder_links_systems_and_activities_on_the_facts_form(client_for, melder, afas):
    systeem, salaris, verzuim = afas
    datalek = DatalekFactory()
    versies = datalek.history.count()
    url = reverse("datalekken:feiten", args=[datalek.pk])
    data = feiten_data(datalek, systemen=[systeem.pk], verwerkingsactiviteiten=[salaris.pk])
    response = client_for(melder).post(url, data)
    assert response.status_code == 302

    assert list(datalek.systemen.all()) == [systeem]
    assert list(datalek.verwerkingsactiviteiten.all()) == [salaris]
    regel = datalek.gebeurtenissen.get()
    assert regel.wie == melder
    assert regel.omschrijving == (
        "Getroffen systemen: gekoppeld AFAS; getroffen verwerkingsactiviteiten: gekoppeld"
        " 1.1.3 Salarisadministratie"
    )
    # Only the links changed: no empty version in the field history.
    assert datalek.history.count() == versies

    # Unlinking one activity and linking another: both names in the timeline.
    data = feiten_data(datalek, verwerkingsactiviteiten=[verzuim.pk])
    client_for(melder).post(url, data)
    assert list(datalek.verwerkingsactiviteiten.all()) == [verzuim]
    assert datalek.gebeurtenissen.first().omschrijving == (
        "Getroffen verwerkingsactiviteiten: gekoppeld 1.1.4 Verzuimregistratie;"
        " ontkoppeld 1.1.3 Salarisadministratie"
    )


def test_technicus_links_on_the_technique_form_of_their_own_case(client_for, technicus, afas):
    systeem, salaris, _ = afas
    datalek = DatalekFactory(technicus=technicus)
    response = client_for(technicus).post(
        reverse("datalekken:techniek", args=[datalek.pk]),
        {"systemen": [systeem.pk], "verwerkingsactiviteiten": [salaris.pk]},
    )
    assert response.status_code == 302
    assert list(datalek.systemen.all()) == [systeem]
    regel = datalek.gebeurtenissen.get()
    assert regel.soort == "techniek" and "gekoppeld AFAS" in regel.omschrijving


def test_form_lists_only_the_activities_of_the_chosen_systems(client_for, melder, afas):
    systeem, salaris, verzuim = afas
    ander = ActiviteitFactory(naam="Nieuwsbrief", systeem=SysteemFactory(naam="Mailchimp"))
    datalek = DatalekFactory()
    url = reverse("datalekken:feiten", args=[datalek.pk])
    client = client_for(melder)

    page = client.get(url).content.decode()
    assert "AFAS" in page and "Mailchimp" in page  # every system may be ticked
    assert "Salarisadministratie" not in page  # no system chosen: no activities yet
    assert "Kies eerst hierboven een of meer systemen" in page

    # 'Verwerkingen tonen' redraws the form with AFAS's activities and saves nothing.
    data = feiten_data(datalek, systemen=[systeem.pk], verwerkingen_tonen="1")
    response = client.post(url, data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Salarisadministratie" in page and "Verzuimregistratie" in page
    assert ander.naam not in page
    assert "Er is nog niets opgeslagen" in page
    assert "is-invalid" not in page
    assert not datalek.systemen.exists() and not datalek.gebeurtenissen.exists()

    # Any activity of the register is accepted, also one of an unticked system; once linked
    # it is listed.
    client.post(url, feiten_data(datalek, verwerkingsactiviteiten=[ander.pk]))
    assert list(datalek.verwerkingsactiviteiten.all()) == [ander]
    assert ander.naam in client.get(url).content.decode()


def test_unknown_activity_is_a_field_error_not_a_500(client_for, melder):
    datalek = DatalekFactory()
    url = reverse("datalekken:feiten", args=[datalek.pk])
    response = client_for(melder).post(
        url, feiten_data(datalek, verwerkingsactiviteiten=["999999", "x"])
    )
    assert response.status_code == 200
    assert "Getroffen verwerkingsactiviteiten: " in response.content.decode()
    assert not datalek.verwerkingsactiviteiten.exists()


# --- The technicus suggestion ----------------------------------------------------------------


def test_assign_form_suggests_the_technicus_of_the_affected_systems(client_for, melder, afas):
    systeem, salaris, _ = afas
    datalek = DatalekFactory()
    datalek.verwerkingsactiviteiten.add(salaris)  # the system comes with the activity
    response = client_for(melder).get(reverse("datalekken:toewijzen", args=[datalek.pk]))
    form = response.context["form"]
    technicus = systeem.technicus
    assert form.initial["technicus"] == technicus
    page = response.content.decode()
    assert f"Voorgesteld: {technicus.get_full_name()} (technicus van AFAS)" in page
    assert f'<option value="{technicus.pk}" selected>' in page


def test_suggestion_does_not_override_an_assigned_technicus(client_for, melder, afas):
    systeem, _, _ = afas
    anders = UserFactory(rollen=["technicus"])
    datalek = DatalekFactory(technicus=anders)
    datalek.systemen.add(systeem)
    response = client_for(melder).get(reverse("datalekken:toewijzen", args=[datalek.pk]))
    assert response.context["form"].initial["technicus"] == anders
    assert "Voorgesteld: " in response.content.decode()


def test_system_technicus_without_the_role_is_named_but_not_proposed(client_for, melder):
    beheerder = UserFactory(rollen=["medewerker"], first_name="Ruud", last_name="Smit")
    datalek = DatalekFactory()
    datalek.systemen.add(SysteemFactory(naam="Website", technicus=beheerder))
    response = client_for(melder).get(reverse("datalekken:toewijzen", args=[datalek.pk]))
    assert response.context["form"].initial.get("technicus") is None
    assert "Ruud Smit (technicus van Website), heeft in het portaal geen rol technicus" in (
        response.content.decode()
    )


def test_no_suggestion_without_links(client_for, melder):
    datalek = DatalekFactory()
    response = client_for(melder).get(reverse("datalekken:toewijzen", args=[datalek.pk]))
    assert "Voorgesteld" not in response.content.decode()


# --- The case page ---------------------------------------------------------------------------


def test_case_page_shows_the_personal_data_that_may_be_involved(client_for, melder, afas):
    systeem, salaris, verzuim = afas
    datalek = DatalekFactory()
    datalek.systemen.add(systeem)
    page = client_for(melder).get(datalek.get_absolute_url()).content.decode()
    assert "Welke persoonsgegevens kunnen betrokken zijn" in page
    # Both AFAS activities count, through the system.
    assert "naam, IBAN, salaris" in page and "naam, ziekmelddatum" in page
    assert "in 1 verwerking" in page and "1.1.3 Salarisadministratie: BSN" in page
    assert f"technicus: {systeem.technicus.get_full_name()}" in page
    # The melder reads the register: links to its pages.
    assert f'href="{systeem.get_absolute_url()}"' in page
    assert f'href="{salaris.get_absolute_url()}"' in page


def test_special_data_unknown_and_none(client_for, melder, afas):
    _, salaris, verzuim = afas
    datalek = DatalekFactory()
    datalek.verwerkingsactiviteiten.add(verzuim)
    page = client_for(melder).get(datalek.get_absolute_url()).content.decode()
    assert "niet bekend</span> voor 1 verwerking" in page
    assert salaris.categorieen_persoonsgegevens not in page


def test_technicus_sees_the_links_as_plain_text(client_for, technicus, afas):
    systeem, salaris, _ = afas
    datalek = DatalekFactory(technicus=technicus)
    datalek.systemen.add(systeem)
    datalek.verwerkingsactiviteiten.add(salaris)
    page = client_for(technicus).get(datalek.get_absolute_url()).content.decode()
    assert "1.1.3 Salarisadministratie" in page and "naam, IBAN, salaris" in page
    assert "/register/" not in page


def test_case_page_query_count_does_not_grow_with_the_links(client_for, melder):
    datalek = DatalekFactory()
    client = client_for(melder)
    url = datalek.get_absolute_url()

    def queries():
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    def link(n):
        for _ in range(n):
            systeem = SysteemFactory(technicus=UserFactory(rollen=["technicus"]))
            datalek.systemen.add(systeem)
            for activiteit in ActiviteitFactory.create_batch(
                3, systeem=systeem, bijzondere_persoonsgegevens="ja"
            ):
                datalek.verwerkingsactiviteiten.add(activiteit)

    link(1)
    weinig = queries()
    link(25)  # 78 activities: more than the page lists
    veel = queries()
    assert veel == weinig
    assert "En nog 28 verwerkingen" in client.get(url).content.decode()


# --- The register's pages --------------------------------------------------------------------


@pytest.mark.parametrize(
    "rol, ziet",
    [("melder", True), ("fg", True), ("medewerker", False), ("management", False)],
)
def test_register_pages_list_the_cases_only_for_melder_and_fg(client_for, cast, afas, rol, ziet):
    systeem, salaris, verzuim = afas
    via_activiteit = DatalekFactory()
    via_activiteit.verwerkingsactiviteiten.add(salaris)
    via_systeem = DatalekFactory(gearchiveerd_op="2025-01-01T10:00+01:00")
    via_systeem.systemen.add(systeem)
    los = DatalekFactory()
    client = client_for(cast[rol])

    page = client.get(systeem.get_absolute_url()).content.decode()
    assert (via_activiteit.dossiernummer in page) is ziet
    assert (via_systeem.dossiernummer in page) is ziet
    assert los.dossiernummer not in page
    if ziet:
        assert "gearchiveerd</span>" in page and "lopend</span>" in page
        assert via_activiteit.get_absolute_url() in page
        assert via_activiteit.titel not in page  # dossiernummer and status only

    page = client.get(salaris.get_absolute_url()).content.decode()
    assert (via_activiteit.dossiernummer in page) is ziet
    assert via_systeem.dossiernummer not in page
    page = client.get(verzuim.get_absolute_url()).content.decode()
    assert ('id="datalekken-titel"' in page) is ziet
    assert via_activiteit.dossiernummer not in page


def test_register_pages_query_count_does_not_grow_with_the_cases(client_for, fg, afas):
    systeem, salaris, _ = afas
    client = client_for(fg)

    def queries(url):
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    def link(n):
        for _ in range(n):
            datalek = DatalekFactory()
            datalek.systemen.add(systeem)
            datalek.verwerkingsactiviteiten.add(salaris)

    link(2)
    weinig = (queries(systeem.get_absolute_url()), queries(salaris.get_absolute_url()))
    link(30)
    assert (queries(systeem.get_absolute_url()), queries(salaris.get_absolute_url())) == weinig


# --- Demo data -------------------------------------------------------------------------------


def test_demo_cases_are_linked_to_the_demo_register(cast):
    register_demo.load(cast)
    datalekken_demo.load(cast)
    gekoppeld = Datalek.objects.filter(systemen__isnull=False).distinct()
    assert gekoppeld.count() == 5
    personeel = Datalek.objects.get(titel__startswith="Oud-medewerker")
    assert [s.naam for s in personeel.systemen.all()] == ["AFAS"]
    assert personeel.gebeurtenissen.filter(omschrijving__contains="gekoppeld AFAS").exists()


def test_the_ap_summary_names_the_affected_systems_and_activities(afas, melder, client_for):
    systeem, salaris, _ = afas
    datalek = DatalekFactory(melder=melder)
    datalek.systemen.add(systeem)
    datalek.verwerkingsactiviteiten.add(salaris)

    page = client_for(melder).get(reverse("datalekken:samenvatting", args=[datalek.pk]))

    text = page.content.decode()
    assert 'Getroffen systemen</dt><dd class="col-sm-8">AFAS</dd>' in text
    assert "1.1.3 Salarisadministratie" in text
