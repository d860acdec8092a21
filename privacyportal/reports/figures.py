"""The figures of the privacy chapter of the bestuursverslag, and of the management dashboard.

Aggregates only: counts, percentages and category labels. Nothing here reads a name, a title,
a summary or any other text typed about a case; the significant cases are described from
their categories (`beschrijf_melding`). The only free text that reaches the report is what
was written for it: the change summary of a protocol version and the findings of the yearly
check of the verwerkersovereenkomsten.

Every function costs a fixed number of queries (conditional `Count`s in one `aggregate`,
`values().annotate()` for groupings), however many cases, activities or versions there are.
"""

import datetime
import functools
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import (
    BooleanField,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    Max,
    Min,
    Q,
    Sum,
    Value,
)
from django.db.models.functions import ExtractMonth
from django.utils import timezone

from datalekken.cijfers import (
    FaseTelling,
    fasen_per_status,
    jaar_tellingen,
    jaar_tellingen_per_maand,
    kerncijfers,
)
from datalekken.models import (
    MELDTERMIJN,
    CategorieBetrokkenen,
    CategoriePersoonsgegevens,
    Datalek,
    Fase,
    Risico,
    SoortIncident,
)
from protocol.models import Leesbevestiging, ProtocolVersie
from protocol.services import active_staff
from register.dashboard import tellingen as register_tellingen
from register.models import (
    GEB,
    Beoordeling,
    Controle,
    Verwerkersovereenkomst,
    Verwerkingsactiviteit,
)

MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
# A case's cause as the report names it (the form's labels speak to the person reporting).
OORZAAK = {
    **{soort.value: soort.label for soort in SoortIncident},
    SoortIncident.ANDERS: "Andere oorzaak",
    SoortIncident.ONBEKEND: "Oorzaak onbekend",
}
AARDEN = [
    ("aard_vertrouwelijkheid", "Vertrouwelijkheid"),
    ("aard_integriteit", "Integriteit"),
    ("aard_beschikbaarheid", "Beschikbaarheid"),
]
# Below this number the report does not give the exact count of betrokkenen of a case.
KLEIN_AANTAL = 10
# The FG's dashboard lists at most this many open cases (the rest is in the case list).
MAX_DOSSIERS = 10


def default_year(today: datetime.date) -> int:
    """The bestuursverslag is written in the first quarter, about the year before."""
    return today.year - 1 if today.month <= 3 else today.year


def year_bounds(year: int) -> tuple[datetime.datetime, datetime.datetime]:
    """Start of the year and of the next one, in the portal's time zone (Europe/Amsterdam):
    a case discovered on 31 December at 23:30 belongs to that year."""
    tz = timezone.get_default_timezone()
    return (
        datetime.datetime(year, 1, 1, tzinfo=tz),
        datetime.datetime(year + 1, 1, 1, tzinfo=tz),
    )


def getal(n: int) -> str:
    """1234 → '1.234'."""
    return f"{n:,}".replace(",", ".")


def percentage(deel: int, geheel: int) -> int:
    return round(100 * deel / geheel) if geheel else 0


def opsomming(woorden: list[str]) -> str:
    """['a', 'b', 'c'] → 'a, b en c'."""
    if len(woorden) <= 1:
        return "".join(woorden)
    return ", ".join(woorden[:-1]) + " en " + woorden[-1]


def _klein(label: str) -> str:
    """A label in the middle of a sentence: 'Naam, adres' → 'naam, adres', 'E-mail' →
    'e-mail'; an acronym keeps its capitals ('BSN of kopie', 'IBAN', 'NAW-gegevens')."""
    tweede = next((teken for teken in label[1:] if teken.isalpha()), "")
    if tweede.isupper():
        return label
    return label[:1].lower() + label[1:]


@dataclass
class Telling:
    label: str
    aantal: int


@dataclass
class Maand:
    naam: str
    datalekken: int
    overige: int

    @property
    def kort(self) -> str:
        return self.naam[:3]

    @property
    def totaal(self) -> int:
        return self.datalekken + self.overige


@dataclass
class BelangrijkeMelding:
    maand: str
    omschrijving: str


