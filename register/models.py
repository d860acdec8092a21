"""The verwerkingsregister: the library's record of processing activities (AVG art. 30).

It replaces the FG's Excel register, so the spreadsheet's own columns (``Data Inw.``,
``Bijz. data?``, ``Verw. ovk.``, ``Wie``…) are kept next to the art. 30 fields. Answers such as
``ja``, ``nee``, ``nvt`` and ``n.b.`` are real answers: "niet van toepassing" and "niet
bekend" are different facts, so they are stored as distinct values, never as a nullable boolean.
"""

import datetime
import re

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from register.uploads import document_upload_to


def quarter_ago(today: datetime.date) -> datetime.date:
    """The same day three calendar months earlier (clamped to the month's last day)."""
    month = today.month - 3
    year = today.year
    if month < 1:
        month += 12
        year -= 1
    for day in (today.day, 30, 29, 28):
        try:
            return datetime.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


class Antwoord(models.TextChoices):
    """A yes/no question in the register, where "not applicable" and "not known" are answers
    of their own. An empty value means the question was not answered at all."""

    JA = "ja", "ja"
    NEE = "nee", "nee"
    NVT = "nvt", "nvt (niet van toepassing)"
    NB = "n.b.", "n.b. (niet bekend)"


def _antwoord_constraint(field: str, model: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(**{f"{field}__in": [*Antwoord.values, ""]}),
        name=f"register_{model}_{field}_valid",
    )


