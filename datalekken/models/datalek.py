import math
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.fields import ArrayField
from django.db import models, transaction
from django.db.models import Q
from django.db.models.functions import Concat
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from datalekken import beslisschema
from datalekken.models.keuzes import (
    CategorieBetrokkenen,
    CategoriePersoonsgegevens,
    Risico,
    RolOrganisatie,
    SoortIncident,
    UitzonderingInformeren,
    WijzeInformeren,
    choices_q,
)
from privacyportal.roles import Rol, has_role

# Art. 33(1) AVG: notify the AP without undue delay and, where feasible, within 72 hours.
MELDTERMIJN = timedelta(hours=72)
# The home panel and the deadline command warn when less than this remains.
WAARSCHUWING_VOOR = timedelta(hours=24)


class DatalekVerwijderen(models.ProtectedError):
    """Cases are never deleted (art. 33(5) AVG: every breach stays documented)."""

    def __init__(self, objs=()):
        super().__init__("Een datalekdossier wordt nooit verwijderd, alleen gearchiveerd.", objs)


class Dossierteller(models.Model):
    """The last dossiernummer handed out per year; one row per year, locked while counting."""

    jaar = models.PositiveSmallIntegerField("jaar", primary_key=True)
    laatste = models.PositiveIntegerField("laatst uitgegeven volgnummer", default=0)

    class Meta:
        ordering = ["-jaar"]
        verbose_name = "dossierteller"
        verbose_name_plural = "dossiertellers"

    def __str__(self):
        return f"{self.jaar}: {self.laatste}"

    @classmethod
    @transaction.atomic
    def next_dossiernummer(cls, jaar: int) -> str:
        # Create the year's row if it is missing without racing another request, then lock
        # it: concurrent reports queue here and each gets its own number.
        cls.objects.bulk_create([cls(jaar=jaar)], ignore_conflicts=True)
        teller = cls.objects.select_for_update().get(jaar=jaar)
        teller.laatste += 1
        teller.save(update_fields=["laatste"])
        return f"{jaar}-{teller.laatste:03d}"


def _klok_loopt_q() -> Q:
    """Open, not yet notified, and meldplichtig or not yet qualified: the 72-hour clock runs."""
    return Q(gearchiveerd_op__isnull=True, ap_gemeld_op__isnull=True) & (
        Q(besluit_melden_ap__isnull=True) | Q(besluit_melden_ap=True)
    )


def _deadline_binnenkort_q(now: datetime) -> Q:
    return _klok_loopt_q() & Q(ontdekt_op__lte=now - MELDTERMIJN + WAARSCHUWING_VOOR)


def _te_laat_q(now: datetime) -> Q:
    return _klok_loopt_q() & Q(ontdekt_op__lte=now - MELDTERMIJN)


def _belangrijk_q() -> Q:
    """Notified to the AP, or it should be, or a high risk: the significant cases of the year
    report (also the condition of `datalek_belangrijk_idx`)."""
    return Q(ap_gemeld_op__isnull=False) | Q(besluit_melden_ap=True) | Q(besluit_risico=Risico.HOOG)


def sees_whole_case(user) -> bool:
    """Melder and FG read the whole case. A technicus (possibly at a supplier) sees only what
    the technical work needs: not who reported it, the decision, the notification or the
    case's change history (data minimisation)."""
    return has_role(user, Rol.MELDER, Rol.FG)


# The columns a row of the case list reads (the clock needs the dates and the AP decision).
LIJST_VELDEN = (
    "id",
    "dossiernummer",
    "titel",
    "ontdekt_op",
    "geregistreerd_op",
    "ap_gemeld_op",
    "besluit_melden_ap",
    "gearchiveerd_op",
    "technicus",
)
TECHNICUS_VELDEN = ("first_name", "last_name")


# The columns the counts of a year's cases read (cijfers.jaar_tellingen and the year report's
# figures): included in `datalek_ontdekt_idx`.
JAAR_TELVELDEN = [
    "soort",
    "besluit_is_datalek",
    "besluit_melden_ap",
    "ap_gemeld_op",
    "betrokkenen_geinformeerd_op",
    "uitzondering_informeren",
    "aard_vertrouwelijkheid",
    "aard_integriteit",
    "aard_beschikbaarheid",
]


