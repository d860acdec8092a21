"""The beslisschema against realistic library incidents, and its promises over all combinations."""

import dataclasses
import itertools
from collections.abc import Iterator

import pytest

from datalekken.beslisschema import (
    GEEN,
    GROOT_AANTAL_BETROKKENEN,
    HOOG,
    RISICO,
    RISICONIVEAUS,
    Advies,
    Feiten,
    advies,
)

# Everything known and harmless; each scenario states what happened on top of this.
ONSCHULDIG = Feiten(
    persoonsgegevens=True,
    vertrouwelijkheid=False,
    integriteit=False,
    beschikbaarheid=False,
    snel_hersteld=False,
    onbegrijpelijk=False,
    bijzondere_gegevens=False,
    gevoelige_gegevens=False,
    aantal_betrokkenen=1,
    kwetsbare_groep=False,
    kwade_opzet=False,
    buiten_organisatie=False,
    ontvanger_vertrouwd_en_gewist=False,
)


def feiten(**wat_er_gebeurde: object) -> Feiten:
    return dataclasses.replace(ONSCHULDIG, **wat_er_gebeurde)


# (is_datalek, melden_ap, informeren_betrokkenen, risico)
GEEN_DATALEK = (False, False, False, GEEN)
ALLEEN_REGISTREREN = (True, False, False, GEEN)
MELDEN = (True, True, False, RISICO)
MELDEN_EN_INFORMEREN = (True, True, True, HOOG)

SCENARIOS = [
    pytest.param(
        feiten(
            vertrouwelijkheid=True,
            buiten_organisatie=True,
            ontvanger_vertrouwd_en_gewist=True,
            aantal_betrokkenen=1,
        ),
        ALLEEN_REGISTREREN,
        id="leeslijst-van-een-lid-naar-verkeerd-lid-dat-hem-wiste",
    ),
    pytest.param(
        feiten(
            vertrouwelijkheid=True,
            kwade_opzet=True,
            buiten_organisatie=True,
            aantal_betrokkenen=8_500,
        ),
        MELDEN_EN_INFORMEREN,
        id="gestolen-onversleutelde-laptop-met-ledenadministratie-naw-en-email",
    ),
    pytest.param(
        feiten(
            vertrouwelijkheid=True,
            onbegrijpelijk=True,
            buiten_organisatie=True,
            aantal_betrokkenen=250,
        ),
        ALLEEN_REGISTREREN,
        id="verloren-versleutelde-usb-stick",
    ),
    pytest.param(
        feiten(vertrouwelijkheid=True, buiten_organisatie=True, aantal_betrokkenen=250),
        MELDEN_EN_INFORMEREN,
        id="verloren-usb-stick-met-wachtwoord-op-een-briefje-erbij",
    ),
    pytest.param(
        feiten(
            beschikbaarheid=True,
            snel_hersteld=True,
            kwade_opzet=True,
            aantal_betrokkenen=12_000,
        ),
        ALLEEN_REGISTREREN,
        id="ransomware-op-ledensysteem-binnen-uren-hersteld-uit-backup",
    ),
    pytest.param(
        feiten(
            vertrouwelijkheid=True,
            beschikbaarheid=True,
            snel_hersteld=True,
            kwade_opzet=True,
            buiten_organisatie=True,
            aantal_betrokkenen=12_000,
        ),
        MELDEN_EN_INFORMEREN,
        id="ransomware-op-ledensysteem-met-exfiltratie",
    ),
    pytest.param(
        feiten(
            beschikbaarheid=True,
            snel_hersteld=False,
            kwade_opzet=True,
            aantal_betrokkenen=12_000,
        ),
        MELDEN,
        id="ransomware-zonder-bruikbare-backup-uitleenhistorie-kwijt",
    ),
    pytest.param(
        feiten(
            vertrouwelijkheid=True,
            gevoelige_gegevens=True,
            kwade_opzet=True,
            buiten_organisatie=True,
            aantal_betrokkenen=3,
        ),
        MELDEN_EN_INFORMEREN,
        id="phishing-buit-inloggegevens-van-medewerkers",
    ),
    pytest.param(
        feiten(
            vertrouwelijkheid=True,
            kwetsbare_groep=True,
            buiten_organisatie=True,
            aantal_betrokkenen=24,
            kwade_opzet=None,
        ),
        MELDEN_EN_INFORMEREN,
        id="aanmeldlijst-voorleesclub-kinderen-van-openbare-printer-meegenomen",
    ),
    pytest.param(
        feiten(
            vertrouwelijkheid=True,
            gevoelige_gegevens=True,
            buiten_organisatie=True,
            aantal_betrokkenen=350,
        ),
        MELDEN_EN_INFORMEREN,
        id="verwerker-stelt-bsn-en-id-kopieen-van-informatiepunt-digitale-overheid-open",
    ),
    pytest.param(
        feiten(beschikbaarheid=True, snel_hersteld=True, aantal_betrokkenen=15_000),
        ALLEEN_REGISTREREN,
        id="stroomstoring-catalogus-en-leenaccounts-een-uur-offline",
    ),
    pytest.param(
        feiten(vertrouwelijkheid=True, buiten_organisatie=True, aantal_betrokkenen=40),
        MELDEN,
        id="webformulier-verstuurt-bulkmail-met-40-adressen-zichtbaar-in-cc",
    ),
    pytest.param(
        feiten(persoonsgegevens=False, integriteit=True, kwade_opzet=True),
        GEEN_DATALEK,
        id="website-beklad-alleen-nieuwsberichten",
    ),
    pytest.param(
        feiten(
            vertrouwelijkheid=True,
            bijzondere_gegevens=True,
            ontvanger_vertrouwd_en_gewist=True,
            aantal_betrokkenen=1,
        ),
        MELDEN_EN_INFORMEREN,
        id="verzuimbrief-met-gezondheidsgegevens-naar-verkeerde-collega-die-hem-wiste",
    ),
    pytest.param(
        feiten(integriteit=True, aantal_betrokkenen=3_000),
        MELDEN,
        id="mislukte-import-overschrijft-adressen-van-leden",
    ),
    pytest.param(
        feiten(
            vertrouwelijkheid=True,
            onbegrijpelijk=True,
            beschikbaarheid=True,
            snel_hersteld=False,
            kwade_opzet=True,
            buiten_organisatie=True,
            aantal_betrokkenen=60,
        ),
        MELDEN,
        id="versleutelde-laptop-gestolen-met-enige-kopie-van-vrijwilligersrooster",
    ),
    pytest.param(Feiten(), MELDEN_EN_INFORMEREN, id="alle-feiten-onbekend"),
]