class Domein(models.Model):
    """A part of the library's work (HR, Publieksservice…), grouped Intern or Extern as in the
    spreadsheet ("1 HR" under Intern, "2 Publieksservice" under Extern)."""

    class Groep(models.TextChoices):
        INTERN = "intern", "Intern"
        EXTERN = "extern", "Extern"

    naam = models.CharField("naam", max_length=100, unique=True)
    groep = models.CharField("intern/extern", max_length=10, choices=Groep)
    nummer = models.PositiveSmallIntegerField(
        "nummer", default=1, help_text="Volgorde binnen de groep, zoals in de spreadsheet (1 HR)."
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = "domein"
        verbose_name_plural = "domeinen"
        # "intern" sorts after "extern": descending puts Intern first, as in the spreadsheet.
        ordering = ["-groep", "nummer", "naam"]
        constraints = [
            models.CheckConstraint(
                condition=Q(groep__in=["intern", "extern"]), name="register_domein_groep_valid"
            ),
        ]

    def __str__(self):
        return f"{self.nummer} {self.naam}"

    @property
    def groep_nummer(self) -> int:
        """The spreadsheet's first column: 1 for Intern, 2 for Extern."""
        return 1 if self.groep == self.Groep.INTERN else 2


class Verwerker(models.Model):
    """A party that processes personal data on the library's behalf (BiSC, Microsoft…)."""

    naam = models.CharField("naam", max_length=150, unique=True)
    contactgegevens = models.TextField(
        "contactgegevens", blank=True, help_text="Contactpersoon, e-mailadres, telefoonnummer."
    )
    opmerkingen = models.TextField("opmerkingen", blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "verwerker"
        verbose_name_plural = "verwerkers"
        ordering = ["naam"]

    def __str__(self):
        return self.naam

    def get_absolute_url(self):
        return reverse("register:verwerker_detail", kwargs={"pk": self.pk})


class VerwerkersovereenkomstQuerySet(models.QuerySet):
    # As for the activities: each rule is also a Q object, for counting several in one query.

    @staticmethod
    def checkable_q() -> Q:
        return ~Q(
            status__in=[
                Verwerkersovereenkomst.Status.NVT,
                Verwerkersovereenkomst.Status.NIET_NOODZAKELIJK,
            ]
        )

    def checkable(self):
        """Agreements the yearly Q1 check is about (not those marked nvt / niet noodzakelijk)."""
        return self.filter(self.checkable_q())

    @staticmethod
    def not_signed_q() -> Q:
        return VerwerkersovereenkomstQuerySet.checkable_q() & ~Q(
            status__in=Verwerkersovereenkomst.SIGNED
        )

    def not_signed(self):
        return self.filter(self.not_signed_q())

    @staticmethod
    def expiring_q(today: datetime.date, days: int = 90) -> Q:
        return VerwerkersovereenkomstQuerySet.checkable_q() & Q(
            einddatum__lte=today + datetime.timedelta(days=days)
        )

    def expiring(self, today: datetime.date, days: int = 90):
        """Ending within `days` days, or already ended."""
        return self.filter(self.expiring_q(today, days))

    @staticmethod
    def not_checked_in_q(year: int) -> Q:
        return VerwerkersovereenkomstQuerySet.checkable_q() & (
            Q(laatst_gecontroleerd_op__isnull=True) | Q(laatst_gecontroleerd_op__year__lt=year)
        )

    def not_checked_in(self, year: int):
        return self.filter(self.not_checked_in_q(year))


class Verwerkersovereenkomst(models.Model):
    class Status(models.TextChoices):
        NVT = "nvt", "nvt"
        NIET_NOODZAKELIJK = "niet_noodzakelijk", "niet noodzakelijk"
        VERDER_INVENTARISEREN = "verder_inventariseren", "verder inventariseren"
        CONCEPT_GESTUURD = "concept_gestuurd", "concept gestuurd"
        IN_AFWACHTING = "in_afwachting", "in afwachting"
        GETEKEND = "getekend", "getekend"
        ONDERDEEL_LICENTIE = "onderdeel_licentie", "onderdeel van licentieovereenkomst"

    SIGNED = (Status.GETEKEND, Status.ONDERDEEL_LICENTIE)

    verwerker = models.ForeignKey(
        Verwerker,
        on_delete=models.PROTECT,
        related_name="overeenkomsten",
        verbose_name="verwerker",
    )
    omschrijving = models.CharField(
        "omschrijving",
        max_length=200,
        blank=True,
        help_text="Bijvoorbeeld ‘Verwerkersovereenkomst BiSC-dienstverlening 2024’.",
    )
    status = models.CharField(
        "status", max_length=30, choices=Status, default=Status.VERDER_INVENTARISEREN
    )
    getekend_op = models.DateField("getekend op", null=True, blank=True)
    looptijd = models.CharField(
        "looptijd",
        max_length=100,
        blank=True,
        help_text="Zoals in de overeenkomst, bijvoorbeeld ‘3 jaar, stilzwijgend verlengd’.",
    )
    einddatum = models.DateField(
        "einddatum",
        null=True,
        blank=True,
        help_text="Leeg bij onbepaalde tijd. Het portaal waarschuwt 90 dagen van tevoren.",
    )
    document = models.FileField(
        "getekende overeenkomst", upload_to=document_upload_to, blank=True, max_length=200
    )
    document_naam = models.CharField("bestandsnaam", max_length=200, blank=True, editable=False)
    laatst_gecontroleerd_op = models.DateField(
        "laatst gecontroleerd op",
        null=True,
        blank=True,
        help_text="De jaarlijkse controle in het eerste kwartaal, op relevantie en actualiteit.",
    )
    opmerkingen = models.TextField("opmerkingen", blank=True)

    objects = VerwerkersovereenkomstQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = "verwerkersovereenkomst"
        verbose_name_plural = "verwerkersovereenkomsten"
        ordering = ["verwerker__naam", "-getekend_op", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    status__in=[
                        "nvt",
                        "niet_noodzakelijk",
                        "verder_inventariseren",
                        "concept_gestuurd",
                        "in_afwachting",
                        "getekend",
                        "onderdeel_licentie",
                    ]
                ),
                name="register_overeenkomst_status_valid",
            ),
        ]
        indexes = [
            # The dashboard: agreements ending within 90 days.
            models.Index(fields=["einddatum"], name="register_ovk_einddatum_idx"),
        ]

    def __str__(self):
        return self.omschrijving or f"Verwerkersovereenkomst {self.verwerker}"

    def get_absolute_url(self):
        return self.verwerker.get_absolute_url() + f"#overeenkomst-{self.pk}"

    @property
    def is_signed(self) -> bool:
        return self.status in self.SIGNED