def _fasen_voor_lijst():
    """The phases of each case as one array column of "soort:status", in their order: one
    subquery per row of the page (the phase index per case), no second query, no Fase
    instances."""
    from datalekken.models.fase import Fase  # fase.py imports this module

    return ArraySubquery(
        Fase.objects.filter(datalek=models.OuterRef("pk"))
        # Ordered on the phase alone: the model's ordering would join the cases to sort them.
        .order_by("volgorde")
        .values(paar=Concat("soort", models.Value(":"), "status"))
    )


class DatalekQuerySet(models.QuerySet):
    def open(self):
        return self.filter(gearchiveerd_op__isnull=True)

    def gearchiveerd(self):
        return self.filter(gearchiveerd_op__isnull=False)

    def visible_to(self, user):
        """The cases whose page the user may open: melder and FG all, technicus their own."""
        if sees_whole_case(user):
            return self
        if has_role(user, Rol.TECHNICUS):
            return self.filter(technicus=user)
        return self.none()

    def reported_by(self, user):
        return self.filter(ontdekker=user)

    def ontdekt_in(self, jaar: int):
        """Cases discovered in the year, by the calendar of Europe/Amsterdam: a case
        discovered on 31 December at 23:30 belongs to that year, whenever it was registered.
        Every count "per year" (the overview, the report, the home panels) uses this."""
        tz = timezone.get_default_timezone()
        return self.filter(
            ontdekt_op__gte=datetime(jaar, 1, 1, tzinfo=tz),
            ontdekt_op__lt=datetime(jaar + 1, 1, 1, tzinfo=tz),
        )

    def belangrijk(self):
        """The significant cases: notified to the AP, or they should be, or a high risk."""
        return self.filter(_belangrijk_q())

    def klok_loopt(self):
        """Open cases that may have to be notified (meldplichtig or not yet qualified) and
        have not been notified yet: the 72-hour clock is running for these."""
        return self.filter(_klok_loopt_q())

    def deadline_binnenkort(self, now: datetime | None = None):
        """Clock running and less than 24 hours left (including those past the deadline)."""
        return self.filter(_deadline_binnenkort_q(now or timezone.now()))

    def te_laat(self, now: datetime | None = None):
        return self.filter(_te_laat_q(now or timezone.now()))

    def deadline_counts(self, now: datetime | None = None, **extra) -> dict[str, int]:
        """`open`, `klok_loopt`, `binnenkort` and `te_laat` in one query, with the very
        conditions of the filters above (for the dashboard and the overview), plus any
        `extra` aggregates of the caller."""
        now = now or timezone.now()
        return self.aggregate(
            open=models.Count("pk", filter=Q(gearchiveerd_op__isnull=True)),
            klok_loopt=models.Count("pk", filter=_klok_loopt_q()),
            binnenkort=models.Count("pk", filter=_deadline_binnenkort_q(now)),
            te_laat=models.Count("pk", filter=_te_laat_q(now)),
            **extra,
        )

    def for_list(self):
        """What a row of the case list shows: no summaries, descriptions or decisions."""
        return (
            self.select_related("technicus")
            .only(*LIJST_VELDEN, *(f"technicus__{veld}" for veld in TECHNICUS_VELDEN))
            .annotate(fase_paren=_fasen_voor_lijst())
        )

    def delete(self):
        raise DatalekVerwijderen()


