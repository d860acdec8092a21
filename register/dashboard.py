"""The FG's "Te doen": what the privacy policy's cycles ask for, today.

- the register is reviewed at least once a quarter;
- verwerkersovereenkomsten are signed, and renewed before they end (warning 90 days ahead);
- every agreement is checked once a year in the first quarter;
- a GEB is carried out where one is needed;
- transfers outside the EEA have recorded safeguards; every activity has a known bewaartermijn;
- files are cleaned up every year in January–February, per bewaartermijn.

The counts of all rules come from one query (a count per rule from that rule's index, see
`tellingen`); each rule then loads its first lines. However large the register, the number of
queries is the same.
"""

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import CharField, Count, QuerySet, Value
from django.urls import reverse

from register.models import (
    GEB,
    Antwoord,
    Verwerkersovereenkomst,
    Verwerkingsactiviteit,
    quarter_ago,
)

LIMIT = 10


@dataclass
class Taak:
    label: str
    url: str
    detail: str = ""
    action_url: str = ""
    action_label: str = ""
    action_data: dict = field(default_factory=dict)
    overdue: bool = False


@dataclass
class Regel:
    key: str
    titel: str
    uitleg: str
    count: int
    taken: list[Taak]
    meer_url: str = ""
    # "ok", "due" (to do in this period) or "overdue".
    status: str = "due"
    samenvatting: str = ""

    @property
    def more(self) -> int:
        return max(self.count - len(self.taken), 0)


def _telling(key: str, qs) -> QuerySet:
    """One rule's count as a row (`key`, count)."""
    return (
        qs.order_by()
        .annotate(key=Value(key, output_field=CharField()))
        .values("key")
        .annotate(aantal=Count("*"))
        .values_list("key", "aantal")
    )


def _telling_queries(today: datetime.date) -> dict[str, list]:
    A = Verwerkingsactiviteit.objects
    V = Verwerkersovereenkomst.objects
    return {
        # `review_overdue` in its two parts (never reviewed, reviewed before the quarter), each a
        # range of the date's index; the date can be no part of an index predicate.
        "beoordeling": [
            A.filter(laatst_beoordeeld_op__isnull=True),
            A.filter(laatst_beoordeeld_op__lt=quarter_ago(today)),
        ],
        # Each of these reads its partial index (see Verwerkingsactiviteit.Meta.indexes).
        "zonder_overeenkomst": [A.overeenkomst_missing()],
        "doorgifte": [A.transfer_without_safeguards()],
        "bewaartermijn": [A.bewaartermijn_unknown()],
        # `geb_missing` in two parts that never overlap, each with an index of its own: the GEB
        # records that say nodig, and activities with GEB "ja" that have no GEB record. (The rule
        # as one query joins every activity to its GEB record.)
        "geb": [
            GEB.objects.filter(status=GEB.Status.NODIG),
            A.filter(geb=Antwoord.JA, geb_beoordeling__isnull=True),
        ],
        # The agreements: one per verwerker, a small table.
        "niet_getekend": [V.not_signed()],
        "verloopt": [V.expiring(today)],
        "te_controleren": [V.checkable()],
        "niet_gecontroleerd": [V.not_checked_in(today.year)],
    }


def tellingen(today: datetime.date, *keys: str) -> dict[str, int]:
    """The counts of the rules `keys` (every rule without keys), in one query: a COUNT(*) per
    rule, each served by an index that holds only that rule's rows, joined with UNION ALL.
    (One aggregate with a FILTER per rule instead read all 10,000 rows of a large register,
    and joined each to its GEB record.)"""
    queries = _telling_queries(today)
    keys = keys or tuple(queries)
    parts = [_telling(key, qs) for key in keys for qs in queries[key]]
    counts = dict.fromkeys(keys, 0)
    for key, aantal in parts[0].union(*parts[1:], all=True):
        counts[key] += aantal
    return counts


def _list_url(**params) -> str:
    return reverse("register:activiteit_list") + "?" + urlencode(params)


def _activity_lines(qs, *, url=None, detail=None, action=None) -> list[Taak]:
    taken = []
    for a in qs.select_related("domein", "verwerker")[:LIMIT]:
        taak = Taak(
            label=str(a),
            url=url(a) if url else a.get_absolute_url(),
            detail=detail(a) if detail else "",
        )
        if action:
            taak.action_url, taak.action_label = action(a)
        taken.append(taak)
    return taken


