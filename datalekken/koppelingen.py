"""The links between datalek cases and the verwerkingsregister: which systems and processing
activities a case touches, which technicus that suggests, and which personal data may be
involved. Every function here costs a fixed number of queries, however large the register."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Count, Prefetch, Q, prefetch_related_objects

from datalekken.models import Datalek
from privacyportal.roles import Rol, has_role
from register.models import Antwoord, Systeem, Verwerkingsactiviteit

# The case page lists at most this many activities under "which personal data"; a system
# with hundreds of activities would otherwise bury the rest of the page.
MAX_BETROKKEN = 50


def activiteiten_queryset():
    return Verwerkingsactiviteit.objects.select_related("domein", "systeem")


def prefetch_koppelingen(datalek: Datalek) -> None:
    """Load the linked systems (with their technicus) and activities: two queries."""
    prefetch_related_objects(
        [datalek],
        Prefetch("systemen", queryset=Systeem.objects.select_related("technicus").order_by("naam")),
        Prefetch("verwerkingsactiviteiten", queryset=activiteiten_queryset()),
    )


@dataclass
class MogelijkeGegevens:
    """The personal data that may be involved: the activities linked to the case and the
    activities of the linked systems, with what the register says about them."""

    activiteiten: list = field(default_factory=list)
    totaal: int = 0
    bijzonder: list = field(default_factory=list)
    aantal_bijzonder: int = 0
    onbekend: int = 0

    @property
    def meer(self) -> int:
        return self.totaal - len(self.activiteiten)

    @property
    def bijzondere_tekst(self) -> str:
        """'ja', 'nee' or 'onbekend' for the case as a whole."""
        if self.aantal_bijzonder:
            return "ja"
        if self.onbekend:
            return "onbekend"
        return "nee"


def mogelijke_gegevens(datalek: Datalek) -> MogelijkeGegevens:
    """Expects `prefetch_koppelingen(datalek)`; then at most three more queries."""
    activiteit_ids = [a.pk for a in datalek.verwerkingsactiviteiten.all()]
    systeem_ids = [s.pk for s in datalek.systemen.all()]
    if not activiteit_ids and not systeem_ids:
        return MogelijkeGegevens()
    qs = activiteiten_queryset().filter(Q(pk__in=activiteit_ids) | Q(systeem_id__in=systeem_ids))
    cijfers = qs.aggregate(
        totaal=Count("pk"),
        bijzonder=Count("pk", filter=Q(bijzondere_persoonsgegevens=Antwoord.JA)),
        onbekend=Count("pk", filter=Q(bijzondere_persoonsgegevens__in=["", Antwoord.NB])),
    )
    bijzonder = []
    if cijfers["bijzonder"]:
        bijzonder = list(qs.filter(bijzondere_persoonsgegevens=Antwoord.JA)[:MAX_BETROKKEN])
    return MogelijkeGegevens(
        activiteiten=list(qs[:MAX_BETROKKEN]),
        totaal=cijfers["totaal"],
        bijzonder=bijzonder,
        aantal_bijzonder=cijfers["bijzonder"],
        onbekend=cijfers["onbekend"],
    )


def getroffen_systemen(datalek: Datalek):
    """The linked systems and the systems of the linked activities."""
    return (
        Systeem.objects.filter(
            Q(pk__in=datalek.systemen.values("pk"))
            | Q(pk__in=datalek.verwerkingsactiviteiten.values("systeem_id"))
        )
        .select_related("technicus")
        .order_by("naam")
    )


@dataclass(frozen=True)
class Suggestie:
    technicus: object
    systemen: tuple[str, ...]
    mag_technicus_zijn: bool

    @property
    def naam(self) -> str:
        return self.technicus.get_full_name() or self.technicus.get_username()

    def __str__(self):
        tekst = f"{self.naam} (technicus van {', '.join(self.systemen)})"
        if not self.mag_technicus_zijn:
            tekst += ", heeft in het portaal geen rol technicus"
        return tekst


def voorgestelde_technici(datalek: Datalek) -> list[Suggestie]:
    """The technici of the affected systems, in the order of the systems' names, each marked
    whether they may be assigned (active, with the technicus role). Two queries."""
    per_technicus: dict = {}
    for systeem in getroffen_systemen(datalek).filter(technicus__isnull=False):
        per_technicus.setdefault(systeem.technicus, []).append(systeem.naam)
    if not per_technicus:
        return []
    toegestaan = set(
        get_user_model()
        .objects.filter(
            pk__in=[u.pk for u in per_technicus], groups__name=Rol.TECHNICUS, is_active=True
        )
        .values_list("pk", flat=True)
    )
    return [
        Suggestie(technicus=user, systemen=tuple(namen), mag_technicus_zijn=user.pk in toegestaan)
        for user, namen in per_technicus.items()
    ]


# --- For the register's pages -----------------------------------------------------------------


def may_see_dossiers(user) -> bool:
    """Only those who read every case see the cases on the register's pages."""
    return has_role(user, Rol.MELDER, Rol.FG)


def _dossiers(user, condition: Q):
    if not may_see_dossiers(user):
        return None
    ids = Datalek.objects.filter(condition).values("pk")
    return list(
        Datalek.objects.visible_to(user)
        .filter(pk__in=ids)
        .only("pk", "dossiernummer", "gearchiveerd_op", "geregistreerd_op")
        .order_by("-geregistreerd_op")
    )


def dossiers_bij_systeem(user, systeem: Systeem):
    """The cases that link the system or one of its activities; None when the user may not
    see them. One query."""
    return _dossiers(user, Q(systemen=systeem) | Q(verwerkingsactiviteiten__systeem=systeem))


def dossiers_bij_activiteit(user, activiteit: Verwerkingsactiviteit):
    return _dossiers(user, Q(verwerkingsactiviteiten=activiteit))
