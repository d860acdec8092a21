"""Beslisschema: is een incident een datalek, en moet het gemeld worden?

Pure decision logic (standard library only) that turns what is known about an incident
(`Feiten`) into an advice (`Advies`) with the reasoning spelled out in Dutch for the melder.
The advice is a proposal; the melder and the privacy officer decide.

Sources: GDPR (AVG) art. 4(12), 33 and 34; EDPB Guidelines 9/2022 on personal data breach
notification ("9/2022", cited by section); EDPB Guidelines 01/2021 on examples regarding
personal data breach notification ("01/2021", cited by case or paragraph).

Rules, in the order they are applied:

1. No personal data involved: a security incident, not a datalek. Nothing to record in the
   breach register, nothing to notify (art. 4(12)).
2. Neither confidentiality, integrity nor availability affected: no datalek (art. 4(12);
   9/2022 section I.B.2 on the three breach types).
3. Otherwise it is a datalek and is always recorded internally (art. 33(5); 01/2021 par. 15).
   Each affected aspect is checked for a reason why it is *unlikely to result in a risk*
   (art. 33(1)):
   - confidentiality: the data were unintelligible to unauthorised persons (state-of-the-art
     encryption or hashing, key not compromised; art. 34(3)(a), 9/2022 section II.D,
     01/2021 case 10); or the data only reached a known, trusted recipient who confirmed
     deletion, without malicious intent and without special categories of data (9/2022
     section IV.B, "severity of consequences"; 01/2021 case 9);
   - availability: quickly restored without other consequences (9/2022 Annex B, brief power
     outage; 01/2021 case 1, ransomware restored from backup within hours). A library's
     services are not critical to anyone's health or safety, so the hospital caveat of
     01/2021 case 3 is not built in; the melder can deviate where it does apply;
   - integrity: no exclusion; altered data can harm people before anyone notices.
   If every affected aspect is excluded, risico is "geen": record only, do not notify.
4. Otherwise risico is at least "risico": notify the AP without undue delay and, where
   feasible, within 72 hours (art. 33(1)). It is "hoog", so the data subjects are informed as
   well (art. 34(1)), when (factors of 9/2022 section IV.B; recitals 75 and 85):
   - confidentiality is at risk and either the nature of the data or people is sensitive
     (special categories or criminal data, art. 9/10; sensitive data such as BSN, financial
     data, ID copies or credentials, which enable identity fraud; a vulnerable group such as
     children), or at least two aggravating circumstances apply (malicious intent; data in
     unknown hands outside the organisation; a large number of data subjects); 01/2021
     cases 4, 5 and 11 reach high risk through such combinations;
   - integrity or availability is at risk and special categories are involved.

Large number: `GROOT_AANTAL_BETROKKENEN` = 100. Neither the GDPR nor the EDPB sets a number
(9/2022 section IV.B: the more people, the greater the impact, but one person can be hit
hard). For a local library, 100 separates an individual slip (one member, one reading club,
one small mailing) from a breach that affects a whole group and can no longer be followed up
person by person. It is deliberately low: on its own it never makes the risk "hoog", only
together with another aggravating circumstance.

Unknown facts (None) are read cautiously: each unknown fact gets the answer that leads to
the more protective advice (personal data involved, aspect affected, exclusion not
applicable, aggravating factor present, large number), and the reasons say so. Learning a
fact can therefore only lower the advice, never raise it, and an incident about which
nothing is known gets the most cautious advice. Only unknowns that are actually consulted
are mentioned. The AP notification can be completed later (art. 33(4)).

Not modelled, left to the melder: the exemptions of art. 34(3)(b) (subsequent measures) and
34(3)(c) (public communication instead of individual messages).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

GROOT_AANTAL_BETROKKENEN = 100

GEEN = "geen"
RISICO = "risico"
HOOG = "hoog"
RISICONIVEAUS = (GEEN, RISICO, HOOG)

VERTROUWELIJKHEID = "vertrouwelijkheid"
INTEGRITEIT = "integriteit"
BESCHIKBAARHEID = "beschikbaarheid"
ASPECTEN = (VERTROUWELIJKHEID, INTEGRITEIT, BESCHIKBAARHEID)


@dataclass(frozen=True)
class Feiten:
    """What the melder knows about the incident; None means "onbekend"."""

    persoonsgegevens: bool | None = None
    vertrouwelijkheid: bool | None = None
    integriteit: bool | None = None
    beschikbaarheid: bool | None = None
    snel_hersteld: bool | None = None
    onbegrijpelijk: bool | None = None
    bijzondere_gegevens: bool | None = None
    gevoelige_gegevens: bool | None = None
    aantal_betrokkenen: int | None = None
    kwetsbare_groep: bool | None = None
    kwade_opzet: bool | None = None
    buiten_organisatie: bool | None = None
    ontvanger_vertrouwd_en_gewist: bool | None = None

    def __post_init__(self) -> None:
        if self.aantal_betrokkenen is not None and self.aantal_betrokkenen < 0:
            raise ValueError("aantal_betrokkenen kan niet negatief zijn.")


@dataclass(frozen=True)
class Advies:
    is_datalek: bool
    melden_ap: bool
    informeren_betrokkenen: bool
    risico: str
    redenen: tuple[str, ...]

    def __post_init__(self) -> None:
        # The register and the notification workflow rely on these; refuse a muddled advice.
        if self.risico not in RISICONIVEAUS:
            raise ValueError(f"Onbekend risiconiveau: {self.risico!r}.")
        if self.melden_ap and not self.is_datalek:
            raise ValueError("Alleen een datalek wordt gemeld.")
        if self.informeren_betrokkenen and not self.melden_ap:
            raise ValueError("Wie betrokkenen informeert, meldt ook bij de AP.")
        if (self.risico == GEEN) == self.melden_ap:
            raise ValueError("Melden bij de AP hoort bij risico 'risico' of 'hoog'.")
        if (self.risico == HOOG) != self.informeren_betrokkenen:
            raise ValueError("Betrokkenen informeren hoort bij risico 'hoog'.")
        if not self.redenen:
            raise ValueError("Een advies zonder redenen is niet uit te leggen.")


# Per fact: the question for the "onbekend" sentence, and the cautious answer assumed.
_ONBEKEND: dict[str, tuple[str, bool]] = {
    "persoonsgegevens": ("er persoonsgegevens bij het incident betrokken zijn", True),
    "vertrouwelijkheid": (
        "onbevoegden de persoonsgegevens hebben kunnen inzien of ontvangen (vertrouwelijkheid)",
        True,
    ),
    "integriteit": (
        "persoonsgegevens onbedoeld of onrechtmatig zijn gewijzigd (integriteit)",
        True,
    ),
    "beschikbaarheid": (
        "persoonsgegevens verloren zijn gegaan of tijdelijk niet beschikbaar waren"
        " (beschikbaarheid)",
        True,
    ),
    "snel_hersteld": ("de gegevens snel weer beschikbaar waren", False),
    "onbegrijpelijk": (
        "de gegevens onbegrijpelijk waren voor onbevoegden (versleuteld of gehasht volgens"
        " de stand van de techniek, zonder dat de sleutel is gelekt)",
        False,
    ),
    "ontvanger_vertrouwd_en_gewist": (
        "de gegevens alleen bij een bekende, vertrouwde ontvanger terecht zijn gekomen die"
        " heeft bevestigd ze te hebben gewist",
        False,
    ),
    "kwade_opzet": ("er sprake is van kwade opzet", True),
    "bijzondere_gegevens": (
        "het om bijzondere of strafrechtelijke persoonsgegevens gaat (art. 9 en 10 AVG)",
        True,
    ),
    "gevoelige_gegevens": (
        "het om gevoelige gegevens gaat, zoals een BSN, financiële gegevens, een kopie van"
        " een identiteitsbewijs of inloggegevens",
        True,
    ),
    "kwetsbare_groep": ("de betrokkenen tot een kwetsbare groep behoren, zoals kinderen", True),
    "buiten_organisatie": (
        "de gegevens buiten de organisatie bij onbevoegden terecht zijn gekomen",
        True,
    ),
}

_AANNAME = "Het advies gaat uit van het voorzichtige antwoord"

_UITLEG_FACTOR = {
    "bijzondere_gegevens": (
        "Het gaat om bijzondere of strafrechtelijke persoonsgegevens (art. 9 en 10 AVG): een"
        " datalek met zulke gegevens kan ernstige gevolgen hebben voor betrokkenen."
    ),
    "gevoelige_gegevens": (
        "Het gaat om gevoelige gegevens, zoals een BSN, financiële gegevens, kopieën van"
        " identiteitsbewijzen of inloggegevens: die kunnen worden misbruikt voor"
        " identiteitsfraude of financiële schade."
    ),
    "kwetsbare_groep": (
        "De betrokkenen behoren tot een kwetsbare groep, zoals kinderen: zij kunnen zich minder"
        " goed beschermen tegen de gevolgen."
    ),
    "kwade_opzet": (
        "Er is sprake van kwade opzet (bijvoorbeeld diefstal, hacking of phishing): misbruik"
        " van de gegevens is daardoor waarschijnlijker."
    ),
    "buiten_organisatie": (
        "De gegevens zijn buiten de organisatie bij onbevoegden terechtgekomen: het is niet"
        " bekend wat zij ermee doen."
    ),
}


class _Redenen:
    """The reasons in order; a fact consulted twice is explained once."""

    def __init__(self) -> None:
        self._zinnen: list[str] = []
        self.met_aannames = False

    def voeg_toe(self, zin: str) -> None:
        if zin not in self._zinnen:
            self._zinnen.append(zin)

    def aanname(self, onbekend: str, antwoord: str) -> None:
        self.met_aannames = True
        self.voeg_toe(f"{onbekend} {_AANNAME}: {antwoord}.")

    def als_tuple(self) -> tuple[str, ...]:
        return tuple(self._zinnen)


def _onbekend_zin(veld: str) -> str:
    return f"Het is onbekend of {_ONBEKEND[veld][0]}."


def _lees(feiten: Feiten, veld: str, redenen: _Redenen) -> bool:
    """The fact, or, when unknown, the cautious answer (which the reasons then mention)."""
    waarde: bool | None = getattr(feiten, veld)
    if waarde is not None:
        return waarde
    voorzichtig = _ONBEKEND[veld][1]
    redenen.aanname(_onbekend_zin(veld), "ja" if voorzichtig else "nee")
    return voorzichtig


def _opsomming(woorden: Iterable[str]) -> str:
    lijst = list(woorden)
    if len(lijst) == 1:
        return lijst[0]
    return ", ".join(lijst[:-1]) + " en " + lijst[-1]


# --- Stap 1 en 2: is het een datalek? ---------------------------------------------------


def _geraakte_aspecten(feiten: Feiten, redenen: _Redenen) -> tuple[str, ...]:
    """The aspects (possibly) affected; unknown ones count as affected."""
    return tuple(aspect for aspect in ASPECTEN if _lees(feiten, aspect, redenen))


def _geen_datalek(redenen: _Redenen, zin: str) -> Advies:
    redenen.voeg_toe(zin)
    return Advies(
        is_datalek=False,
        melden_ap=False,
        informeren_betrokkenen=False,
        risico=GEEN,
        redenen=redenen.als_tuple(),
    )


def _datalek_vastgesteld(feiten: Feiten, geraakt: tuple[str, ...], redenen: _Redenen) -> None:
    mogelijk = any(getattr(feiten, aspect) is None for aspect in geraakt)
    werkwoord = "is" if len(geraakt) == 1 else "zijn"
    redenen.voeg_toe(
        f"Dit is een datalek (art. 4 onder 12 AVG): de {_opsomming(geraakt)} van"
        f" persoonsgegevens {werkwoord}{' (mogelijk)' if mogelijk else ''} aangetast."
    )


# --- Stap 3: per aspect, is een risico onwaarschijnlijk? ---------------------------------


def _vertrouwelijkheid_zonder_risico(feiten: Feiten, redenen: _Redenen) -> bool:
    if _lees(feiten, "onbegrijpelijk", redenen):
        redenen.voeg_toe(
            "De gegevens waren onbegrijpelijk voor onbevoegden (versleuteld of gehasht volgens"
            " de stand van de techniek, sleutel niet gelekt): het verlies van vertrouwelijkheid"
            " levert waarschijnlijk geen risico op (art. 34 lid 3 onder a AVG)."
        )
        return True
    if _vertrouwde_ontvanger_heeft_gewist(feiten, redenen):
        redenen.voeg_toe(
            "De gegevens zijn alleen bij een bekende, vertrouwde ontvanger terechtgekomen die"
            " heeft bevestigd ze te hebben gewist, zonder kwade opzet en zonder bijzondere"
            " persoonsgegevens: dat levert waarschijnlijk geen risico op (EDPB-richtsnoeren"
            " 01/2021, casus 9)."
        )
        return True
    redenen.voeg_toe(
        "Onbevoegden kunnen de gegevens hebben ingezien. Er is niet vastgesteld dat dit"
        " waarschijnlijk geen risico oplevert (doordat de gegevens onbegrijpelijk waren, of"
        " doordat een vertrouwde ontvanger ze heeft gewist)."
    )
    return False


def _vertrouwde_ontvanger_heeft_gewist(feiten: Feiten, redenen: _Redenen) -> bool:
    if not _lees(feiten, "ontvanger_vertrouwd_en_gewist", redenen):
        return False
    # A deletion confirmed in bad faith, or of special categories, is not reassurance
    # enough to take away the risk (9/2022 section IV.B).
    if _lees(feiten, "kwade_opzet", redenen):
        if feiten.kwade_opzet:
            redenen.voeg_toe(
                "De ontvanger heeft bevestigd de gegevens te hebben gewist, maar er is sprake"
                " van kwade opzet: die bevestiging neemt het risico niet weg."
            )
        return False
    if _lees(feiten, "bijzondere_gegevens", redenen):
        if feiten.bijzondere_gegevens:
            redenen.voeg_toe(
                "De ontvanger heeft bevestigd de gegevens te hebben gewist, maar het gaat om"
                " bijzondere persoonsgegevens: die bevestiging neemt het risico niet weg."
            )
        return False
    return True


def _beschikbaarheid_zonder_risico(feiten: Feiten, redenen: _Redenen) -> bool:
    if _lees(feiten, "snel_hersteld", redenen):
        redenen.voeg_toe(
            "De gegevens waren maar kort onbeschikbaar en zijn snel hersteld: dat levert"
            " waarschijnlijk geen risico op (EDPB-richtsnoeren 01/2021, casus 1)."
        )
        return True
    redenen.voeg_toe(
        "Er is niet vastgesteld dat de gegevens snel zijn hersteld: het verlies of de"
        " onbeschikbaarheid kan gevolgen hebben voor betrokkenen."
    )
    return False


def _integriteit_zonder_risico(feiten: Feiten, redenen: _Redenen) -> bool:
    """No fact excludes an integrity risk; same signature as the other aspect checks."""
    redenen.voeg_toe(
        "Gewijzigde of onjuiste gegevens kunnen gevolgen hebben voor betrokkenen, ook als de"
        " wijziging pas later wordt ontdekt."
    )
    return False


_ZONDER_RISICO: dict[str, Callable[[Feiten, _Redenen], bool]] = {
    VERTROUWELIJKHEID: _vertrouwelijkheid_zonder_risico,
    INTEGRITEIT: _integriteit_zonder_risico,
    BESCHIKBAARHEID: _beschikbaarheid_zonder_risico,
}


def _aspecten_met_risico(
    feiten: Feiten, geraakt: tuple[str, ...], redenen: _Redenen
) -> tuple[str, ...]:
    return tuple(aspect for aspect in geraakt if not _ZONDER_RISICO[aspect](feiten, redenen))


# --- Stap 4: is het risico hoog? -----------------------------------------------------------


@dataclass(frozen=True)
class _Factor:
    """A circumstance that raises the risk: True, False or unknown (None)."""

    waarde: bool | None
    uitleg: str
    onbekend: str
    aanname: str = "ja"


def _factor(feiten: Feiten, veld: str) -> _Factor:
    return _Factor(getattr(feiten, veld), _UITLEG_FACTOR[veld], _onbekend_zin(veld))


def _groot_aantal(feiten: Feiten) -> _Factor:
    aantal = feiten.aantal_betrokkenen
    return _Factor(
        waarde=None if aantal is None else aantal >= GROOT_AANTAL_BETROKKENEN,
        uitleg=(
            f"Het gaat om {aantal} betrokkenen: een groot aantal"
            f" ({GROOT_AANTAL_BETROKKENEN} of meer)."
        ),
        onbekend="Het aantal betrokkenen is onbekend.",
        aanname=f"een groot aantal ({GROOT_AANTAL_BETROKKENEN} of meer)",
    )


_GEEN_HOOG_RISICO_VERTROUWELIJK = (
    "Er zijn geen aanwijzingen voor een hoog risico: geen bijzondere of gevoelige gegevens,"
    " geen kwetsbare betrokkenen en hooguit één verzwarende omstandigheid (kwade opzet,"
    " gegevens bij onbevoegden buiten de organisatie, een groot aantal betrokkenen)."
)
_GEEN_HOOG_RISICO_OVERIG = (
    "Er zijn geen aanwijzingen voor een hoog risico: er zijn geen bijzondere persoonsgegevens"
    " betrokken."
)


def _is_hoog(
    aard: list[_Factor], omstandigheden: list[_Factor], telt: Callable[[_Factor], bool]
) -> bool:
    # One sensitive kind of data or person suffices; circumstances only weigh in pairs.
    return any(map(telt, aard)) or sum(map(telt, omstandigheden)) >= 2


def _hoog_risico(feiten: Feiten, met_risico: tuple[str, ...], redenen: _Redenen) -> bool:
    if VERTROUWELIJKHEID in met_risico:
        aard = [
            _factor(feiten, "bijzondere_gegevens"),
            _factor(feiten, "gevoelige_gegevens"),
            _factor(feiten, "kwetsbare_groep"),
        ]
        omstandigheden = [
            _factor(feiten, "kwade_opzet"),
            _factor(feiten, "buiten_organisatie"),
            _groot_aantal(feiten),
        ]
        geen_hoog_risico = _GEEN_HOOG_RISICO_VERTROUWELIJK
    else:
        aard = [_factor(feiten, "bijzondere_gegevens")]
        omstandigheden = []
        geen_hoog_risico = _GEEN_HOOG_RISICO_OVERIG

    factoren = aard + omstandigheden
    for factor in factoren:
        if factor.waarde:
            redenen.voeg_toe(factor.uitleg)
    if _is_hoog(aard, omstandigheden, lambda factor: factor.waarde is True):
        return True
    if _is_hoog(aard, omstandigheden, lambda factor: factor.waarde is not False):
        for factor in factoren:
            if factor.waarde is None:
                redenen.aanname(factor.onbekend, factor.aanname)
        return True
    redenen.voeg_toe(geen_hoog_risico)
    return False


# --- Conclusie ----------------------------------------------------------------------------

_CONCLUSIE = {
    GEEN: (
        "Conclusie: een datalek dat naar verwachting geen risico oplevert voor betrokkenen."
        " Leg het vast in het interne register van datalekken (art. 33 lid 5 AVG); melden bij"
        " de Autoriteit Persoonsgegevens en betrokkenen informeren is niet nodig."
    ),
    RISICO: (
        "Conclusie: een datalek dat een risico kan opleveren voor betrokkenen. Meld het zonder"
        " onnodige vertraging en zo mogelijk binnen 72 uur na ontdekking bij de Autoriteit"
        " Persoonsgegevens (art. 33 lid 1 AVG) en leg het vast in het interne register."
        " Betrokkenen informeren is niet verplicht (art. 34 AVG), maar kan verstandig zijn als"
        " zij zich daarmee beter kunnen beschermen."
    ),
    HOOG: (
        "Conclusie: een datalek dat waarschijnlijk een hoog risico oplevert voor betrokkenen."
        " Meld het zonder onnodige vertraging en zo mogelijk binnen 72 uur na ontdekking bij"
        " de Autoriteit Persoonsgegevens (art. 33 lid 1 AVG), informeer de betrokkenen zonder"
        " onnodige vertraging in duidelijke taal (art. 34 AVG) en leg het vast in het interne"
        " register."
    ),
}

_VOORZICHTIG = (
    "Dit advies berust deels op voorzichtige aannames over onbekende feiten. Werk het bij"
    " zodra de feiten bekend zijn; het blijft een voorstel, de melder beslist."
)
_MELDING_AANVULLEN = (
    "Wacht met melden niet op alle feiten: een melding bij de Autoriteit Persoonsgegevens"
    " kan later worden aangevuld (art. 33 lid 4 AVG)."
)


def _datalek_advies(risico: str, redenen: _Redenen) -> Advies:
    redenen.voeg_toe(_CONCLUSIE[risico])
    if redenen.met_aannames:
        redenen.voeg_toe(_VOORZICHTIG)
        if risico != GEEN:
            redenen.voeg_toe(_MELDING_AANVULLEN)
    return Advies(
        is_datalek=True,
        melden_ap=risico != GEEN,
        informeren_betrokkenen=risico == HOOG,
        risico=risico,
        redenen=redenen.als_tuple(),
    )


def advies(feiten: Feiten) -> Advies:
    """Propose whether the incident is a datalek, and whether to notify and inform."""
    redenen = _Redenen()

    if not _lees(feiten, "persoonsgegevens", redenen):
        return _geen_datalek(
            redenen,
            "Er zijn geen persoonsgegevens betrokken: dit is een beveiligingsincident, geen"
            " datalek. Melden bij de Autoriteit Persoonsgegevens of betrokkenen informeren is"
            " niet nodig.",
        )

    geraakt = _geraakte_aspecten(feiten, redenen)
    if not geraakt:
        return _geen_datalek(
            redenen,
            "De vertrouwelijkheid, integriteit en beschikbaarheid van de persoonsgegevens zijn"
            " niet aangetast: dit is geen datalek. Melden bij de Autoriteit Persoonsgegevens"
            " of betrokkenen informeren is niet nodig.",
        )
    _datalek_vastgesteld(feiten, geraakt, redenen)

    met_risico = _aspecten_met_risico(feiten, geraakt, redenen)
    if not met_risico:
        return _datalek_advies(GEEN, redenen)
    if _hoog_risico(feiten, met_risico, redenen):
        return _datalek_advies(HOOG, redenen)
    return _datalek_advies(RISICO, redenen)
