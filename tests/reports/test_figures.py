import datetime

import pytest

from datalekken.models import Datalek
from privacyportal.reports import figures
from privacyportal.reports.figures import Telling, aantal_betrokkenen, default_year
from tests.reports.data import ams, at

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.mark.parametrize(
    ("today", "year"),
    [(D(2026, 1, 1), 2025), (D(2026, 3, 31), 2025), (D(2026, 4, 1), 2026), (D(2026, 12, 31), 2026)],
)
def test_the_default_year_is_last_year_until_the_end_of_march(today, year):
    assert default_year(today) == year


@pytest.fixture
def verslag(jaar2025):
    with at(ams(2026, 2, 15, 12)):
        return figures.jaarverslag(2025)


def test_datalekken_of_the_year_respect_the_amsterdam_year_boundaries(verslag):
    d = verslag.datalekken
    # March, June, August and 31-12 23:30; not 1-1-2026 00:30 nor 31-12-2024 23:00.
    assert d.gemeld == 4
    assert (d.datalekken, d.beveiligingsincidenten, d.niet_gekwalificeerd) == (2, 1, 1)
    assert [(m.naam, m.datalekken, m.overige) for m in d.per_maand if m.totaal] == [
        ("maart", 1, 0),
        ("juni", 1, 0),
        ("augustus", 0, 1),
        ("december", 0, 1),
    ]
    assert sum(m.totaal for m in d.per_maand) == 4


def test_notification_to_the_ap_within_72_hours_or_late(verslag):
    d = verslag.datalekken
    assert (d.meldplichtig, d.gemeld_ap, d.ap_binnen_termijn, d.ap_te_laat) == (2, 2, 1, 1)
    assert d.gemiddeld_uren_tot_melding == 62  # (23 + 100) / 2, rounded
    assert (d.betrokkenen_geinformeerd, d.uitzondering_informeren) == (1, 1)


def test_by_cause_and_by_kind(verslag):
    d = verslag.datalekken
    assert d.per_oorzaak == [
        Telling("Gegevens naar de verkeerde ontvanger gestuurd", 1),
        Telling("Hacking, malware of phishing", 1),
        Telling("Gegevens gewist, beschadigd of niet bereikbaar", 1),
        Telling("Oorzaak onbekend", 1),
    ]
    assert d.per_aard == [
        Telling("Vertrouwelijkheid", 2),
        Telling("Integriteit", 1),
        Telling("Beschikbaarheid", 1),
        Telling("Nog niet bepaald", 1),
    ]


def test_significant_cases_are_described_from_their_categories(verslag):
    assert [(b.maand, b.omschrijving) for b in verslag.datalekken.belangrijk] == [
        (
            "maart",
            "Gegevens naar de verkeerde ontvanger gestuurd; vertrouwelijkheid; telefoonnummer "
            "of e-mailadres van leden en klanten; 40–60 betrokkenen; gemeld bij de AP binnen "
            "72 uur; betrokkenen geïnformeerd",
        ),
        (
            "juni",
            "Hacking, malware of phishing; vertrouwelijkheid en integriteit; naam, adres, "
            "woonplaats en financiële gegevens (IBAN, betalingen) van medewerkers; minder dan "
            "10 betrokkenen; hoog risico; gemeld bij de AP na de termijn van 72 uur; "
            "betrokkenen niet geïnformeerd (wettelijke uitzondering)",
        ),
    ]


@pytest.mark.parametrize(
    ("lo", "hi", "tekst"),
    [
        (None, None, "aantal betrokkenen onbekend"),
        (1, 1, "minder dan 10 betrokkenen"),
        (5, 40, "hooguit 40 betrokkenen"),
        (40, 40, "40 betrokkenen"),
        (1200, 1500, "1.200–1.500 betrokkenen"),
        (12, None, "ten minste 12 betrokkenen"),
        (2, None, "aantal betrokkenen onbekend"),
    ],
)
def test_small_numbers_of_betrokkenen_are_never_exact(lo, hi, tekst):
    assert aantal_betrokkenen(lo, hi) == tekst


def test_register_reviews_per_quarter_and_activities_at_the_year_end(verslag):
    r = verslag.register
    assert r.peildatum == D(2025, 12, 31)
    assert r.activiteiten == 3  # the fourth was added in 2026
    assert [(k.beoordelingen, k.activiteiten) for k in r.per_kwartaal] == [
        (2, 2),
        (0, 0),
        (2, 1),
        (0, 0),
    ]
    assert (r.beoordelingen, r.beoordeeld) == (4, 3)
    assert (r.geb_uitgevoerd_in_jaar, r.geb_uitgevoerd, r.geb_ontbreekt) == (1, 2, 1)


