"""Each rule of the FG's "Te doen", with a frozen clock."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from register import dashboard
from register.models import GEB, Verwerkingsactiviteit
from tests.register.factories import (
    ActiviteitFactory,
    GEBFactory,
    OvereenkomstFactory,
    VerwerkerFactory,
)

pytestmark = pytest.mark.django_db
D = datetime.date


def rule(key, today):
    return next((r for r in dashboard.rules(today) if r.key == key), None)


def test_quarterly_review_three_months_back():
    today = D(2026, 5, 20)
    ActiviteitFactory(naam="Recent", laatst_beoordeeld_op=D(2026, 2, 20))  # exactly a quarter
    ActiviteitFactory(naam="Oud", laatst_beoordeeld_op=D(2026, 2, 19))
    ActiviteitFactory(naam="Nooit", laatst_beoordeeld_op=None)
    r = rule("beoordeling", today)
    assert r.count == 2 and r.status == "overdue"
    assert [t.label.split(" ", 1)[1] for t in r.taken] == ["Oud", "Nooit"]
    assert r.taken[0].action_label == "Beoordeeld"


def test_recording_a_review_is_one_post(client_for, fg):
    activiteit = ActiviteitFactory(laatst_beoordeeld_op=None)
    with time_machine.travel(datetime.datetime(2026, 5, 20, 10, tzinfo=datetime.UTC)):
        response = client_for(fg).post(
            reverse("register:activiteit_review", kwargs={"pk": activiteit.pk}),
            {"next": reverse("register:dashboard")},
        )
        assert response.status_code == 302 and response.url == reverse("register:dashboard")
        activiteit.refresh_from_db()
        assert activiteit.laatst_beoordeeld_op == D(2026, 5, 20)
        assert rule("beoordeling", D(2026, 5, 20)).count == 0
    assert activiteit.history.get(history_type="~").history_user == fg


def test_unsigned_agreements_and_verwerkers_without_one():
    OvereenkomstFactory(status="concept_gestuurd")
    OvereenkomstFactory(status="getekend")
    OvereenkomstFactory(status="onderdeel_licentie")
    OvereenkomstFactory(status="niet_noodzakelijk")
    ActiviteitFactory(naam="Zonder", verwerker=VerwerkerFactory())
    ActiviteitFactory(
        naam="Bewust zonder",
        verwerker=VerwerkerFactory(),
        status_verwerkersovereenkomst="niet_noodzakelijk",
    )
    r = rule("niet-getekend", D(2026, 6, 1))
    assert r.count == 2
    assert "concept gestuurd" in r.taken[0].detail
    assert r.taken[1].url.endswith("/bewerken/")


def test_expiry_within_ninety_days():
    today = D(2026, 6, 1)
    OvereenkomstFactory(einddatum=today + datetime.timedelta(days=90), omschrijving="Rand")
    OvereenkomstFactory(einddatum=today + datetime.timedelta(days=91), omschrijving="Later")
    OvereenkomstFactory(einddatum=today - datetime.timedelta(days=1), omschrijving="Verlopen")
    OvereenkomstFactory(einddatum=None, omschrijving="Onbepaald")
    r = rule("verloopt", today)
    assert [t.label for t in r.taken] == ["Verlopen", "Rand"]
    assert r.taken[0].overdue and r.status == "overdue"
    assert r.taken[0].detail == "verlopen op 31-05-2026"


@pytest.mark.parametrize(("today", "status"), [(D(2026, 2, 10), "due"), (D(2026, 4, 1), "overdue")])
def test_yearly_q1_check(today, status):
    OvereenkomstFactory(laatst_gecontroleerd_op=D(2026, 1, 15))
    OvereenkomstFactory(laatst_gecontroleerd_op=D(2025, 2, 1))
    OvereenkomstFactory(laatst_gecontroleerd_op=None)
    OvereenkomstFactory(status="nvt", laatst_gecontroleerd_op=None)
    r = rule("jaarcontrole", today)
    assert r.count == 2 and r.status == status
    assert "1 van 3 overeenkomsten gecontroleerd in 2026" in r.samenvatting
    assert r.taken[0].action_label == "Gecontroleerd"


def test_yearly_check_done(client_for, fg):
    ovk = OvereenkomstFactory(laatst_gecontroleerd_op=D(2025, 3, 1))
    with time_machine.travel(datetime.datetime(2026, 3, 2, 10, tzinfo=datetime.UTC)):
        client_for(fg).post(reverse("register:overeenkomst_check", kwargs={"pk": ovk.pk}))
        r = rule("jaarcontrole", D(2026, 3, 2))
    assert r.status == "ok"
    assert r.samenvatting == "Gedaan: alle 1 overeenkomsten zijn in 2026 gecontroleerd."


def test_geb_needed_but_missing():
    ActiviteitFactory(naam="Ja zonder GEB", geb="ja")
    GEBFactory(activiteit=ActiviteitFactory(naam="Record nodig", geb="n.b."), status="nodig")
    GEBFactory(activiteit=ActiviteitFactory(naam="Gedaan", geb="ja"), status="uitgevoerd")
    GEBFactory(activiteit=ActiviteitFactory(naam="Besloten", geb="ja"), status="niet_nodig")
    ActiviteitFactory(naam="Niet nodig", geb="nee")
    r = rule("geb", D(2026, 6, 1))
    assert sorted(t.label.split(" ", 1)[1] for t in r.taken) == ["Ja zonder GEB", "Record nodig"]
    assert r.taken[0].url.endswith("/geb/")


def test_transfer_outside_the_eea_without_safeguards():
    ActiviteitFactory(naam="VS", doorgifte_buiten_eer="ja", waarborgen="")
    ActiviteitFactory(naam="Niet in EU", in_de_eu="nee", waarborgen="")
    ActiviteitFactory(naam="Met SCC", doorgifte_buiten_eer="ja", waarborgen="Modelcontract")
    ActiviteitFactory(naam="Onbekend", doorgifte_buiten_eer="n.b.", waarborgen="")
    r = rule("doorgifte", D(2026, 6, 1))
    assert sorted(t.label.split(" ", 1)[1] for t in r.taken) == ["Niet in EU", "VS"]


def test_unknown_bewaartermijn():
    for tekst in ("", "n.b.", "onbekend", "proc."):
        ActiviteitFactory(
            naam=f"T{tekst}",
            bewaartermijn_getal=None,
            bewaartermijn_eenheid="",
            bewaartermijn_tekst=tekst,
        )
    r = rule("bewaartermijn", D(2026, 6, 1))
    assert r.count == 3  # "proc." is a known (procedural) term


def test_yearly_cleanup_in_january_and_february(client_for, fg):
    ActiviteitFactory(bewaartermijn_getal=5, laatst_opgeschoond_op=D(2025, 2, 1))
    ActiviteitFactory(bewaartermijn_getal=5, laatst_opgeschoond_op=None)
    ActiviteitFactory(bewaartermijn_getal=2, laatst_opgeschoond_op=D(2026, 1, 10))
    ActiviteitFactory(
        bewaartermijn_getal=None, bewaartermijn_eenheid="", bewaartermijn_tekst="n.b."
    )
    # December: not yet shown.
    assert rule("opschoning", D(2025, 12, 15)) is not None  # 2025's round was never finished
    r = rule("opschoning", D(2026, 1, 20))
    assert r.status == "due" and r.count == 2
    assert [(t.label, t.detail) for t in r.taken] == [("Bewaartermijn 5 jaar", "2 activiteiten")]
    assert "aandacht=opschoning" in r.taken[0].url

    with time_machine.travel(datetime.datetime(2026, 2, 3, 10, tzinfo=datetime.UTC)):
        response = client_for(fg).post(
            reverse("register:cleanup_record"), {"bewaartermijn": "5 jaar"}
        )
        assert response.status_code == 302
    assert Verwerkingsactiviteit.objects.filter(laatst_opgeschoond_op=D(2026, 2, 3)).count() == 2
    r = rule("opschoning", D(2026, 2, 4))
    assert r.status == "ok" and r.samenvatting == "Opschoning 2026 is afgerond."
    # After February, with everything done, the rule disappears.
    assert rule("opschoning", D(2026, 3, 5)) is None


def test_cleanup_left_open_after_february_is_overdue():
    ActiviteitFactory(bewaartermijn_getal=5, laatst_opgeschoond_op=D(2025, 2, 1))
    assert rule("opschoning", D(2026, 3, 5)).status == "overdue"


def test_the_dashboard_page_links_every_line(client_for, fg):
    ActiviteitFactory(naam="Te beoordelen", laatst_beoordeeld_op=None, geb="ja")
    with time_machine.travel(datetime.datetime(2026, 1, 15, 10, tzinfo=datetime.UTC)):
        response = client_for(fg).get(reverse("register:dashboard"))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Kwartaalbeoordeling van het register" in content
    assert "GEB nodig maar niet uitgevoerd" in content
    assert "Jaarlijkse opschoning 2026" in content
    assert "Te beoordelen" in content


def test_dashboard_query_count_is_constant(client_for, fg, django_assert_max_num_queries):
    def fill(n):
        for i in range(n):
            a = ActiviteitFactory(
                laatst_beoordeeld_op=None,
                geb="ja",
                doorgifte_buiten_eer="ja",
                verwerker=VerwerkerFactory(),
                bewaartermijn_getal=i % 4 + 1,
            )
            OvereenkomstFactory(
                verwerker=a.verwerker, status="concept_gestuurd", einddatum=D(2026, 2, 1)
            )
        GEB.objects.none()

    client = client_for(fg)
    fill(3)
    with time_machine.travel(datetime.datetime(2026, 1, 15, 10, tzinfo=datetime.UTC)):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as small:
            client.get(reverse("register:dashboard"))
        fill(60)
        with CaptureQueriesContext(connection) as large:
            client.get(reverse("register:dashboard"))
    assert len(large.captured_queries) == len(small.captured_queries)
    assert len(small.captured_queries) < 30