def review_rule(today: datetime.date, counts: dict | None = None) -> Regel:
    counts = counts or tellingen(today)
    qs = Verwerkingsactiviteit.objects.review_overdue(today).order_by("laatst_beoordeeld_op", "pk")
    count = counts["beoordeling"]
    return Regel(
        key="beoordeling",
        titel="Kwartaalbeoordeling van het register",
        uitleg="Activiteiten die de afgelopen drie maanden niet zijn beoordeeld. Het beleid "
        "vraagt om minstens één beoordeling per kwartaal.",
        count=count,
        taken=_activity_lines(
            qs,
            detail=lambda a: (
                f"laatst beoordeeld {a.laatst_beoordeeld_op:%d-%m-%Y}"
                if a.laatst_beoordeeld_op
                else "nog nooit beoordeeld"
            ),
            action=lambda a: (
                reverse("register:activiteit_review", kwargs={"pk": a.pk}),
                "Beoordeeld",
            ),
        ),
        meer_url=_list_url(beoordeling="achterstallig"),
        status="overdue" if count else "ok",
    )


def unsigned_rule(today: datetime.date, counts: dict | None = None) -> Regel:
    counts = counts or tellingen(today)
    qs = Verwerkersovereenkomst.objects.not_signed().select_related("verwerker")
    missing = Verwerkingsactiviteit.objects.overeenkomst_missing().order_by("pk")
    count, missing_count = counts["niet_getekend"], counts["zonder_overeenkomst"]
    taken = [
        Taak(label=str(o), url=o.get_absolute_url(), detail=f"status: {o.get_status_display()}")
        for o in qs[:LIMIT]
    ]
    taken += _activity_lines(
        missing,
        url=lambda a: reverse("register:activiteit_update", kwargs={"pk": a.pk}),
        detail=lambda a: f"verwerker {a.verwerker}, geen overeenkomst gekoppeld",
    )[: max(LIMIT - len(taken), 0)]
    return Regel(
        key="niet-getekend",
        titel="Verwerkersovereenkomsten niet getekend",
        uitleg="Overeenkomsten die nog niet getekend zijn, en activiteiten met een verwerker "
        "zonder overeenkomst.",
        count=count + missing_count,
        taken=taken,
        meer_url=_list_url(aandacht="zonder-overeenkomst") if missing_count else "",
        status="due" if count + missing_count else "ok",
    )


def expiring_rule(today: datetime.date, counts: dict | None = None) -> Regel:
    counts = counts or tellingen(today)
    qs = (
        Verwerkersovereenkomst.objects.expiring(today)
        .select_related("verwerker")
        .order_by("einddatum")
    )
    count = counts["verloopt"]
    taken = []
    for o in qs[:LIMIT]:
        ended = o.einddatum < today
        taken.append(
            Taak(
                label=str(o),
                url=o.get_absolute_url(),
                detail=("verlopen op " if ended else "loopt af op ") + f"{o.einddatum:%d-%m-%Y}",
                overdue=ended,
            )
        )
    return Regel(
        key="verloopt",
        titel="Overeenkomsten die binnen 90 dagen aflopen",
        uitleg="Verleng of vervang ze op tijd; verlopen overeenkomsten staan bovenaan.",
        count=count,
        taken=taken,
        status=("overdue" if any(t.overdue for t in taken) else "due") if count else "ok",
    )


def yearly_check_rule(today: datetime.date, counts: dict | None = None) -> Regel:
    counts = counts or tellingen(today)
    year = today.year
    total = counts["te_controleren"]
    qs = (
        Verwerkersovereenkomst.objects.not_checked_in(year)
        .select_related("verwerker")
        .order_by("verwerker__naam", "pk")
    )
    count = counts["niet_gecontroleerd"]
    in_q1 = today.month <= 3
    taken = [
        Taak(
            label=str(o),
            url=o.get_absolute_url(),
            detail=(
                f"laatst gecontroleerd {o.laatst_gecontroleerd_op:%d-%m-%Y}"
                if o.laatst_gecontroleerd_op
                else "nog nooit gecontroleerd"
            ),
            action_url=reverse("register:overeenkomst_check", kwargs={"pk": o.pk}),
            action_label="Gecontroleerd",
            overdue=not in_q1,
        )
        for o in qs[:LIMIT]
    ]
    if count == 0:
        status, samenvatting = (
            "ok",
            f"Gedaan: alle {total} overeenkomsten zijn in {year} gecontroleerd.",
        )
    else:
        status = "due" if in_q1 else "overdue"
        samenvatting = (
            f"Niet gedaan: {total - count} van {total} overeenkomsten gecontroleerd in {year}"
            + (" (uiterlijk 31 maart)." if in_q1 else "; de controle hoort in het eerste kwartaal.")
        )
    return Regel(
        key="jaarcontrole",
        titel=f"Jaarlijkse controle verwerkersovereenkomsten {year}",
        uitleg="Elk eerste kwartaal worden alle overeenkomsten gecontroleerd op relevantie en "
        "actualiteit; de uitkomst gaat naar het bestuursverslag.",
        count=count,
        taken=taken,
        meer_url=reverse("register:verwerker_list") + "?controle=open",
        status=status,
        samenvatting=samenvatting,
    )