@dataclass
class DatalekCijfers:
    gemeld: int
    datalekken: int
    beveiligingsincidenten: int
    niet_gekwalificeerd: int
    meldplichtig: int
    gemeld_ap: int
    ap_binnen_termijn: int
    ap_te_laat: int
    gemiddeld_uren_tot_melding: int | None
    betrokkenen_geinformeerd: int
    uitzondering_informeren: int
    per_oorzaak: list[Telling]
    per_aard: list[Telling]
    per_maand: list[Maand]
    belangrijk: list[BelangrijkeMelding]

    @property
    def max_per_maand(self) -> int:
        return max((m.totaal for m in self.per_maand), default=0)


@dataclass
class Kwartaal:
    naam: str
    beoordelingen: int
    activiteiten: int


@dataclass
class Bevinding:
    verwerker: str
    overeenkomst: str
    datum: datetime.date
    tekst: str


@dataclass
class JaarControle:
    te_controleren: int
    in_q1: int
    later: int
    eerste: datetime.date | None
    laatste: datetime.date | None
    bevindingen: list[Bevinding]

    @property
    def gedaan(self) -> bool:
        """Every agreement the check is about was checked in the first quarter."""
        return self.te_controleren > 0 and self.in_q1 >= self.te_controleren

    @property
    def status(self) -> str:
        if self.gedaan:
            return "uitgevoerd in het eerste kwartaal"
        if self.in_q1 + self.later == 0:
            return "niet uitgevoerd"
        return "gedeeltelijk uitgevoerd"


@dataclass
class RegisterCijfers:
    peildatum: datetime.date
    activiteiten: int
    per_kwartaal: list[Kwartaal]
    beoordeeld: int
    beoordelingen: int
    overeenkomsten_per_status: list[Telling]
    controle: JaarControle
    geb_uitgevoerd_in_jaar: int
    geb_uitgevoerd: int
    geb_ontbreekt: int


@dataclass
class VersieCijfers:
    versienummer: int
    titel: str
    ingangsdatum: datetime.date | None
    gepubliceerd_op: datetime.date
    samenvatting: str
    bevestigd: int
    percentage: int
    is_huidige: bool


@dataclass
class ProtocolCijfers:
    medewerkers: int
    versies: list[VersieCijfers]
    gold_bij_begin: int | None


@dataclass
class Jaarverslag:
    jaar: int
    datalekken: DatalekCijfers
    register: RegisterCijfers
    protocol: ProtocolCijfers
    opgesteld_op: datetime.date = field(default_factory=timezone.localdate)

    @property
    def inleiding(self) -> str:
        return inleiding(self)


# ---- datalekken ---------------------------------------------------------------------------


def aantal_betrokkenen(lo: int | None, hi: int | None) -> str:
    """The recorded range, but never an exact small number: that could point at a person."""
    if hi is not None and hi < KLEIN_AANTAL:
        return f"minder dan {KLEIN_AANTAL} betrokkenen"
    if lo is not None and lo < KLEIN_AANTAL:
        lo = None
    if lo is not None and hi is not None:
        return f"{getal(lo)} betrokkenen" if lo == hi else f"{getal(lo)}–{getal(hi)} betrokkenen"
    if lo is not None:
        return f"ten minste {getal(lo)} betrokkenen"
    if hi is not None:
        return f"hooguit {getal(hi)} betrokkenen"
    return "aantal betrokkenen onbekend"


def beschrijf_melding(datalek: Datalek) -> str:
    """A neutral one-line description built from the case's categories only, e.g.
    'Gegevens naar de verkeerde ontvanger gestuurd; vertrouwelijkheid; telefoonnummer of
    e-mailadres van leden en klanten; 40–60 betrokkenen; gemeld bij de AP binnen 72 uur'."""
    return beschrijving(
        {
            **{veld: getattr(datalek, veld) for veld in BESCHRIJF_VELDEN},
            "gemeld_ap": datalek.ap_gemeld_op is not None,
            "te_laat_gemeld": datalek.is_te_laat_gemeld(),
            "geinformeerd": datalek.betrokkenen_geinformeerd_op is not None,
        }
    )