class Systeem(models.Model):
    """An application or place where personal data lives (AFAS, BicatWISE, a paper file).

    The datalek procedure asks for exactly this list: which systems, which technicus, and
    which personal data are in them (`persoonsgegevens()`)."""

    naam = models.CharField("naam", max_length=150, unique=True)
    omschrijving = models.TextField("omschrijving", blank=True)
    leverancier = models.ForeignKey(
        Verwerker,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="systemen",
        verbose_name="leverancier",
    )
    technicus = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="register_systemen",
        verbose_name="technicus",
        help_text="Wie bij een datalek de technische kant van dit systeem oppakt.",
    )
    technisch_contact = models.CharField(
        "technisch contact",
        max_length=200,
        blank=True,
        help_text="Telefoonnummer of e-mailadres voor storingen, bijvoorbeeld de servicedesk.",
    )
    opmerkingen = models.TextField("opmerkingen", blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "systeem"
        verbose_name_plural = "systemen"
        ordering = ["naam"]

    def __str__(self):
        return self.naam

    def get_absolute_url(self):
        return reverse("register:systeem_detail", kwargs={"pk": self.pk})

    def persoonsgegevens(self) -> list[dict]:
        """Per activity in this system: which personal data, and whether special categories
        are among them. One query."""
        return list(
            self.verwerkingsactiviteiten.values(
                "pk",
                "naam",
                "categorieen_persoonsgegevens",
                "bijzondere_persoonsgegevens",
                "bijzondere_categorieen",
                "categorieen_betrokkenen",
            )
        )


class VerwerkingsactiviteitQuerySet(models.QuerySet):
    def with_list_data(self):
        return self.select_related(
            "domein", "verwerker", "systeem", "verwerkersovereenkomst", "geb_beoordeling"
        )

    # Each rule is also a Q object (`*_q`), so that a page can count several rules in one
    # pass over the table: `aggregate(Count("pk", filter=...))` (see register.dashboard).

    @staticmethod
    def review_overdue_q(today: datetime.date) -> Q:
        return Q(laatst_beoordeeld_op__isnull=True) | Q(laatst_beoordeeld_op__lt=quarter_ago(today))

    def review_overdue(self, today: datetime.date):
        """Not reviewed in the last quarter (three months): the policy asks for a review of the
        register at least once a quarter."""
        return self.filter(self.review_overdue_q(today))

    @staticmethod
    def geb_missing_q() -> Q:
        done = [GEB.Status.UITGEVOERD, GEB.Status.NIET_NODIG]
        return (Q(geb=Antwoord.JA) | Q(geb_beoordeling__status=GEB.Status.NODIG)) & ~Q(
            geb_beoordeling__status__in=done
        )

    def geb_missing(self):
        """A GEB is needed (the spreadsheet says ja, or the GEB record says nodig) and none has
        been carried out."""
        return self.filter(self.geb_missing_q())

    @staticmethod
    def transfer_without_safeguards_q() -> Q:
        return (Q(doorgifte_buiten_eer=Antwoord.JA) | Q(in_de_eu=Antwoord.NEE)) & Q(waarborgen="")

    def transfer_without_safeguards(self):
        """Data leaves the EEA (or is not stored in the EU) and no safeguards are recorded."""
        return self.filter(self.transfer_without_safeguards_q())

    @staticmethod
    def bewaartermijn_unknown_q() -> Q:
        return Q(bewaartermijn_getal__isnull=True) & (
            Q(bewaartermijn_tekst="") | Q(bewaartermijn_tekst__iregex=UNKNOWN_RE)
        )

    def bewaartermijn_unknown(self):
        return self.filter(self.bewaartermijn_unknown_q())

    def cleanup_pending(self, year: int):
        """Activities with a known bewaartermijn whose files were not cleaned up this year."""
        # A plain negation on the same row, not `pk NOT IN (subquery)`: one pass over the table.
        return self.exclude(self.bewaartermijn_unknown_q()).filter(
            Q(laatst_opgeschoond_op__isnull=True) | Q(laatst_opgeschoond_op__year__lt=year)
        )

    @staticmethod
    def overeenkomst_missing_q() -> Q:
        ok = [
            Verwerkersovereenkomst.Status.NVT,
            Verwerkersovereenkomst.Status.NIET_NOODZAKELIJK,
        ]
        return Q(verwerker__isnull=False, verwerkersovereenkomst__isnull=True) & ~(
            Q(status_verwerkersovereenkomst__in=ok) | Q(verwerkersovereenkomst_antwoord="nvt")
        )

    def overeenkomst_missing(self):
        """There is a verwerker, but no agreement is linked and nobody decided one is not needed."""
        return self.filter(self.overeenkomst_missing_q())

    def with_overeenkomst_status(self, status: str):
        return self.filter(
            Q(verwerkersovereenkomst__status=status)
            | Q(verwerkersovereenkomst__isnull=True, status_verwerkersovereenkomst=status)
        )

    def search(self, text: str):
        """Every word in one of the columns, or in the name of the verwerker or systeem. Those
        two are matched in a subquery (`verwerker_id IN (…)`), not through a join: joining both
        tables to every row made the search, and the list's count, three times slower."""
        q = Q()
        for word in text.split():
            q &= (
                Q(naam__icontains=word)
                | Q(doeleinden__icontains=word)
                | Q(categorieen_persoonsgegevens__icontains=word)
                | Q(categorieen_betrokkenen__icontains=word)
                | Q(verwerker__in=Verwerker.objects.filter(naam__icontains=word).values("pk"))
                | Q(systeem__in=Systeem.objects.filter(naam__icontains=word).values("pk"))
                | Q(eigenaar__icontains=word)
            )
        return self.filter(q)


UNKNOWN_RE = r"^\s*(n\.?b\.?|\?|onbekend)\s*$"
BEWAARTERMIJN_RE = re.compile(
    r"^\s*(?P<getal>\d{1,4})\s*(?P<eenheid>jaren|jaar|jr\.?|j\.?|maanden|maand|mnd\.?|mndn|"
    r"weken|week|wk\.?|dagen|dag|d\.?)\s*$",
    re.IGNORECASE,
)


class Verwerkingsactiviteit(models.Model):
    """One line of the register: a processing of personal data, with the fields of AVG art. 30
    and the library's own columns."""

    Antwoord = Antwoord

    class Grondslag(models.TextChoices):
        TOESTEMMING = "toestemming", "Toestemming (art. 6 lid 1 sub a)"
        OVEREENKOMST = "overeenkomst", "Uitvoering van een overeenkomst (sub b)"
        WETTELIJKE_VERPLICHTING = "wettelijke_verplichting", "Wettelijke verplichting (sub c)"
        VITAAL_BELANG = "vitaal_belang", "Vitaal belang (sub d)"
        ALGEMEEN_BELANG = "algemeen_belang", "Taak van algemeen belang (sub e)"
        GERECHTVAARDIGD_BELANG = "gerechtvaardigd_belang", "Gerechtvaardigd belang (sub f)"

    class Eenheid(models.TextChoices):
        DAGEN = "dagen", "dagen"
        WEKEN = "weken", "weken"
        MAANDEN = "maanden", "maanden"
        JAAR = "jaar", "jaar"

    # The spreadsheet's leading columns.
    domein = models.ForeignKey(
        Domein, on_delete=models.PROTECT, related_name="activiteiten", verbose_name="domein"
    )
    volgnummer = models.PositiveIntegerField(
        "volgnummer", help_text="Nummer binnen het domein, zoals in de spreadsheet."
    )
    naam = models.CharField("naam van de verwerking", max_length=200)

    # AVG art. 30 lid 1.
    doeleinden = models.TextField(
        "doeleinden",
        blank=True,
        help_text="Art. 30 lid 1 sub b: waarvoor de gegevens worden verwerkt.",
    )
    grondslag = models.CharField(
        "grondslag",
        max_length=30,
        choices=Grondslag,
        blank=True,
        help_text="Art. 6 lid 1: een van de zes wettelijke grondslagen.",
    )
    grondslag_toelichting = models.TextField(
        "toelichting grondslag",
        blank=True,
        help_text="Bij gerechtvaardigd belang: de afweging tegen de belangen van de betrokkenen.",
    )
    categorieen_betrokkenen = models.TextField(
        "categorieën betrokkenen",
        blank=True,
        help_text="Art. 30 lid 1 sub c: van wie, bijvoorbeeld leden, medewerkers, deelnemers.",
    )
    categorieen_persoonsgegevens = models.TextField(
        "categorieën persoonsgegevens",
        blank=True,
        help_text="Art. 30 lid 1 sub c: welke gegevens, bijvoorbeeld NAW, geboortedatum, IBAN.",
    )
    bijzondere_persoonsgegevens = models.CharField(
        "bijzondere persoonsgegevens",
        max_length=4,
        choices=Antwoord,
        blank=True,
        help_text="Kolom ‘Bijz. data?’. Gezondheid, religie, etnische afkomst, strafrechtelijke "
        "gegevens; ook het BSN behandelen we zo.",
    )
    bijzondere_categorieen = models.TextField(
        "welke bijzondere gegevens",
        blank=True,
        help_text="Alleen invullen als er bijzondere persoonsgegevens worden verwerkt.",
    )
    ontvangers = models.TextField(
        "ontvangers",
        blank=True,
        help_text="Art. 30 lid 1 sub d: aan wie de gegevens worden verstrekt.",
    )
    doorgifte_buiten_eer = models.CharField(
        "doorgifte buiten de EER",
        max_length=4,
        choices=Antwoord,
        blank=True,
        help_text="Art. 30 lid 1 sub e: gaan gegevens naar een land buiten de Europese "
        "Economische Ruimte?",
    )
    waarborgen = models.TextField(
        "waarborgen bij doorgifte",
        blank=True,
        help_text="Bijvoorbeeld een adequaatheidsbesluit of modelcontractbepalingen (art. 46).",
    )
    bewaartermijn_getal = models.PositiveIntegerField(
        "bewaartermijn (getal)", null=True, blank=True
    )
    bewaartermijn_eenheid = models.CharField(
        "bewaartermijn (eenheid)", max_length=10, choices=Eenheid, blank=True
    )
    bewaartermijn_tekst = models.CharField(
        "bewaartermijn (omschrijving)",
        max_length=200,
        blank=True,
        help_text="Als de termijn geen getal is, bijvoorbeeld ‘tot einde lidmaatschap + 2 jaar’.",
    )
    beveiligingsmaatregelen = models.TextField(
        "beveiligingsmaatregelen",
        blank=True,
        help_text="Art. 30 lid 1 sub g: de technische en organisatorische maatregelen.",
    )

    # The library's own columns.
    verwerker = models.ForeignKey(
        Verwerker,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="activiteiten",
        verbose_name="verwerker",
        help_text="Leeg als de bibliotheek de gegevens zelf verwerkt (‘geen’).",
    )
    systeem = models.ForeignKey(
        Systeem,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="verwerkingsactiviteiten",
        verbose_name="systeem",
    )
    data_inwinning = models.CharField(
        "data-inwinning",
        max_length=4,
        choices=Antwoord,
        blank=True,
        help_text="Kolom ‘Data Inw.’: worden de gegevens door de bibliotheek zelf ingewonnen?",
    )
    risicoanalyse = models.CharField(
        "risicoanalyse",
        max_length=4,
        choices=Antwoord,
        blank=True,
        help_text="Kolom ‘Risico- analyse’: is er een risicoanalyse gedaan?",
    )
    in_de_eu = models.CharField(
        "in de EU",
        max_length=4,
        choices=Antwoord,
        blank=True,
        help_text="Kolom ‘in de EU?’: blijven de gegevens binnen de EU?",
    )
    opt_in_mail = models.CharField(
        "opt-in mail",
        max_length=4,
        choices=Antwoord,
        blank=True,
        help_text="Kolom ‘Opt-in Mail’: is voor mailings om toestemming gevraagd?",
    )
    geb = models.CharField(
        "GEB nodig",
        max_length=4,
        choices=Antwoord,
        blank=True,
        help_text="Kolom ‘GEB?’: is een gegevensbeschermingseffectbeoordeling (DPIA) nodig?",
    )
    verwerkersovereenkomst_antwoord = models.CharField(
        "verwerkersovereenkomst aanwezig",
        max_length=4,
        choices=Antwoord,
        blank=True,
        help_text="Kolom ‘Verw. ovk.’. Staat er een partij in die kolom, dan is het antwoord ja "
        "en is de overeenkomst met die partij gekoppeld.",
    )
    verwerkersovereenkomst = models.ForeignKey(
        Verwerkersovereenkomst,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activiteiten",
        verbose_name="verwerkersovereenkomst",
    )
    status_verwerkersovereenkomst = models.CharField(
        "status verwerkersovereenkomst (zonder overeenkomst)",
        max_length=30,
        choices=Verwerkersovereenkomst.Status,
        blank=True,
        help_text="Alleen als er (nog) geen overeenkomst is gekoppeld; anders geldt de status "
        "van de overeenkomst zelf.",
    )
    eigenaar = models.CharField(
        "eigenaar (Wie)",
        max_length=100,
        blank=True,
        help_text="Kolom ‘Wie’: wie binnen de bibliotheek verantwoordelijk is, bijvoorbeeld "
        "initialen.",
    )
    contactpersoon_verwerker = models.CharField(
        "contactpersoon bij de verwerker", max_length=150, blank=True
    )

    # Cycles.
    laatst_beoordeeld_op = models.DateField(
        "laatst beoordeeld op",
        null=True,
        blank=True,
        help_text="Het register wordt minstens één keer per kwartaal doorgelopen.",
    )
    laatst_opgeschoond_op = models.DateField(
        "laatst opgeschoond op",
        null=True,
        blank=True,
        help_text="Bestanden worden elk jaar in januari–februari opgeschoond volgens de "
        "bewaartermijn.",
    )
    opmerkingen = models.TextField("opmerkingen", blank=True)
    gewijzigd_op = models.DateTimeField("gewijzigd op", auto_now=True)

    objects = VerwerkingsactiviteitQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["gewijzigd_op"])

    class Meta:
        verbose_name = "verwerkingsactiviteit"
        verbose_name_plural = "verwerkingsactiviteiten"
        # Intern before Extern (descending, see Domein), then as numbered in the spreadsheet.
        ordering = ["-domein__groep", "domein__nummer", "domein__naam", "volgnummer"]
        constraints = [
            models.UniqueConstraint(
                fields=["domein", "volgnummer"], name="register_activiteit_domein_volgnummer_uniq"
            ),
            models.CheckConstraint(
                condition=Q(
                    grondslag__in=[
                        "",
                        "toestemming",
                        "overeenkomst",
                        "wettelijke_verplichting",
                        "vitaal_belang",
                        "algemeen_belang",
                        "gerechtvaardigd_belang",
                    ]
                ),
                name="register_activiteit_grondslag_valid",
            ),
            models.CheckConstraint(
                condition=(Q(bewaartermijn_getal__isnull=True) & Q(bewaartermijn_eenheid=""))
                | (
                    Q(bewaartermijn_getal__isnull=False)
                    & Q(bewaartermijn_eenheid__in=["dagen", "weken", "maanden", "jaar"])
                ),
                name="register_activiteit_bewaartermijn_getal_eenheid",
            ),
            models.CheckConstraint(
                condition=Q(verwerkersovereenkomst__isnull=True)
                | Q(verwerkersovereenkomst_antwoord="ja"),
                name="register_activiteit_overeenkomst_is_ja",
            ),
            models.CheckConstraint(
                condition=Q(
                    status_verwerkersovereenkomst__in=[
                        "",
                        "nvt",
                        "niet_noodzakelijk",
                        "verder_inventariseren",
                        "concept_gestuurd",
                        "in_afwachting",
                        "getekend",
                        "onderdeel_licentie",
                    ]
                ),
                name="register_activiteit_status_ovk_valid",
            ),
            *[
                _antwoord_constraint(field, "activiteit")
                for field in (
                    "bijzondere_persoonsgegevens",
                    "doorgifte_buiten_eer",
                    "data_inwinning",
                    "risicoanalyse",
                    "in_de_eu",
                    "opt_in_mail",
                    "geb",
                    "verwerkersovereenkomst_antwoord",
                )
            ],
        ]
        indexes = [
            # The dashboard and the "beoordeling achterstallig" filter.
            models.Index(fields=["laatst_beoordeeld_op"], name="register_act_beoordeeld_idx"),
            # The list filtered on Intern/Extern (or a domain) and "beoordeling achterstallig":
            # those two pick the rows before the text search looks at them.
            models.Index(
                fields=["domein", "laatst_beoordeeld_op"], name="register_act_domein_beoord_idx"
            ),
            # Each "Te doen" rule that does not depend on the date has a partial index with the
            # rule as its predicate: `dashboard.tellingen` counts the rule from it (index-only,
            # as many entries as the rule has rows, not the whole register) and the rule's
            # first lines are its first ids.
            models.Index(
                fields=["id"],
                condition=VerwerkingsactiviteitQuerySet.overeenkomst_missing_q(),
                name="register_act_zonder_ovk_idx",
            ),
            models.Index(
                fields=["id"],
                condition=VerwerkingsactiviteitQuerySet.transfer_without_safeguards_q(),
                name="register_act_doorgifte_idx",
            ),
            models.Index(
                fields=["id"],
                condition=VerwerkingsactiviteitQuerySet.bewaartermijn_unknown_q(),
                name="register_act_bewaartermijn_idx",
            ),
            # The GEB rule's half without a GEB record: GEB "ja" in the spreadsheet column
            # (the other half counts the GEB records that say nodig, see `tellingen`).
            models.Index(
                fields=["id"], condition=Q(geb=Antwoord.JA), name="register_act_geb_ja_idx"
            ),
            # The yearly clean-up: the groups per bewaartermijn of the activities still to be
            # cleaned up, read in the dashboard's order without visiting the table.
            models.Index(
                fields=[
                    "bewaartermijn_eenheid",
                    "bewaartermijn_getal",
                    "bewaartermijn_tekst",
                    "laatst_opgeschoond_op",
                ],
                condition=~VerwerkingsactiviteitQuerySet.bewaartermijn_unknown_q(),
                name="register_act_opschoning_idx",
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.naam}"

    def get_absolute_url(self):
        return reverse("register:activiteit_detail", kwargs={"pk": self.pk})

    @property
    def code(self) -> str:
        """Group, domain and sequence number as in the spreadsheet: "1.1.2" is the second line
        of domain 1 (HR) in group 1 (Intern)."""
        return f"{self.domein.groep_nummer}.{self.domein.nummer}.{self.volgnummer}"

    @property
    def bewaartermijn(self) -> str:
        return self.format_bewaartermijn(
            self.bewaartermijn_getal, self.bewaartermijn_eenheid, self.bewaartermijn_tekst
        )

    @staticmethod
    def format_bewaartermijn(getal: int | None, eenheid: str, tekst: str) -> str:
        """ "5 jaar", "1 maand" or the text; also for rows read with values() (the export)."""
        if getal is None:
            return tekst
        if getal == 1:
            eenheid = {"dagen": "dag", "weken": "week", "maanden": "maand"}.get(eenheid, eenheid)
        return f"{getal} {eenheid}"

    @classmethod
    def parse_bewaartermijn(cls, text: str) -> tuple[int | None, str, str]:
        """ "5 jaar" → (5, "jaar", ""); "proc." → (None, "", "proc.")."""
        text = (text or "").strip()
        match = BEWAARTERMIJN_RE.match(text)
        if not match:
            return None, "", text
        unit = match["eenheid"].lower().rstrip(".")
        if unit.startswith("j"):
            eenheid = cls.Eenheid.JAAR
        elif unit.startswith("m"):
            eenheid = cls.Eenheid.MAANDEN
        elif unit.startswith("w"):
            eenheid = cls.Eenheid.WEKEN
        else:
            eenheid = cls.Eenheid.DAGEN
        return int(match["getal"]), eenheid, ""

    def set_bewaartermijn(self, text: str) -> None:
        (
            self.bewaartermijn_getal,
            self.bewaartermijn_eenheid,
            self.bewaartermijn_tekst,
        ) = self.parse_bewaartermijn(text)

    @property
    def overeenkomst_status(self) -> str:
        """The agreement's status when one is linked, otherwise the status recorded here."""
        if self.verwerkersovereenkomst_id:
            return self.verwerkersovereenkomst.status
        return self.status_verwerkersovereenkomst

    def get_overeenkomst_status_display(self) -> str:
        status = self.overeenkomst_status
        return Verwerkersovereenkomst.Status(status).label if status else ""

    def is_review_overdue(self, today: datetime.date) -> bool:
        return self.laatst_beoordeeld_op is None or self.laatst_beoordeeld_op < quarter_ago(today)


class GEB(models.Model):
    """The gegevensbeschermingseffectbeoordeling (DPIA) of one activity."""

    class Status(models.TextChoices):
        NODIG = "nodig", "nodig, nog niet uitgevoerd"
        UITGEVOERD = "uitgevoerd", "uitgevoerd"
        NIET_NODIG = "niet_nodig", "niet nodig"

    activiteit = models.OneToOneField(
        Verwerkingsactiviteit,
        on_delete=models.CASCADE,
        related_name="geb_beoordeling",
        verbose_name="verwerkingsactiviteit",
    )
    status = models.CharField("status", max_length=20, choices=Status, default=Status.NODIG)
    datum = models.DateField(
        "datum", null=True, blank=True, help_text="Wanneer de GEB is afgerond of het besluit viel."
    )
    conclusie = models.TextField(
        "conclusie",
        blank=True,
        help_text="De uitkomst: restrisico's en afgesproken maatregelen, of waarom geen GEB "
        "nodig is.",
    )
    document = models.FileField(
        "GEB-document", upload_to=document_upload_to, blank=True, max_length=200
    )
    document_naam = models.CharField("bestandsnaam", max_length=200, blank=True, editable=False)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "GEB"
        verbose_name_plural = "GEB's"
        ordering = ["activiteit__naam"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["nodig", "uitgevoerd", "niet_nodig"]),
                name="register_geb_status_valid",
            ),
        ]
        indexes = [
            # The GEB rule's half with a GEB record: the records that say nodig.
            models.Index(
                fields=["activiteit"], condition=Q(status="nodig"), name="register_geb_nodig_idx"
            ),
        ]

    def __str__(self):
        return f"GEB {self.activiteit.naam}"