class Datalek(models.Model):
    """A (possible) datalek: one case from the report to the archive."""

    dossiernummer = models.CharField("dossiernummer", max_length=12, unique=True, editable=False)

    # --- Wie -------------------------------------------------------------------------
    ontdekker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="ontdekker",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ontdekte_datalekken",
        help_text="Leeg als de ontdekker van buiten de organisatie komt.",
    )
    ontdekker_extern_naam = models.CharField("naam externe ontdekker", max_length=200, blank=True)
    ontdekker_extern_organisatie = models.CharField(
        "organisatie externe ontdekker", max_length=200, blank=True
    )
    ontdekker_extern_contact = models.CharField(
        "contactgegevens externe ontdekker", max_length=200, blank=True
    )
    ingevoerd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="ingevoerd door",
        on_delete=models.PROTECT,
        related_name="ingevoerde_datalekken",
    )
    melder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="melder",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="behandelde_datalekken",
        help_text="De melder die het dossier behandelt.",
    )
    technicus = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="technicus",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="toegewezen_datalekken",
    )

    # --- Wat en wanneer (de melding) -----------------------------------------------------
    titel = models.CharField("wat is er gebeurd, in één zin", max_length=200)
    samenvatting = models.TextField("samenvatting van het incident")
    soort = models.CharField(
        "soort incident", max_length=30, choices=SoortIncident, default=SoortIncident.ONBEKEND
    )
    begonnen_op = models.DateTimeField("begonnen op", null=True, blank=True)
    beeindigd_op = models.DateTimeField("beëindigd op", null=True, blank=True)
    ontdekt_op = models.DateTimeField("ontdekt op")
    geregistreerd_op = models.DateTimeField("geregistreerd op", default=timezone.now)
    categorieen_persoonsgegevens = ArrayField(
        models.CharField(max_length=20, choices=CategoriePersoonsgegevens),
        verbose_name="categorieën persoonsgegevens",
        default=list,
        blank=True,
    )
    categorieen_betrokkenen = ArrayField(
        models.CharField(max_length=20, choices=CategorieBetrokkenen),
        verbose_name="categorieën betrokkenen",
        default=list,
        blank=True,
    )
    gegevens_toelichting = models.TextField("welke gegevens en van wie (toelichting)", blank=True)
    aantal_min = models.PositiveIntegerField("aantal betrokkenen, minimaal", null=True, blank=True)
    aantal_max = models.PositiveIntegerField("aantal betrokkenen, maximaal", null=True, blank=True)
    oorzaak = models.TextField("oorzaak", blank=True)
    maatregelen_direct = models.TextField("direct genomen maatregelen", blank=True)
    maatregelen_structureel = models.TextField("structurele maatregelen", blank=True)
    gevolgen = models.TextField("mogelijke gevolgen voor betrokkenen", blank=True)
    betrokkenen_buitenland = models.BooleanField(
        "betrokkenen in andere EU-landen", null=True, blank=True
    )

    # --- Techniek ------------------------------------------------------------------------
    technische_bevindingen = models.TextField("technische bevindingen", blank=True)
    versleuteling = models.TextField(
        "versleuteling of andere bescherming",
        blank=True,
        help_text="Waren de gegevens versleuteld, gehasht of onleesbaar? Hoe?",
    )
    rol_organisatie = models.CharField(
        "rol van de bibliotheek",
        max_length=12,
        choices=RolOrganisatie,
        default=RolOrganisatie.ONBEKEND,
    )
    verwerkingsverantwoordelijke = models.CharField(
        "verwerkingsverantwoordelijke",
        max_length=200,
        blank=True,
        help_text="Alleen als de bibliotheek verwerker is: voor welke organisatie?",
    )
    verwerker = models.CharField(
        "betrokken verwerker",
        max_length=200,
        blank=True,
        help_text="De leverancier bij wie het lek ontstond, als dat zo is.",
    )

    # --- Koppelingen met het verwerkingsregister ------------------------------------------
    # Not tracked by django-simple-history (no m2m_fields): every change of these links is
    # written to the case's timeline with the names added and removed (services.update_feiten).
    systemen = models.ManyToManyField(
        "register.Systeem",
        blank=True,
        related_name="datalekken",
        verbose_name="getroffen systemen",
    )
    verwerkingsactiviteiten = models.ManyToManyField(
        "register.Verwerkingsactiviteit",
        blank=True,
        related_name="datalekken",
        verbose_name="getroffen verwerkingsactiviteiten",
    )

    # --- Feiten voor het beslisschema (None = onbekend) -----------------------------------
    feit_persoonsgegevens = models.BooleanField("persoonsgegevens betrokken", null=True, blank=True)
    aard_vertrouwelijkheid = models.BooleanField(
        "vertrouwelijkheid aangetast", null=True, blank=True
    )
    aard_integriteit = models.BooleanField("integriteit aangetast", null=True, blank=True)
    aard_beschikbaarheid = models.BooleanField("beschikbaarheid aangetast", null=True, blank=True)
    feit_snel_hersteld = models.BooleanField("snel hersteld", null=True, blank=True)
    feit_onbegrijpelijk = models.BooleanField(
        "onbegrijpelijk voor onbevoegden", null=True, blank=True
    )
    feit_bijzondere_gegevens = models.BooleanField("bijzondere gegevens", null=True, blank=True)
    feit_gevoelige_gegevens = models.BooleanField("gevoelige gegevens", null=True, blank=True)
    feit_kwetsbare_groep = models.BooleanField("kwetsbare groep", null=True, blank=True)
    feit_kwade_opzet = models.BooleanField("kwade opzet", null=True, blank=True)
    feit_buiten_organisatie = models.BooleanField("buiten de organisatie", null=True, blank=True)
    feit_ontvanger_vertrouwd_en_gewist = models.BooleanField(
        "vertrouwde ontvanger heeft gewist", null=True, blank=True
    )

    # --- Kwalificatie (het besluit van de melder) ------------------------------------------
    besluit_is_datalek = models.BooleanField("is een datalek", null=True, blank=True)
    besluit_melden_ap = models.BooleanField("melden bij de AP", null=True, blank=True)
    besluit_informeren_betrokkenen = models.BooleanField(
        "betrokkenen informeren", null=True, blank=True
    )
    besluit_risico = models.CharField("risico", max_length=10, choices=Risico, blank=True)
    besluit_motivering = models.TextField("motivering van het besluit", blank=True)
    advies_bij_besluit = models.JSONField("advies bij het besluit", null=True, blank=True)
    gekwalificeerd_op = models.DateTimeField("gekwalificeerd op", null=True, blank=True)
    gekwalificeerd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="gekwalificeerd door",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    # --- Melding bij de AP ----------------------------------------------------------------
    ap_meldingsnummer = models.CharField("meldingsnummer AP", max_length=50, blank=True)
    ap_gemeld_op = models.DateTimeField("gemeld bij de AP op", null=True, blank=True)
    ap_reden_vertraging = models.TextField("reden van de vertraging", blank=True)

    # --- Betrokkenen informeren -------------------------------------------------------------
    betrokkenen_geinformeerd_op = models.DateTimeField(
        "betrokkenen geïnformeerd op", null=True, blank=True
    )
    betrokkenen_wijze = models.CharField(
        "hoe geïnformeerd", max_length=12, choices=WijzeInformeren, blank=True
    )
    betrokkenen_bericht = models.TextField("tekst van het bericht", blank=True)
    uitzondering_informeren = models.CharField(
        "grond om niet te informeren (art. 34 lid 3 AVG)",
        max_length=1,
        choices=UitzonderingInformeren,
        blank=True,
    )
    uitzondering_toelichting = models.TextField("toelichting op de uitzondering", blank=True)

    # --- Termijnbewaking en archief ---------------------------------------------------------
    herinnerd_krap_op = models.DateTimeField(
        "herinnering <24 uur verstuurd", null=True, blank=True, editable=False
    )
    herinnerd_te_laat_op = models.DateTimeField(
        "herinnering te laat verstuurd", null=True, blank=True, editable=False
    )
    gearchiveerd_op = models.DateTimeField("gearchiveerd op", null=True, blank=True)

    objects = DatalekQuerySet.as_manager()
    history = HistoricalRecords(
        excluded_fields=["herinnerd_krap_op", "herinnerd_te_laat_op", "advies_bij_besluit"]
    )

    class Meta:
        ordering = ["-geregistreerd_op"]
        verbose_name = "datalek"
        verbose_name_plural = "datalekken"
        indexes = [
            # The case list, newest first.
            models.Index(fields=["-geregistreerd_op"], name="datalek_geregistreerd_idx"),
            # The open cases, newest first (the default case list) and the counts of open cases
            # (dashboards, home panels): a fifth of the table, without reading it.
            models.Index(
                fields=["-geregistreerd_op"],
                name="datalek_open_idx",
                condition=Q(gearchiveerd_op__isnull=True),
            ),
            # The technicus's open cases, newest first (their case list and home panel).
            models.Index(
                fields=["technicus", "-geregistreerd_op"],
                name="datalek_technicus_open_idx",
                condition=Q(gearchiveerd_op__isnull=True),
            ),
            # The counts of a year's cases (datalekken.cijfers.jaar_tellingen: the overview,
            # the home panels, the year report's one pass per month): the columns they count
            # are included, so a year is read from the index alone, not from the table.
            models.Index(
                fields=["ontdekt_op"],
                name="datalek_ontdekt_idx",
                # The id too: the counts are COUNT(id).
                include=["id", *JAAR_TELVELDEN],
            ),
            # The counts of the open cases (deadline_counts, kerncijfers: dashboards, the
            # overview, the home panels) and their ids (the phase counts join on them, in
            # the order of the phases' index: a merge join): the open cases only, with every
            # column those counts read, so they are index-only scans whose size follows the
            # work in progress, not the history.
            models.Index(
                fields=["id"],
                name="datalek_open_tellingen_idx",
                include=[
                    "ontdekt_op",
                    "gearchiveerd_op",
                    "ap_gemeld_op",
                    "besluit_melden_ap",
                    "melder",
                ],
                condition=Q(gearchiveerd_op__isnull=True),
            ),
            # The significant cases of a year, in the year report's order (a fifth of a
            # year's cases, read without the rest).
            models.Index(
                fields=["ontdekt_op", "id"],
                name="datalek_belangrijk_idx",
                condition=_belangrijk_q(),
            ),
            # The number of archived cases (the overview), counted from this index alone.
            models.Index(
                fields=["gearchiveerd_op"],
                name="datalek_gearchiveerd_idx",
                condition=Q(gearchiveerd_op__isnull=False),
            ),
            # Deadline queries (home panel, datalek_deadlines): open, not yet notified,
            # filtered on ontdekt_op.
            models.Index(
                fields=["ontdekt_op"],
                name="datalek_klok_idx",
                condition=Q(gearchiveerd_op__isnull=True, ap_gemeld_op__isnull=True),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(aantal_min__isnull=True)
                | Q(aantal_max__isnull=True)
                | Q(aantal_min__lte=models.F("aantal_max")),
                name="datalek_aantal_min_lte_max",
            ),
            models.CheckConstraint(
                condition=Q(ontdekker__isnull=False) | ~Q(ontdekker_extern_naam=""),
                name="datalek_heeft_ontdekker",
            ),
            models.CheckConstraint(
                condition=choices_q("soort", SoortIncident), name="datalek_soort_valid"
            ),
            models.CheckConstraint(
                condition=choices_q("rol_organisatie", RolOrganisatie),
                name="datalek_rol_organisatie_valid",
            ),
            models.CheckConstraint(
                condition=choices_q("besluit_risico", Risico), name="datalek_risico_valid"
            ),
            models.CheckConstraint(
                condition=choices_q("betrokkenen_wijze", WijzeInformeren),
                name="datalek_wijze_valid",
            ),
            models.CheckConstraint(
                condition=choices_q("uitzondering_informeren", UitzonderingInformeren),
                name="datalek_uitzondering_valid",
            ),
            models.CheckConstraint(
                condition=Q(
                    categorieen_persoonsgegevens__contained_by=CategoriePersoonsgegevens.values
                ),
                name="datalek_cat_persoonsgegevens_valid",
            ),
            models.CheckConstraint(
                condition=Q(categorieen_betrokkenen__contained_by=CategorieBetrokkenen.values),
                name="datalek_cat_betrokkenen_valid",
            ),
        ]

    def __str__(self):
        return f"{self.dossiernummer} {self.titel}"

    def save(self, *args, **kwargs):
        with transaction.atomic():
            nieuw = self._state.adding
            if not self.dossiernummer:
                self.dossiernummer = Dossierteller.next_dossiernummer(
                    timezone.localtime(self.geregistreerd_op).year
                )
            super().save(*args, **kwargs)
            if nieuw:
                from datalekken.models.fase import Fase

                Fase.create_all_for(self)

    def get_absolute_url(self):
        return reverse("datalekken:detail", args=[self.pk])

    def delete(self, *args, **kwargs):
        raise DatalekVerwijderen([self])

    # --- Ontdekker --------------------------------------------------------------------------
    @property
    def ontdekker_omschrijving(self) -> str:
        if self.ontdekker_id:
            return self.ontdekker.get_full_name() or self.ontdekker.get_username()
        organisatie = (
            f" ({self.ontdekker_extern_organisatie})" if self.ontdekker_extern_organisatie else ""
        )
        return f"{self.ontdekker_extern_naam}{organisatie}, extern"

    # --- Aantallen en aard -----------------------------------------------------------------
    @property
    def aantal_tekst(self) -> str:
        lo, hi = self.aantal_min, self.aantal_max
        if lo is None and hi is None:
            return "onbekend"
        if lo is not None and hi is not None:
            return f"{lo}" if lo == hi else f"{lo} tot {hi}"
        if lo is not None:
            return f"ten minste {lo}"
        return f"hooguit {hi}"

    @property
    def aard(self) -> list[str]:
        return [
            naam
            for naam, waarde in (
                ("vertrouwelijkheid", self.aard_vertrouwelijkheid),
                ("integriteit", self.aard_integriteit),
                ("beschikbaarheid", self.aard_beschikbaarheid),
            )
            if waarde
        ]

    def get_categorieen_persoonsgegevens_display(self) -> list[str]:
        return [CategoriePersoonsgegevens(c).label for c in self.categorieen_persoonsgegevens]

    def get_categorieen_betrokkenen_display(self) -> list[str]:
        return [CategorieBetrokkenen(c).label for c in self.categorieen_betrokkenen]

    # --- Beslisschema -----------------------------------------------------------------------
    def aantal_voor_beslisschema(self) -> int | None:
        """The count for the beslisschema: the maximum when known; a bare minimum only when
        it already decides the question (at least the 'large' number)."""
        if self.aantal_max is not None:
            return self.aantal_max
        if self.aantal_min is not None and self.aantal_min >= beslisschema.GROOT_AANTAL_BETROKKENEN:
            return self.aantal_min
        return None

    def feiten(self) -> beslisschema.Feiten:
        return beslisschema.Feiten(
            persoonsgegevens=self.feit_persoonsgegevens,
            vertrouwelijkheid=self.aard_vertrouwelijkheid,
            integriteit=self.aard_integriteit,
            beschikbaarheid=self.aard_beschikbaarheid,
            snel_hersteld=self.feit_snel_hersteld,
            onbegrijpelijk=self.feit_onbegrijpelijk,
            bijzondere_gegevens=self.feit_bijzondere_gegevens,
            gevoelige_gegevens=self.feit_gevoelige_gegevens,
            aantal_betrokkenen=self.aantal_voor_beslisschema(),
            kwetsbare_groep=self.feit_kwetsbare_groep,
            kwade_opzet=self.feit_kwade_opzet,
            buiten_organisatie=self.feit_buiten_organisatie,
            ontvanger_vertrouwd_en_gewist=self.feit_ontvanger_vertrouwd_en_gewist,
        )

    def advies(self) -> beslisschema.Advies:
        return beslisschema.advies(self.feiten())

    @property
    def is_gekwalificeerd(self) -> bool:
        return self.gekwalificeerd_op is not None

    @property
    def besluit_wijkt_af(self) -> bool:
        advies = self.advies_bij_besluit or {}
        return self.is_gekwalificeerd and any(
            advies.get(key) != getattr(self, f"besluit_{key}")
            for key in ("is_datalek", "melden_ap", "informeren_betrokkenen")
        )

    # --- Status ------------------------------------------------------------------------------
    @property
    def is_gearchiveerd(self) -> bool:
        return self.gearchiveerd_op is not None

    @property
    def is_meldplichtig(self) -> bool:
        return bool(self.besluit_melden_ap)

    @property
    def is_gemeld_bij_ap(self) -> bool:
        return self.ap_gemeld_op is not None

    @property
    def klok_loopt(self) -> bool:
        return (
            not self.is_gearchiveerd
            and self.besluit_melden_ap is not False
            and self.ap_gemeld_op is None
        )

    @property
    def deadline(self) -> datetime:
        return self.ontdekt_op + MELDTERMIJN

    def is_te_laat_gemeld(self, gemeld_op: datetime | None = None) -> bool:
        gemeld_op = gemeld_op or self.ap_gemeld_op
        return gemeld_op is not None and gemeld_op > self.deadline

    def klok(self, now: datetime | None = None) -> "Klok":
        return Klok.for_datalek(self, now or timezone.now())

    @property
    def betrokkenen_afgehandeld(self) -> bool:
        """Informed, or a documented ground not to (only asked when the decision says so)."""
        return bool(self.betrokkenen_geinformeerd_op or self.uitzondering_informeren)