def geb_rule(today: datetime.date, counts: dict | None = None) -> Regel:
    counts = counts or tellingen(today)
    qs = Verwerkingsactiviteit.objects.geb_missing().order_by("pk")
    count = counts["geb"]
    return Regel(
        key="geb",
        titel="GEB nodig maar niet uitgevoerd",
        uitleg="Voer de gegevensbeschermingseffectbeoordeling uit, of leg vast waarom die "
        "toch niet nodig is.",
        count=count,
        taken=_activity_lines(qs, url=lambda a: reverse("register:geb_edit", kwargs={"pk": a.pk})),
        meer_url=_list_url(geb="ontbreekt"),
        status="due" if count else "ok",
    )


def transfer_rule(today: datetime.date, counts: dict | None = None) -> Regel:
    counts = counts or tellingen(today)
    qs = Verwerkingsactiviteit.objects.transfer_without_safeguards().order_by("pk")
    count = counts["doorgifte"]
    return Regel(
        key="doorgifte",
        titel="Doorgifte buiten de EER zonder waarborgen",
        uitleg="Gegevens gaan buiten de EER (of blijven niet in de EU), maar er zijn geen "
        "waarborgen vastgelegd.",
        count=count,
        taken=_activity_lines(
            qs, url=lambda a: reverse("register:activiteit_update", kwargs={"pk": a.pk})
        ),
        meer_url=_list_url(aandacht="doorgifte"),
        status="overdue" if count else "ok",
    )


def bewaartermijn_rule(today: datetime.date, counts: dict | None = None) -> Regel:
    counts = counts or tellingen(today)
    qs = Verwerkingsactiviteit.objects.bewaartermijn_unknown().order_by("pk")
    count = counts["bewaartermijn"]
    return Regel(
        key="bewaartermijn",
        titel="Bewaartermijn onbekend",
        uitleg="Zonder bewaartermijn kan er niet worden opgeschoond.",
        count=count,
        taken=_activity_lines(
            qs, url=lambda a: reverse("register:activiteit_update", kwargs={"pk": a.pk})
        ),
        meer_url=_list_url(aandacht="bewaartermijn-onbekend"),
        status="due" if count else "ok",
    )


def cleanup_rule(today: datetime.date) -> Regel | None:
    """January–February: clean up files per bewaartermijn. From March on, whatever is left is
    overdue; before that year's January nothing is shown."""
    year = today.year
    groups = list(
        Verwerkingsactiviteit.objects.cleanup_pending(year)
        .order_by()
        .values("bewaartermijn_getal", "bewaartermijn_eenheid", "bewaartermijn_tekst")
        # COUNT(*), not of the ids: the groups are then read from their partial index alone.
        .annotate(aantal=Count("*"))
        .order_by("bewaartermijn_eenheid", "bewaartermijn_getal", "bewaartermijn_tekst")
    )
    in_period = today.month <= 2
    if not groups and not in_period:
        return None
    taken = []
    for group in groups[: LIMIT * 2]:
        probe = Verwerkingsactiviteit(**{k: group[k] for k in group if k != "aantal"})
        termijn = probe.bewaartermijn
        aantal = group["aantal"]
        taken.append(
            Taak(
                label=f"Bewaartermijn {termijn}",
                url=_list_url(aandacht="opschoning", bewaartermijn=termijn),
                detail=f"{aantal} {'activiteit' if aantal == 1 else 'activiteiten'}",
                action_url=reverse("register:cleanup_record"),
                action_label="Opgeschoond",
                action_data={"bewaartermijn": termijn},
                overdue=not in_period,
            )
        )
    count = sum(group["aantal"] for group in groups)
    return Regel(
        key="opschoning",
        titel=f"Jaarlijkse opschoning {year} (januari–februari)",
        uitleg="Schoon de bestanden op volgens de bewaartermijn en leg per termijn vast dat het "
        "gedaan is.",
        count=count,
        taken=taken,
        meer_url=_list_url(aandacht="opschoning"),
        status=("due" if in_period else "overdue") if count else "ok",
        samenvatting="" if count else f"Opschoning {year} is afgerond.",
    )


def rules(today: datetime.date) -> list[Regel]:
    counts = tellingen(today)
    found = [
        review_rule(today, counts),
        unsigned_rule(today, counts),
        expiring_rule(today, counts),
        yearly_check_rule(today, counts),
        geb_rule(today, counts),
        transfer_rule(today, counts),
        bewaartermijn_rule(today, counts),
        cleanup_rule(today),
    ]
    return [rule for rule in found if rule is not None]
