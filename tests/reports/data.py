"""A known year, 2025, for the report: cases around the year boundaries, one notified late,
reviews and checks in and out of the first quarter, protocol versions. People in the fixtures
have distinctive names that must never appear in the report."""

import datetime
from zoneinfo import ZoneInfo

import time_machine

from protocol import services as protocol_services
from protocol.models import Leesbevestiging
from register import services as register_services
from tests.datalekken.factories import DatalekFactory
from tests.factories import UserFactory
from tests.protocol.factories import VersieFactory
from tests.register.factories import ActiviteitFactory, GEBFactory, OvereenkomstFactory

AMS = ZoneInfo("Europe/Amsterdam")
# Names (and free text) that belong to people or to what someone typed about a case.
GEHEIM = [
    "Zwanhilde",
    "Oudekerk",
    "Quirijn",
    "Vandersteen",
    "Gerolf",
    "Wittebrood",
    "Bartholomeus",
    "Kniphorst",
    "Lysbeth",
    "Kwakernaat",
    "Hoogwerfstraat",
    "Wierdsma",
]


def ams(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=AMS)


def at(moment):
    return time_machine.travel(moment, tick=False)


def build_jaar2025(cast) -> dict:
    ontdekker = UserFactory(first_name="Zwanhilde", last_name="Oudekerk")
    technicus = UserFactory(first_name="Quirijn", last_name="Vandersteen", rollen=["technicus"])
    fg = UserFactory(first_name="Bartholomeus", last_name="Kniphorst", rollen=["fg"])

    def case(ontdekt_op, **velden):
        velden.setdefault("ontdekker", ontdekker)
        velden.setdefault("ingevoerd_door", ontdekker)
        return DatalekFactory(
            ontdekt_op=ontdekt_op,
            geregistreerd_op=ontdekt_op + datetime.timedelta(minutes=20),
            technicus=technicus,
            titel="Mail over Zwanhilde Oudekerk naar de verkeerde Wierdsma gestuurd",
            samenvatting="Het adres Hoogwerfstraat 12 van Lysbeth Kwakernaat stond in de bijlage.",
            besluit_motivering="Besproken met Quirijn Vandersteen.",
            gegevens_toelichting="Namen en adressen van Kwakernaat en anderen",
            **velden,
        )

    cases = {
        "maart": case(
            ams(2025, 3, 10, 10, 0),
            soort="verkeerde_ontvanger",
            aard_vertrouwelijkheid=True,
            categorieen_persoonsgegevens=["contact"],
            categorieen_betrokkenen=["klanten"],
            aantal_min=40,
            aantal_max=60,
            besluit_is_datalek=True,
            besluit_melden_ap=True,
            besluit_risico="risico",
            gekwalificeerd_op=ams(2025, 3, 10, 15, 0),
            ap_gemeld_op=ams(2025, 3, 11, 9, 0),  # 23 hours
            ap_meldingsnummer="M-2025-1",
            betrokkenen_geinformeerd_op=ams(2025, 3, 12, 9, 0),
        ),
        "juni_te_laat": case(
            ams(2025, 6, 1, 8, 0),
            soort="inbraak",
            aard_vertrouwelijkheid=True,
            aard_integriteit=True,
            categorieen_persoonsgegevens=["naw", "financieel"],
            categorieen_betrokkenen=["medewerkers"],
            aantal_min=3,
            aantal_max=5,
            besluit_is_datalek=True,
            besluit_melden_ap=True,
            besluit_risico="hoog",
            gekwalificeerd_op=ams(2025, 6, 2, 8, 0),
            ap_gemeld_op=ams(2025, 6, 5, 12, 0),  # 100 hours: late
            ap_meldingsnummer="M-2025-2",
            ap_reden_vertraging="Wachten op Gerolf Wittebrood van de leverancier.",
            uitzondering_informeren="a",
        ),
        "augustus_open": case(
            ams(2025, 8, 20, 14, 0),
            soort="onbekend",
            ontdekker=None,
            ontdekker_extern_naam="Gerolf Wittebrood",
            ontdekker_extern_organisatie="Drukkerij Wittebrood",
            ingevoerd_door=cast["melder"],
        ),
        # 31 December 23:30 in Amsterdam is 22:30 UTC: still 2025.
        "oudjaar": case(
            ams(2025, 12, 31, 23, 30),
            soort="verlies_gegevens",
            aard_beschikbaarheid=True,
            besluit_is_datalek=False,
            besluit_melden_ap=False,
            gekwalificeerd_op=ams(2026, 1, 2, 9, 0),
        ),
        # 1 January 00:30 in Amsterdam is 31 December 23:30 UTC: already 2026.
        "nieuwjaar": case(
            ams(2026, 1, 1, 0, 30),
            soort="publicatie",
            besluit_is_datalek=True,
            besluit_melden_ap=True,
            ap_gemeld_op=ams(2026, 1, 1, 12, 0),
        ),
        # 31 December 2024 23:00 in Amsterdam: 2024.
        "vorig_jaar": case(ams(2024, 12, 31, 23, 0), soort="inbraak", besluit_is_datalek=True),
    }

    # Register: three activities in 2025, a fourth added in 2026.
    with at(ams(2025, 1, 10, 12)):
        activiteiten = [ActiviteitFactory(naam=f"Verwerking {i}") for i in range(3)]
    with at(ams(2026, 1, 20, 12)):
        ActiviteitFactory(naam="Nieuw in 2026")
    for activiteit, datum in [
        (activiteiten[0], datetime.date(2024, 12, 31)),
        (activiteiten[0], datetime.date(2025, 1, 1)),
        (activiteiten[1], datetime.date(2025, 3, 31)),
        (activiteiten[2], datetime.date(2025, 7, 1)),
        (activiteiten[2], datetime.date(2025, 9, 30)),
        (activiteiten[1], datetime.date(2026, 1, 2)),
    ]:
        register_services.record_review(
            activiteit=activiteit, today=datum, door=fg, opmerking="Gezien door Kniphorst"
        )
    getekend = OvereenkomstFactory(status="getekend", omschrijving="Overeenkomst BiSC")
    concept = OvereenkomstFactory(status="concept_gestuurd", omschrijving="Overeenkomst Arbo")
    licentie = OvereenkomstFactory(status="onderdeel_licentie", omschrijving="Licentie")
    nvt = OvereenkomstFactory(status="nvt", omschrijving="Niet van toepassing")
    for overeenkomst, datum, bevindingen in [
        (getekend, datetime.date(2025, 2, 10), "Subverwerkers bijgewerkt."),
        (concept, datetime.date(2025, 3, 31), "=SOM(1;2) nog niet getekend"),
        (licentie, datetime.date(2025, 4, 1), ""),
        (nvt, datetime.date(2025, 1, 5), ""),
        (getekend, datetime.date(2024, 2, 1), "Vorig jaar"),
    ]:
        register_services.record_check(
            overeenkomst=overeenkomst, today=datum, door=fg, bevindingen=bevindingen
        )
    GEBFactory(activiteit=activiteiten[0], status="uitgevoerd", datum=datetime.date(2025, 5, 1))
    GEBFactory(activiteit=activiteiten[1], status="uitgevoerd", datum=datetime.date(2024, 5, 1))
    GEBFactory(activiteit=activiteiten[2], status="nodig")

    # Protocol: version 1 from 2024, versions 2 and 3 published in 2025.
    redacteur = cast["redacteur"]
    with at(ams(2024, 6, 1, 10)):
        v1 = protocol_services.publish_concept(versie=VersieFactory(versienummer=1), door=redacteur)
    with at(ams(2025, 4, 1, 10)):
        v2 = protocol_services.publish_concept(
            versie=VersieFactory(
                versienummer=2, samenvatting_wijzigingen="Nieuw hoofdstuk over **wifi**."
            ),
            door=redacteur,
        )
    with at(ams(2025, 10, 1, 10)):
        v3 = protocol_services.publish_concept(
            versie=VersieFactory(versienummer=3, samenvatting_wijzigingen="Spreekuren bijgewerkt."),
            door=redacteur,
        )
    for user in (cast["medewerker"], cast["melder"]):
        Leesbevestiging.objects.create(gebruiker=user, versie=v2)
    Leesbevestiging.objects.create(gebruiker=cast["medewerker"], versie=v3)
    vertrokken = UserFactory(rollen=["medewerker"], is_active=False)
    Leesbevestiging.objects.create(gebruiker=vertrokken, versie=v3)
    return {"cases": cases, "activiteiten": activiteiten, "versies": (v1, v2, v3), "fg": fg}