class Klok:
    """The 72-hour clock as the pages show it: a state for the colour and a Dutch text."""

    GEMELD = "gemeld"
    NIET_NODIG = "niet_nodig"
    GEARCHIVEERD = "gearchiveerd"
    RUIM = "ruim"
    KRAP = "krap"
    TE_LAAT = "te_laat"

    def __init__(self, toestand: str, tekst: str, deadline: datetime):
        self.toestand = toestand
        self.tekst = tekst
        self.deadline = deadline

    @property
    def dringend(self) -> bool:
        return self.toestand in (self.KRAP, self.TE_LAAT)

    @property
    def css(self) -> str:
        return {
            self.RUIM: "text-bg-info",
            self.KRAP: "text-bg-warning",
            self.TE_LAAT: "text-bg-danger",
            self.GEMELD: "text-bg-success",
        }.get(self.toestand, "text-bg-secondary")

    @classmethod
    def for_datalek(cls, datalek: Datalek, now: datetime) -> "Klok":
        deadline = datalek.deadline
        if datalek.ap_gemeld_op is not None:
            te_laat = datalek.is_te_laat_gemeld()
            tekst = "gemeld, na de termijn" if te_laat else "op tijd gemeld"
            return cls(cls.GEMELD, tekst, deadline)
        if datalek.besluit_melden_ap is False:
            return cls(cls.NIET_NODIG, "geen melding nodig", deadline)
        if datalek.is_gearchiveerd:
            return cls(cls.GEARCHIVEERD, "gearchiveerd", deadline)
        over = deadline - now
        if over <= timedelta(0):
            return cls(cls.TE_LAAT, f"{duur_tekst(-over)} te laat", deadline)
        toestand = cls.KRAP if over < WAARSCHUWING_VOOR else cls.RUIM
        return cls(toestand, f"nog {duur_tekst(over)}", deadline)

    def __str__(self):
        return self.tekst


def duur_tekst(duur: timedelta) -> str:
    """'45 minuten', '13 uur', '4 dagen en 3 uur' — rounded down, as a clock counts. Hours
    up to four days: the 72-hour term reads naturally in hours."""
    minuten = math.floor(duur.total_seconds() / 60)
    if minuten < 60:
        return "1 minuut" if minuten == 1 else f"{max(minuten, 0)} minuten"
    uren = minuten // 60
    if uren < 96:
        return f"{uren} uur"
    dagen, rest = divmod(uren, 24)
    return f"{dagen} dagen" + (f" en {rest} uur" if rest else "")


__all__ = [
    "MELDTERMIJN",
    "WAARSCHUWING_VOOR",
    "Datalek",
    "DatalekQuerySet",
    "DatalekVerwijderen",
    "Dossierteller",
    "Klok",
    "duur_tekst",
    "sees_whole_case",
]