@pytest.mark.parametrize(("incident", "verwacht"), SCENARIOS)
def test_scenario(incident: Feiten, verwacht: tuple[bool, bool, bool, str]) -> None:
    uitkomst = advies(incident)
    assert (
        uitkomst.is_datalek,
        uitkomst.melden_ap,
        uitkomst.informeren_betrokkenen,
        uitkomst.risico,
    ) == verwacht


def test_zonder_persoonsgegevens_een_beveiligingsincident() -> None:
    uitkomst = advies(Feiten(persoonsgegevens=False))
    assert uitkomst.redenen[0].startswith(
        "Er zijn geen persoonsgegevens betrokken: dit is een beveiligingsincident, geen datalek."
    )
    assert len(uitkomst.redenen) == 1


def test_geen_aspect_aangetast_geen_datalek() -> None:
    uitkomst = advies(feiten())
    assert not uitkomst.is_datalek
    assert "geen datalek" in uitkomst.redenen[-1]


def test_alles_onbekend_noemt_elk_onbekend_feit_en_de_voorzichtige_aanname() -> None:
    redenen = advies(Feiten()).redenen
    tekst = " ".join(redenen)
    for onderwerp in (
        "persoonsgegevens bij het incident",
        "(vertrouwelijkheid)",
        "(integriteit)",
        "(beschikbaarheid)",
        "onbegrijpelijk",
        "vertrouwde ontvanger",
        "snel weer beschikbaar",
        "bijzondere",
        "gevoelige",
        "kwetsbare groep",
        "kwade opzet",
        "buiten de organisatie",
        "aantal betrokkenen is onbekend",
    ):
        assert onderwerp in tekst, onderwerp
    assert sum("voorzichtige antwoord" in reden for reden in redenen) == 13
    assert "de melder beslist" in tekst
    assert "art. 33 lid 4" in tekst


