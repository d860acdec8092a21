"""The shared `{% history_panel obj %}`: every app's field history in words."""

import datetime

import time_machine
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext

from privacyportal.templatetags.portal import history_panel
from tests.datalekken.factories import DatalekFactory
from tests.factories import UserFactory
from tests.register.factories import ActiviteitFactory, DomeinFactory, SysteemFactory

WINTER = datetime.datetime(2025, 1, 15, 9, 30, tzinfo=datetime.UTC)  # 10:30 in Amsterdam


def changes(obj) -> dict:
    """{veld: (oud, nieuw)} of the newest change."""
    return {c["veld"]: (c["oud"], c["nieuw"]) for c in history_panel(obj)["rows"][0]["changes"]}


def test_booleans_read_ja_nee_onbekend(db):
    datalek = DatalekFactory()
    datalek.feit_kwade_opzet = False
    datalek.aard_integriteit = True
    datalek.save()
    gezien = changes(datalek)
    assert gezien["kwade opzet"] == ("onbekend", "nee")
    assert gezien["integriteit aangetast"] == ("onbekend", "ja")

    datalek.feit_kwade_opzet = None
    datalek.save()
    assert changes(datalek)["kwade opzet"] == ("nee", "onbekend")
    html = Template("{% load portal %}{% history_panel d %}").render(Context({"d": datalek}))
    assert "nee → onbekend" in html  # False is an answer, not '(leeg)'


def test_choices_lists_and_foreign_keys_by_name(db):
    technicus = UserFactory(first_name="Nadia", last_name="El Amrani")
    datalek = DatalekFactory()
    datalek.soort = "inbraak"
    datalek.categorieen_persoonsgegevens = ["naw", "inlog"]
    datalek.technicus = technicus
    datalek.save()
    gezien = changes(datalek)
    assert gezien["soort incident"] == ("Weet ik niet", "Hacking, malware of phishing")
    assert gezien["categorieën persoonsgegevens"] == (
        "",
        "Naam, adres, woonplaats; Inloggegevens (gebruikersnaam, wachtwoord)",
    )
    assert gezien["technicus"] == ("", "Nadia El Amrani")


def test_local_times_and_dates(db):
    datalek = DatalekFactory()
    datalek.ap_gemeld_op = WINTER
    datalek.save()
    assert changes(datalek)["gemeld bij de AP op"] == ("", "15-01-2025 10:30")

    activiteit = ActiviteitFactory()
    activiteit.laatst_beoordeeld_op = datetime.date(2025, 3, 4)
    activiteit.save()
    assert changes(activiteit)["laatst beoordeeld op"] == ("", "04-03-2025")


def test_foreign_keys_to_other_models_by_their_name(db):
    activiteit = ActiviteitFactory()
    activiteit.systeem = SysteemFactory(naam="BicatWISE")
    activiteit.save()
    activiteit.systeem = SysteemFactory(naam="AFAS")
    activiteit.domein = DomeinFactory(naam="Publieksservice", groep="extern", nummer=2)
    activiteit.save()
    assert changes(activiteit)["systeem"] == ("BicatWISE", "AFAS")
    assert changes(activiteit)["domein"] == ("1 HR", "2 Publieksservice")


def test_empty_values_show_as_leeg_and_creation_as_aangemaakt(db):
    activiteit = ActiviteitFactory(doeleinden="")
    activiteit.doeleinden = "Leden informeren over activiteiten."
    activiteit.save()
    html = Template("{% load portal %}{% history_panel a %}").render(Context({"a": activiteit}))
    assert "(leeg) → Leden informeren over activiteiten." in html
    assert "Aangemaakt" in html


def test_name_lookups_do_not_grow_with_the_rows(db):
    """One query for the records and one per related model with changes, for 3 rows or 30."""
    datalek = DatalekFactory()

    def queries():
        with CaptureQueriesContext(connection) as context:
            history_panel(datalek)
        return len(context.captured_queries)

    def change(n):
        for _ in range(n):
            datalek.technicus = UserFactory()
            datalek.melder = UserFactory()
            datalek.save()

    change(2)
    weinig = queries()
    change(25)
    assert queries() == weinig == 2


def test_history_panel_times_are_local(db):
    with time_machine.travel(WINTER, tick=False):
        datalek = DatalekFactory()
    html = Template("{% load portal %}{% history_panel d %}").render(Context({"d": datalek}))
    assert "15-01-2025 10:30" in html