@functools.cache
def _gegevens_van(persoonsgegevens: tuple[str, ...], betrokkenen: tuple[str, ...]) -> str:
    """'naam, adres, woonplaats van leden en klanten': the same few combinations recur in
    every significant case of a year, so each is worded once."""
    gegevens = opsomming([_klein(CategoriePersoonsgegevens(c).label) for c in persoonsgegevens])
    wie = opsomming([_klein(CategorieBetrokkenen(c).label) for c in betrokkenen])
    if gegevens and wie:
        return f"{gegevens} van {wie}"
    return gegevens or (f"gegevens van {wie}" if wie else "")


def beschrijving(velden: dict) -> str:
    """`beschrijf_melding` from the values of `BESCHRIJF_VELDEN` and `BESCHRIJF_VLAGGEN` (a
    row of `values()`)."""
    delen = [OORZAAK[velden["soort"]]]
    aard = [_klein(label) for veld, label in AARDEN if velden[veld]]
    if aard:
        delen.append(opsomming(aard))
    gegevens = _gegevens_van(
        tuple(velden["categorieen_persoonsgegevens"]), tuple(velden["categorieen_betrokkenen"])
    )
    if gegevens:
        delen.append(gegevens)
    delen.append(aantal_betrokkenen(velden["aantal_min"], velden["aantal_max"]))
    if velden["besluit_risico"] == Risico.HOOG:
        delen.append("hoog risico")
    if velden["gemeld_ap"]:
        termijn = "na de termijn van 72 uur" if velden["te_laat_gemeld"] else "binnen 72 uur"
        delen.append(f"gemeld bij de AP {termijn}")
    elif velden["besluit_melden_ap"]:
        delen.append("nog niet gemeld bij de AP")
    else:
        delen.append("niet gemeld bij de AP")
    if velden["geinformeerd"]:
        delen.append("betrokkenen geïnformeerd")
    elif velden["uitzondering_informeren"]:
        delen.append("betrokkenen niet geïnformeerd (wettelijke uitzondering)")
    return "; ".join(delen)


# The fields `beschrijf_melding` reads; the report never loads the rest of a case.
BESCHRIJF_VELDEN = (
    "soort",
    "aard_vertrouwelijkheid",
    "aard_integriteit",
    "aard_beschikbaarheid",
    "categorieen_persoonsgegevens",
    "categorieen_betrokkenen",
    "aantal_min",
    "aantal_max",
    "besluit_risico",
    "besluit_melden_ap",
    "uitzondering_informeren",
)
# And what it needs to know of the dates, as the database answers it: no timestamps to
# convert per case.
BESCHRIJF_VLAGGEN = {
    "gemeld_ap": Q(ap_gemeld_op__isnull=False),
    # Datalek.is_te_laat_gemeld
    "te_laat_gemeld": Q(ap_gemeld_op__gt=F("ontdekt_op") + MELDTERMIJN),
    "geinformeerd": Q(betrokkenen_geinformeerd_op__isnull=False),
}