def test_vertrouwde_ontvanger_met_onbekende_opzet_sluit_risico_niet_uit() -> None:
    uitkomst = advies(
        feiten(vertrouwelijkheid=True, ontvanger_vertrouwd_en_gewist=True, kwade_opzet=None)
    )
    assert uitkomst.melden_ap
    assert any(
        "onbekend of er sprake is van kwade opzet" in reden and "voorzichtige antwoord: ja" in reden
        for reden in uitkomst.redenen
    )


def test_onbekend_feit_dat_de_uitkomst_niet_raakt_wordt_niet_genoemd() -> None:
    # Children's data already make the risk high; whether it was malice does not matter.
    uitkomst = advies(
        feiten(
            vertrouwelijkheid=True,
            kwetsbare_groep=True,
            buiten_organisatie=True,
            kwade_opzet=None,
        )
    )
    assert uitkomst.risico == HOOG
    assert not any("onbekend" in reden for reden in uitkomst.redenen)


@pytest.mark.parametrize(
    ("aantal", "risico"),
    [
        (GROOT_AANTAL_BETROKKENEN - 1, RISICO),
        (GROOT_AANTAL_BETROKKENEN, HOOG),
    ],
)
def test_drempel_groot_aantal_telt_samen_met_een_andere_omstandigheid(
    aantal: int, risico: str
) -> None:
    incident = feiten(vertrouwelijkheid=True, buiten_organisatie=True, aantal_betrokkenen=aantal)
    assert advies(incident).risico == risico


def test_groot_aantal_alleen_maakt_het_risico_niet_hoog() -> None:
    incident = feiten(vertrouwelijkheid=True, aantal_betrokkenen=50_000)
    assert advies(incident).risico == RISICO


def test_negatief_aantal_betrokkenen_wordt_geweigerd() -> None:
    with pytest.raises(ValueError):
        Feiten(aantal_betrokkenen=-1)


def test_feiten_zijn_standaard_onbekend_en_onveranderlijk() -> None:
    leeg = Feiten()
    assert all(getattr(leeg, veld.name) is None for veld in dataclasses.fields(Feiten))
    with pytest.raises(dataclasses.FrozenInstanceError):
        leeg.persoonsgegevens = True  # type: ignore[misc]


@pytest.mark.parametrize(
    ("is_datalek", "melden_ap", "informeren", "risico", "redenen"),
    [
        pytest.param(False, True, False, RISICO, ("x.",), id="melden-zonder-datalek"),
        pytest.param(True, False, True, HOOG, ("x.",), id="informeren-zonder-melden"),
        pytest.param(True, True, False, GEEN, ("x.",), id="melden-bij-risico-geen"),
        pytest.param(True, False, False, RISICO, ("x.",), id="risico-zonder-melden"),
        pytest.param(True, True, False, HOOG, ("x.",), id="hoog-zonder-informeren"),
        pytest.param(True, True, False, "middel", ("x.",), id="onbekend-niveau"),
        pytest.param(True, False, False, GEEN, (), id="zonder-redenen"),
    ],
)
def test_advies_weigert_tegenstrijdige_uitkomst(
    is_datalek: bool, melden_ap: bool, informeren: bool, risico: str, redenen: tuple[str, ...]
) -> None:
    with pytest.raises(ValueError):
        Advies(is_datalek, melden_ap, informeren, risico, redenen)


# --- Eigenschappen over alle combinaties -------------------------------------------------

DRIEWAARDIG = (True, False, None)
AANTALLEN = (None, 1, GROOT_AANTAL_BETROKKENEN)

# The answer each unknown fact is documented to be read as.
VOORZICHTIG: dict[str, object] = {
    "persoonsgegevens": True,
    "vertrouwelijkheid": True,
    "integriteit": True,
    "beschikbaarheid": True,
    "snel_hersteld": False,
    "onbegrijpelijk": False,
    "bijzondere_gegevens": True,
    "gevoelige_gegevens": True,
    "aantal_betrokkenen": GROOT_AANTAL_BETROKKENEN,
    "kwetsbare_groep": True,
    "kwade_opzet": True,
    "buiten_organisatie": True,
    "ontvanger_vertrouwd_en_gewist": False,
}
VERZWAREND = (
    "persoonsgegevens",
    "vertrouwelijkheid",
    "integriteit",
    "beschikbaarheid",
    "bijzondere_gegevens",
    "gevoelige_gegevens",
    "kwetsbare_groep",
    "kwade_opzet",
    "buiten_organisatie",
)
VERZACHTEND = ("snel_hersteld", "onbegrijpelijk", "ontvanger_vertrouwd_en_gewist")