def test_agreements_by_status_and_the_q1_check(verslag):
    r = verslag.register
    assert r.overeenkomsten_per_status == [
        Telling("nvt", 1),
        Telling("concept gestuurd", 1),
        Telling("getekend", 1),
        Telling("onderdeel van licentieovereenkomst", 1),
    ]
    c = r.controle
    assert (c.te_controleren, c.in_q1, c.later) == (3, 2, 1)
    assert (c.eerste, c.laatste) == (D(2025, 2, 10), D(2025, 3, 31))
    assert not c.gedaan and c.status == "gedeeltelijk uitgevoerd"
    assert {b.tekst for b in c.bevindingen} == {
        "Subverwerkers bijgewerkt.",
        "=SOM(1;2) nog niet getekend",
    }


def test_the_q1_check_is_done_when_every_agreement_was_checked_by_31_march(jaar2025):
    from register.models import Verwerkersovereenkomst
    from register.services import record_check

    licentie = Verwerkersovereenkomst.objects.get(omschrijving="Licentie")
    record_check(overeenkomst=licentie, today=D(2025, 3, 1))
    with at(ams(2026, 2, 15, 12)):
        c = figures.jaarverslag(2025).register.controle
    assert c.gedaan and c.status == "uitgevoerd in het eerste kwartaal"
    assert (c.in_q1, c.later) == (3, 0)


def test_protocol_versions_of_the_year_and_read_confirmations(verslag):
    p = verslag.protocol
    assert p.medewerkers == 6  # the cast's five staff and the FG of the fixture
    assert [(v.versienummer, v.bevestigd, v.percentage, v.is_huidige) for v in p.versies] == [
        (2, 2, 33, False),
        (3, 1, 17, True),  # the confirmation of a former colleague does not count
    ]
    assert p.versies[0].gepubliceerd_op == D(2025, 4, 1)
    assert p.gold_bij_begin == 1


def test_the_introduction_is_written_from_the_figures(verslag):
    assert verslag.inleiding == (
        "In 2025 zijn 4 incidenten gemeld; 2 daarvan waren een datalek. Bij de Autoriteit "
        "Persoonsgegevens zijn 2 datalekken gemeld, waarvan 1 na de termijn van 72 uur. "
        "Het verwerkingsregister telde op 31-12-2025 3 verwerkingen; in 2025 zijn "
        "3 verwerkingen beoordeeld. De jaarlijkse controle van de verwerkersovereenkomsten is "
        "gedeeltelijk uitgevoerd: 2 van de 3 in het eerste kwartaal. Er zijn 2 nieuwe versies "
        "van het privacyprotocol vastgesteld (versie 2 en 3)."
    )


def test_an_empty_year(db):
    with at(ams(2026, 6, 1, 12)):
        verslag = figures.jaarverslag(2019)
    assert verslag.datalekken.gemeld == 0
    assert verslag.inleiding.startswith("In 2019 is geen beveiligingsincident of datalek gemeld.")
    assert verslag.register.controle.status == "niet uitgevoerd"


@pytest.mark.parametrize(
    ("label", "klein"),
    [
        ("Naam, adres, woonplaats", "naam, adres, woonplaats"),
        ("E-mail", "e-mail"),
        ("BSN of kopie identiteitsbewijs", "BSN of kopie identiteitsbewijs"),
        ("IBAN-nummers", "IBAN-nummers"),
        ("NAW-gegevens", "NAW-gegevens"),
        ("", ""),
    ],
)
def test_acronyms_keep_their_capitals_in_a_sentence(label, klein):
    assert figures._klein(label) == klein


def test_a_description_with_a_bsn_keeps_the_acronym():
    datalek = Datalek(
        soort="verlies_diefstal",
        categorieen_persoonsgegevens=["bsn_id", "financieel"],
        categorieen_betrokkenen=["medewerkers"],
        aantal_min=12,
        aantal_max=12,
    )
    assert figures.beschrijf_melding(datalek).startswith(
        "Laptop, telefoon, usb-stick of papier kwijt of gestolen; BSN of kopie "
        "identiteitsbewijs en financiële gegevens (IBAN, betalingen) van medewerkers; "
        "12 betrokkenen"
    )