def datalek_cijfers(year: int) -> DatalekCijfers:
    """Cases discovered in the year (two queries), counted as on /datalekken/overzicht/: one
    pass over the year's cases per month, read from `datalek_ontdekt_idx` alone (it includes
    every column counted here), summed to the year's totals; and the significant cases."""
    gemeld_ap = Q(ap_gemeld_op__isnull=False)
    op_tijd = gemeld_ap & Q(ap_gemeld_op__lte=F("ontdekt_op") + MELDTERMIJN)
    extra = dict(
        beveiligingsincidenten=Count("pk", filter=Q(besluit_is_datalek=False)),
        niet_gekwalificeerd=Count("pk", filter=Q(besluit_is_datalek__isnull=True)),
        meldplichtig=Count("pk", filter=Q(besluit_melden_ap=True)),
        ap_binnen_termijn=Count("pk", filter=op_tijd),
        uitzondering=Count(
            "pk", filter=~Q(uitzondering_informeren="") & Q(betrokkenen_geinformeerd_op=None)
        ),
        # A sum, not an average: the months' sums add up to the year's, their averages not.
        tot_melding=Sum(
            ExpressionWrapper(F("ap_gemeld_op") - F("ontdekt_op"), output_field=DurationField()),
            filter=gemeld_ap,
        ),
        geen_aard=Count(
            "pk",
            filter=~Q(aard_vertrouwelijkheid=True)
            & ~Q(aard_integriteit=True)
            & ~Q(aard_beschikbaarheid=True),
        ),
        **{f"aard_{veld}": Count("pk", filter=Q(**{veld: True})) for veld, _label in AARDEN},
        **{f"soort_{s.value}": Count("pk", filter=Q(soort=s.value)) for s in SoortIncident},
    )
    per_maand = jaar_tellingen_per_maand(year, **extra)
    sleutels = ["gemeld", "datalekken", "gemeld_ap", "geinformeerd", *extra]
    counts = _optellen(per_maand.values(), sleutels)
    maanden = []
    for nummer, naam in enumerate(MAANDEN, start=1):
        row = per_maand.get(nummer, {"gemeld": 0, "datalekken": 0})
        maanden.append(Maand(naam, row["datalekken"], row["gemeld"] - row["datalekken"]))

    # Only the columns the description reads, as plain values: no model instances.
    belangrijk = [
        BelangrijkeMelding(maand=MAANDEN[rij["maand"] - 1], omschrijving=beschrijving(rij))
        for rij in Datalek.objects.ontdekt_in(year)
        .belangrijk()
        .annotate(
            maand=ExtractMonth("ontdekt_op", tzinfo=timezone.get_default_timezone()),
            **{
                vlag: ExpressionWrapper(conditie, output_field=BooleanField())
                for vlag, conditie in BESCHRIJF_VLAGGEN.items()
            },
        )
        .order_by("ontdekt_op", "pk")
        .values("maand", *BESCHRIJF_VELDEN, *BESCHRIJF_VLAGGEN)
    ]
    tot_melding = counts["tot_melding"]
    per_aard = [Telling(label, counts[f"aard_{veld}"]) for veld, label in AARDEN]
    per_aard.append(Telling("Nog niet bepaald", counts["geen_aard"]))
    return DatalekCijfers(
        gemeld=counts["gemeld"],
        datalekken=counts["datalekken"],
        beveiligingsincidenten=counts["beveiligingsincidenten"],
        niet_gekwalificeerd=counts["niet_gekwalificeerd"],
        meldplichtig=counts["meldplichtig"],
        gemeld_ap=counts["gemeld_ap"],
        ap_binnen_termijn=counts["ap_binnen_termijn"],
        ap_te_laat=counts["gemeld_ap"] - counts["ap_binnen_termijn"],
        gemiddeld_uren_tot_melding=(
            round(tot_melding.total_seconds() / counts["gemeld_ap"] / 3600)
            if tot_melding is not None and counts["gemeld_ap"]
            else None
        ),
        betrokkenen_geinformeerd=counts["geinformeerd"],
        uitzondering_informeren=counts["uitzondering"],
        per_oorzaak=[
            Telling(OORZAAK[s.value], counts[f"soort_{s.value}"])
            for s in SoortIncident
            if counts[f"soort_{s.value}"]
        ],
        per_aard=per_aard,
        per_maand=maanden,
        belangrijk=belangrijk,
    )


def _optellen(rijen, sleutels) -> dict:
    """The months' counts added up to the year's (0 without any case); the sum of durations
    stays None while no month has one, as SUM over no rows."""
    totaal: dict = dict.fromkeys(sleutels, 0)
    totaal["tot_melding"] = None
    for rij in rijen:
        for sleutel, waarde in rij.items():
            if waarde is not None:
                totaal[sleutel] = waarde if totaal[sleutel] is None else totaal[sleutel] + waarde
    return totaal


# ---- register -----------------------------------------------------------------------------


def _activiteiten_op(peildatum: datetime.date, today: datetime.date) -> int:
    """Activities in the register on `peildatum`. Today: the rows themselves. An earlier
    year-end: from the change history (created minus deleted before the end of that day)."""
    if peildatum >= today:
        return Verwerkingsactiviteit.objects.count()
    _start, end = year_bounds(peildatum.year)
    counts = Verwerkingsactiviteit.history.filter(history_date__lt=end).aggregate(
        aangemaakt=Count("pk", filter=Q(history_type="+")),
        verwijderd=Count("pk", filter=Q(history_type="-")),
    )
    return counts["aangemaakt"] - counts["verwijderd"]