def combinaties(*velden: str, basis: Feiten | None = None) -> Iterator[Feiten]:
    """Every combination of values for `velden`; the other facts stay as in `basis`."""
    waarden = [AANTALLEN if veld == "aantal_betrokkenen" else DRIEWAARDIG for veld in velden]
    for combinatie in itertools.product(*waarden):
        gekozen = dict(zip(velden, combinatie, strict=True))
        yield dataclasses.replace(basis or Feiten(), **gekozen)


BREED = list(
    combinaties(
        "persoonsgegevens",
        "vertrouwelijkheid",
        "beschikbaarheid",
        "snel_hersteld",
        "onbegrijpelijk",
        "ontvanger_vertrouwd_en_gewist",
        "kwade_opzet",
        "bijzondere_gegevens",
        "aantal_betrokkenen",
    )
)
# Mostly known, so that the cautious reading of each single unknown can be compared.
SMAL = list(
    combinaties(
        "vertrouwelijkheid",
        "beschikbaarheid",
        "snel_hersteld",
        "onbegrijpelijk",
        "ontvanger_vertrouwd_en_gewist",
        "kwade_opzet",
        "buiten_organisatie",
        "aantal_betrokkenen",
        basis=ONSCHULDIG,
    )
)


def uitkomst(incident: Feiten) -> tuple[bool, bool, bool, str]:
    a = advies(incident)
    return a.is_datalek, a.melden_ap, a.informeren_betrokkenen, a.risico


def ernst(incident: Feiten) -> int:
    a = advies(incident)
    return a.is_datalek + a.melden_ap + a.informeren_betrokkenen


def test_uitkomsten_zijn_consistent() -> None:
    for incident in BREED:
        a = advies(incident)
        assert a.risico in RISICONIVEAUS
        assert not a.informeren_betrokkenen or (a.melden_ap and a.is_datalek), incident
        assert not a.melden_ap or a.is_datalek, incident
        assert (a.risico == GEEN) == (not a.melden_ap), incident


def test_elk_advies_heeft_redenen_in_hele_zinnen() -> None:
    for incident in BREED:
        redenen = advies(incident).redenen
        assert redenen, incident
        assert all(reden[0].isupper() and reden.endswith(".") for reden in redenen), redenen
        assert len(set(redenen)) == len(redenen), redenen


def test_onbekend_leest_als_het_voorzichtige_antwoord() -> None:
    for incident in BREED:
        ingevuld = {
            veld: VOORZICHTIG[veld] for veld in VOORZICHTIG if getattr(incident, veld) is None
        }
        assert uitkomst(incident) == uitkomst(dataclasses.replace(incident, **ingevuld)), incident


def test_een_feit_leren_maakt_het_advies_nooit_zwaarder() -> None:
    for incident in SMAL:
        for veld in VOORZICHTIG:
            if getattr(incident, veld) is not None:
                continue
            waarden = AANTALLEN[1:] if veld == "aantal_betrokkenen" else (True, False)
            for waarde in waarden:
                bekend = dataclasses.replace(incident, **{veld: waarde})
                assert ernst(bekend) <= ernst(incident), (incident, veld, waarde)


def test_onbekende_aanname_wordt_altijd_toegelicht() -> None:
    for incident in BREED:
        redenen = advies(incident).redenen
        aannames = [reden for reden in redenen if "voorzichtige antwoord" in reden]
        if aannames and advies(incident).is_datalek:
            assert any("de melder beslist" in reden for reden in redenen), redenen


def test_verzwarend_feit_maakt_nooit_milder_en_verzachtend_nooit_zwaarder() -> None:
    for incident in SMAL:
        for veld in VERZWAREND:
            nee = dataclasses.replace(incident, **{veld: False})
            ja = dataclasses.replace(incident, **{veld: True})
            assert ernst(ja) >= ernst(nee), (incident, veld)
        for veld in VERZACHTEND:
            nee = dataclasses.replace(incident, **{veld: False})
            ja = dataclasses.replace(incident, **{veld: True})
            assert ernst(ja) <= ernst(nee), (incident, veld)