class BeoordelingQuerySet(models.QuerySet):
    def in_year(self, year: int):
        return self.filter(datum__year=year)


class Beoordeling(models.Model):
    """One review of one activity. `Verwerkingsactiviteit.laatst_beoordeeld_op` holds only the
    latest date; the year report counts the reviews per quarter from these records."""

    activiteit = models.ForeignKey(
        Verwerkingsactiviteit,
        on_delete=models.CASCADE,
        related_name="beoordelingen",
        verbose_name="verwerkingsactiviteit",
    )
    datum = models.DateField("datum")
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="door",
    )
    opmerking = models.TextField("opmerking", blank=True)

    objects = BeoordelingQuerySet.as_manager()

    class Meta:
        verbose_name = "beoordeling"
        verbose_name_plural = "beoordelingen"
        ordering = ["-datum", "-pk"]
        indexes = [
            # The year report: reviews per quarter of one year.
            models.Index(fields=["datum"], name="register_beoordeling_datum_idx"),
        ]

    def __str__(self):
        return f"Beoordeling {self.activiteit_id} op {self.datum:%d-%m-%Y}"


class ControleQuerySet(models.QuerySet):
    def in_year(self, year: int):
        return self.filter(datum__year=year)


class Controle(models.Model):
    """One yearly check of one verwerkersovereenkomst (in Q1, on relevance and being up to
    date), with the findings that go into the bestuursverslag."""

    overeenkomst = models.ForeignKey(
        Verwerkersovereenkomst,
        on_delete=models.CASCADE,
        related_name="controles",
        verbose_name="verwerkersovereenkomst",
    )
    datum = models.DateField("datum")
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="door",
    )
    bevindingen = models.TextField(
        "bevindingen",
        blank=True,
        help_text="Komt in het bestuursverslag: beschrijf de uitkomst, zonder namen van personen.",
    )

    objects = ControleQuerySet.as_manager()

    class Meta:
        verbose_name = "controle"
        verbose_name_plural = "controles"
        ordering = ["-datum", "-pk"]
        indexes = [
            # The year report: the checks of one year and their findings.
            models.Index(fields=["datum"], name="register_controle_datum_idx"),
        ]

    def __str__(self):
        return f"Controle {self.overeenkomst_id} op {self.datum:%d-%m-%Y}"