def register_cijfers(year: int, today: datetime.date) -> RegisterCijfers:
    peildatum = min(datetime.date(year, 12, 31), today)
    beoordelingen = Beoordeling.objects.in_year(year).aggregate(
        totaal=Count("pk"),
        activiteiten=Count("activiteit", distinct=True),
        **{f"b{q}": Count("pk", filter=Q(datum__quarter=q)) for q in range(1, 5)},
        **{
            f"a{q}": Count("activiteit", distinct=True, filter=Q(datum__quarter=q))
            for q in range(1, 5)
        },
    )
    per_status = dict(
        Verwerkersovereenkomst.objects.values_list("status").annotate(aantal=Count("pk")).order_by()
    )
    controles = Controle.objects.in_year(year).filter(
        overeenkomst__in=Verwerkersovereenkomst.objects.checkable()
    )
    einde_q1 = datetime.date(year, 3, 31)
    controle = controles.aggregate(
        in_q1=Count("overeenkomst", distinct=True, filter=Q(datum__lte=einde_q1)),
        totaal=Count("overeenkomst", distinct=True),
        eerste=Min("datum", filter=Q(datum__lte=einde_q1)),
        laatste=Max("datum", filter=Q(datum__lte=einde_q1)),
    )
    bevindingen = [
        Bevinding(
            verwerker=c.overeenkomst.verwerker.naam,
            overeenkomst=str(c.overeenkomst),
            datum=c.datum,
            tekst=c.bevindingen,
        )
        for c in Controle.objects.in_year(year)
        .exclude(bevindingen="")
        .select_related("overeenkomst__verwerker")
        .only(
            "datum",
            "bevindingen",
            "overeenkomst__omschrijving",
            "overeenkomst__verwerker__naam",
        )
        .order_by("overeenkomst__verwerker__naam", "datum", "pk")
    ]
    geb = GEB.objects.aggregate(
        uitgevoerd=Count("pk", filter=Q(status=GEB.Status.UITGEVOERD)),
        in_jaar=Count("pk", filter=Q(status=GEB.Status.UITGEVOERD, datum__year=year)),
    )
    return RegisterCijfers(
        peildatum=peildatum,
        activiteiten=_activiteiten_op(peildatum, today),
        per_kwartaal=[
            Kwartaal(f"{q}e kwartaal", beoordelingen[f"b{q}"], beoordelingen[f"a{q}"])
            for q in range(1, 5)
        ],
        beoordeeld=beoordelingen["activiteiten"],
        beoordelingen=beoordelingen["totaal"],
        overeenkomsten_per_status=[
            Telling(status.label, per_status[status.value])
            for status in Verwerkersovereenkomst.Status
            if per_status.get(status.value)
        ],
        controle=JaarControle(
            te_controleren=sum(
                aantal
                for status, aantal in per_status.items()
                if status
                not in (
                    Verwerkersovereenkomst.Status.NVT,
                    Verwerkersovereenkomst.Status.NIET_NOODZAKELIJK,
                )
            ),
            in_q1=controle["in_q1"],
            later=controle["totaal"] - controle["in_q1"],
            eerste=controle["eerste"],
            laatste=controle["laatste"],
            bevindingen=bevindingen,
        ),
        geb_uitgevoerd_in_jaar=geb["in_jaar"],
        geb_uitgevoerd=geb["uitgevoerd"],
        # Counted as the register's Te doen counts it, from two small indexes.
        geb_ontbreekt=register_tellingen(today, "geb")["geb"],
    )


# ---- protocol -----------------------------------------------------------------------------


