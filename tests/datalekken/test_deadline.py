"""The 72 hours from ontdekt op, on a frozen clock."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from datalekken import services
from datalekken.models import Datalek, Gebeurtenis, duur_tekst
from tests.datalekken.factories import DatalekFactory

AMS = ZoneInfo("Europe/Amsterdam")
ONTDEKT = datetime(2025, 3, 3, 9, 0, tzinfo=AMS)


@pytest.mark.parametrize(
    "verstreken, tekst, toestand",
    [
        (timedelta(hours=10), "nog 62 uur", "ruim"),
        (timedelta(hours=59), "nog 13 uur", "krap"),
        (timedelta(hours=71, minutes=30), "nog 30 minuten", "krap"),
        (timedelta(hours=75), "3 uur te laat", "te_laat"),
        (timedelta(hours=72 + 100), "4 dagen en 4 uur te laat", "te_laat"),
    ],
)
def test_the_clock_in_dutch(db, verstreken, tekst, toestand):
    datalek = DatalekFactory(ontdekt_op=ONTDEKT)
    klok = datalek.klok(ONTDEKT + verstreken)
    assert (klok.tekst, klok.toestand) == (tekst, toestand)


def test_duur_tekst():
    assert duur_tekst(timedelta(minutes=1)) == "1 minuut"
    assert duur_tekst(timedelta(hours=47, minutes=59)) == "47 uur"
    assert duur_tekst(timedelta(hours=95)) == "95 uur"
    assert duur_tekst(timedelta(hours=96)) == "4 dagen"


def test_clock_stops_when_not_meldplichtig_or_notified(db):
    niet_nodig = DatalekFactory(ontdekt_op=ONTDEKT, besluit_melden_ap=False)
    gemeld = DatalekFactory(ontdekt_op=ONTDEKT, ap_gemeld_op=ONTDEKT + timedelta(hours=80))
    later = ONTDEKT + timedelta(days=10)
    assert niet_nodig.klok(later).tekst == "geen melding nodig"
    assert gemeld.klok(later).tekst == "gemeld, na de termijn"


@pytest.mark.parametrize(
    "verstreken, waarschuwing",
    [(timedelta(hours=10), False), (timedelta(hours=50), True), (timedelta(hours=80), True)],
    ids=["ruim", "minder-dan-24-uur", "te-laat"],
)
def test_home_panel_warns_the_melder(client_for, melder, verstreken, waarschuwing):
    datalek = DatalekFactory(ontdekt_op=ONTDEKT)
    with time_machine.travel(ONTDEKT + verstreken, tick=False):
        page = client_for(melder).get(reverse("home")).content.decode()
        detail = client_for(melder).get(datalek.get_absolute_url()).content.decode()
        lijst = client_for(melder).get(reverse("datalekken:lijst")).content.decode()
    assert ("met minder dan 24 uur om te melden" in page) is waarschuwing
    klok = datalek.klok(ONTDEKT + verstreken).tekst
    assert klok in detail and klok in lijst


def test_no_warning_for_a_case_that_needs_no_notification(client_for, melder):
    DatalekFactory(ontdekt_op=ONTDEKT, besluit_melden_ap=False, gekwalificeerd_op=ONTDEKT)
    with time_machine.travel(ONTDEKT + timedelta(hours=60), tick=False):
        page = client_for(melder).get(reverse("home")).content.decode()
    assert "met minder dan 24 uur om te melden" not in page


def ap_data(gemeld_op, reden=""):
    return {
        "ap_meldingsnummer": "M-2025-1234",
        "ap_gemeld_op": gemeld_op.strftime("%Y-%m-%dT%H:%M"),
        "ap_reden_vertraging": reden,
    }


def test_notifying_late_requires_the_reason(client_for, melder):
    datalek = DatalekFactory(ontdekt_op=ONTDEKT)
    url = reverse("datalekken:ap_melding", args=[datalek.pk])
    te_laat = ONTDEKT + timedelta(hours=75)
    with time_machine.travel(te_laat + timedelta(hours=1), tick=False):
        response = client_for(melder).post(url, ap_data(te_laat))
        assert (
            "reden van de vertraging" in response.context["form"].errors["ap_reden_vertraging"][0]
        )
        response = client_for(melder).post(
            url, ap_data(te_laat, "De omvang werd pas na onderzoek van de logbestanden duidelijk.")
        )
    assert response.status_code == 302
    datalek.refresh_from_db()
    assert datalek.ap_meldingsnummer == "M-2025-1234"
    assert datalek.is_te_laat_gemeld()
    regel = datalek.gebeurtenissen.get(soort=Gebeurtenis.Soort.AP_GEMELD)
    assert "na de termijn" in regel.omschrijving


def test_notifying_in_time_needs_no_reason(client_for, melder):
    datalek = DatalekFactory(ontdekt_op=ONTDEKT)
    op_tijd = ONTDEKT + timedelta(hours=70)
    with time_machine.travel(op_tijd, tick=False):
        response = client_for(melder).post(
            reverse("datalekken:ap_melding", args=[datalek.pk]), ap_data(op_tijd)
        )
    assert response.status_code == 302
    assert Datalek.objects.get().klok(op_tijd + timedelta(days=3)).tekst == "op tijd gemeld"


class TestDeadlineCommand:
    @pytest.fixture
    def dossiers(self, cast):
        return {
            "ruim": DatalekFactory(ontdekt_op=ONTDEKT + timedelta(hours=40)),
            "krap": DatalekFactory(ontdekt_op=ONTDEKT),
            "te_laat": DatalekFactory(ontdekt_op=ONTDEKT - timedelta(hours=30)),
            "gemeld": DatalekFactory(
                ontdekt_op=ONTDEKT - timedelta(hours=30), ap_gemeld_op=ONTDEKT
            ),
        }

    def run(self, *args):
        with time_machine.travel(ONTDEKT + timedelta(hours=60), tick=False):
            call_command("datalek_deadlines", *args)

    def test_dry_run_sends_nothing_and_changes_nothing(self, dossiers, capsys):
        self.run("--dry-run")
        assert mail.outbox == []
        assert not Gebeurtenis.objects.filter(soort=Gebeurtenis.Soort.HERINNERING).exists()
        uitvoer = capsys.readouterr().out
        assert dossiers["krap"].dossiernummer in uitvoer
        assert dossiers["ruim"].dossiernummer not in uitvoer

    def test_mails_the_melders_once_per_step(self, dossiers, cast, settings):
        settings.SITE_URL = "https://privacy.example.org"
        self.run()
        assert len(mail.outbox) == 1
        bericht = mail.outbox[0]
        assert bericht.to == [cast["melder"].email]
        assert dossiers["krap"].dossiernummer in bericht.body
        assert "nog 12 uur" in bericht.body
        assert dossiers["te_laat"].dossiernummer in bericht.body
        assert "18 uur te laat" in bericht.body
        assert dossiers["ruim"].dossiernummer not in bericht.body
        assert dossiers["gemeld"].dossiernummer not in bericht.body
        assert dossiers["krap"].titel not in bericht.body
        assert f"https://privacy.example.org/datalekken/{dossiers['krap'].pk}/" in bericht.body
        assert dossiers["krap"].gebeurtenissen.filter(soort="herinnering").count() == 1

        self.run()
        assert len(mail.outbox) == 1  # nothing new to say

        with time_machine.travel(ONTDEKT + timedelta(hours=73), tick=False):
            call_command("datalek_deadlines")
        assert len(mail.outbox) == 2  # krap has now passed the deadline
        assert dossiers["krap"].dossiernummer in mail.outbox[1].body


def test_command_has_help_and_docstring():
    from datalekken.management.commands import datalek_deadlines

    assert datalek_deadlines.__doc__ and "cron" in datalek_deadlines.__doc__
    assert datalek_deadlines.Command.help


def test_melders_helper_skips_users_without_email(cast):
    cast["melder"].email = ""
    cast["melder"].save()
    assert list(services.melders()) == []