def protocol_cijfers(year: int) -> ProtocolCijfers:
    """Versions published in the year, each with the share of the current staff who confirmed
    reading it (three queries). Staff who have left are not counted, in the numerator nor in
    the denominator."""
    start, end = year_bounds(year)
    medewerkers = active_staff().count()
    versies = (
        ProtocolVersie.objects.leesbaar()
        .filter(gepubliceerd_op__gte=start, gepubliceerd_op__lt=end)
        .annotate(
            bevestigd=Count(
                "leesbevestigingen",
                filter=Q(leesbevestigingen__gebruiker__in=active_staff().values("pk")),
            )
        )
        .order_by("gepubliceerd_op", "versienummer")
    )
    gold = (
        ProtocolVersie.objects.leesbaar()
        .filter(gepubliceerd_op__lt=start)
        .order_by("-gepubliceerd_op")
        .values_list("versienummer", flat=True)
        .first()
    )
    return ProtocolCijfers(
        medewerkers=medewerkers,
        versies=[
            VersieCijfers(
                versienummer=v.versienummer,
                titel=v.titel,
                ingangsdatum=v.ingangsdatum,
                gepubliceerd_op=timezone.localdate(v.gepubliceerd_op),
                samenvatting=v.samenvatting_wijzigingen,
                bevestigd=v.bevestigd,
                percentage=percentage(v.bevestigd, medewerkers),
                is_huidige=v.is_gepubliceerd,
            )
            for v in versies
        ],
        gold_bij_begin=gold,
    )


def jaarverslag(year: int, today: datetime.date | None = None) -> Jaarverslag:
    today = today or timezone.localdate()
    return Jaarverslag(
        jaar=year,
        datalekken=datalek_cijfers(year),
        register=register_cijfers(year, today),
        protocol=protocol_cijfers(year),
        opgesteld_op=today,
    )


def _n(aantal: int, enkelvoud: str, meervoud: str) -> str:
    return f"{getal(aantal)} {enkelvoud if aantal == 1 else meervoud}"


def inleiding(verslag: Jaarverslag) -> str:
    """The chapter's opening paragraph, written from the figures."""
    d, r, p = verslag.datalekken, verslag.register, verslag.protocol
    zinnen = []
    if d.gemeld == 0:
        zinnen.append(f"In {verslag.jaar} is geen beveiligingsincident of datalek gemeld.")
    else:
        zin = (
            f"In {verslag.jaar} {'is' if d.gemeld == 1 else 'zijn'} "
            f"{_n(d.gemeld, 'incident', 'incidenten')} gemeld; "
            f"{_n(d.datalekken, 'daarvan was een datalek', 'daarvan waren een datalek')}"
        )
        if d.datalekken == 0:
            zin = (
                f"In {verslag.jaar} {'is' if d.gemeld == 1 else 'zijn'} "
                f"{_n(d.gemeld, 'incident', 'incidenten')} gemeld; geen daarvan was een datalek"
            )
        if d.gemeld_ap:
            zin += (
                f". Bij de Autoriteit Persoonsgegevens {'is' if d.gemeld_ap == 1 else 'zijn'} "
                f"{_n(d.gemeld_ap, 'datalek', 'datalekken')} gemeld"
            )
            if d.ap_te_laat == 0:
                zin += ", binnen 72 uur" if d.gemeld_ap == 1 else ", alle binnen 72 uur"
            else:
                zin += f", waarvan {getal(d.ap_te_laat)} na de termijn van 72 uur"
        else:
            zin += "; er was geen melding bij de Autoriteit Persoonsgegevens nodig"
        zinnen.append(zin + ".")
    zinnen.append(
        f"Het verwerkingsregister telde op {r.peildatum:%d-%m-%Y} "
        f"{_n(r.activiteiten, 'verwerking', 'verwerkingen')}; "
        f"in {verslag.jaar} {'is' if r.beoordeeld == 1 else 'zijn'} "
        f"{_n(r.beoordeeld, 'verwerking', 'verwerkingen')} beoordeeld."
    )
    c = r.controle
    if c.gedaan:
        zinnen.append(
            "De jaarlijkse controle van de verwerkersovereenkomsten is in het eerste kwartaal "
            "uitgevoerd."
        )
    else:
        zinnen.append(
            f"De jaarlijkse controle van de verwerkersovereenkomsten is {c.status}: "
            f"{getal(c.in_q1)} van de {getal(c.te_controleren)} in het eerste kwartaal."
        )
    if p.versies:
        nummers = opsomming([str(v.versienummer) for v in p.versies])
        zinnen.append(
            f"Er {'is' if len(p.versies) == 1 else 'zijn'} "
            f"{_n(len(p.versies), 'nieuwe versie', 'nieuwe versies')} van het privacyprotocol "
            f"vastgesteld (versie {nummers})."
        )
    elif p.gold_bij_begin:
        zinnen.append(
            f"Het privacyprotocol is niet gewijzigd; versie {p.gold_bij_begin} gold het hele jaar."
        )
    return " ".join(zinnen)


# ---- dashboard ----------------------------------------------------------------------------


@dataclass
class DossierRegel:
    pk: int
    dossiernummer: str
    fasen: list[str]
    klok: object


@dataclass
class Dashboard:
    open: int
    klok_loopt: int
    binnenkort: int
    te_laat: int
    fasen: list[FaseTelling]
    dossiers: list[DossierRegel]
    review_overdue: int
    unsigned: int
    expiring: int
    unchecked: int
    geb_missing: int
    jaar: int
    versie: int | None
    bevestigd: int
    medewerkers: int

    @property
    def percentage_bevestigd(self) -> int:
        return percentage(self.bevestigd, self.medewerkers)


def dashboard(*, now: datetime.datetime | None = None, met_dossiers: bool = False) -> Dashboard:
    """The current state. Counts for management; `met_dossiers` (the FG, who may read every
    case) adds the open cases with a running clock: dossiernummer, open phases, time left."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    # Every count is about open cases: read those from their partial index.
    cases = kerncijfers(now)
    fasen = fasen_per_status(cases["open"])
    dossiers = []
    if met_dossiers:
        for d in (
            Datalek.objects.klok_loopt()
            .only(
                "id",
                "dossiernummer",
                "ontdekt_op",
                "ap_gemeld_op",
                "besluit_melden_ap",
                "gearchiveerd_op",
            )
            .prefetch_related("fasen")
            .order_by("ontdekt_op", "pk")[:MAX_DOSSIERS]
        ):
            dossiers.append(
                DossierRegel(
                    pk=d.pk,
                    dossiernummer=d.dossiernummer,
                    fasen=[
                        f.get_soort_display()
                        for f in d.fasen.all()
                        if not f.is_klaar and f.soort != Fase.Soort.ARCHIVEREN
                    ],
                    klok=d.klok(now),
                )
            )
    huidige = ProtocolVersie.objects.huidige()
    staff = _staff_tellingen(huidige)
    # The register's own Te doen counts (one query, each count from its own index).
    register = register_tellingen(
        today, "beoordeling", "niet_getekend", "verloopt", "niet_gecontroleerd", "geb"
    )
    return Dashboard(
        open=cases["open"],
        klok_loopt=cases["klok_loopt"],
        binnenkort=cases["binnenkort"],
        te_laat=cases["te_laat"],
        fasen=fasen,
        dossiers=dossiers,
        review_overdue=register["beoordeling"],
        unsigned=register["niet_getekend"],
        expiring=register["verloopt"],
        unchecked=register["niet_gecontroleerd"],
        geb_missing=register["geb"],
        jaar=today.year,
        versie=huidige.versienummer if huidige else None,
        bevestigd=staff["bevestigd"],
        medewerkers=staff["medewerkers"],
    )


def _staff_tellingen(huidige: ProtocolVersie | None) -> dict[str, int]:
    """The current staff and how many of them confirmed reading `huidige`, in one query.
    Each person once (`active_staff` joins the groups, hence the subquery); the version's
    confirmations are read once as a set (a hashed subplan), not looked up per person."""
    bevestigd = (
        Q(pk__in=Leesbevestiging.objects.filter(versie=huidige).values("gebruiker"))
        if huidige
        else Value(False)
    )
    return (
        get_user_model()
        .objects.filter(pk__in=active_staff().values("pk"))
        .aggregate(medewerkers=Count("pk"), bevestigd=Count("pk", filter=bevestigd))
    )


def kopcijfers(year: int) -> dict:
    """The home panel's headline figures of a year (one query)."""
    return {"jaar": year, **jaar_tellingen(year)}
