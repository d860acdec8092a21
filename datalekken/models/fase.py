from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from datalekken.models.datalek import Datalek


class FaseSoort(models.TextChoices):
    ONTDEKKEN = "ontdekken", "Ontdekken"
    INVENTARISEREN = "inventariseren", "Inventariseren"
    KWALIFICEREN = "kwalificeren", "Kwalificeren"
    REPAREREN = "repareren", "Repareren"
    MELDEN = "melden", "Melden"
    ARCHIVEREN = "archiveren", "Archiveren"


class FaseStatus(models.TextChoices):
    OPEN = "open", "Open"
    BEZIG = "bezig", "Bezig"
    AFGEROND = "afgerond", "Afgerond"
    NVT = "nvt", "N.v.t."


class Fase(models.Model):
    """One of the six phases of a case, with its own status: the procedure says the phases
    overlap and need not follow each other, so there is no single linear state."""

    # Nested names for use as Fase.Soort / Fase.Status; defined at module level so that
    # Meta's constraints can refer to them too.
    Soort = FaseSoort
    Status = FaseStatus

    # Phases that may turn out to be unnecessary: nothing left to find out, nothing to
    # repair, nothing to notify.
    MAG_NVT = (Soort.INVENTARISEREN, Soort.REPAREREN, Soort.MELDEN)
    # Who may update the phase besides the melder.
    TECHNICUS_FASEN = (Soort.INVENTARISEREN, Soort.REPAREREN)

    UITLEG = {
        Soort.ONTDEKKEN: "Het incident is gemeld met de feiten die de ontdekker kende.",
        Soort.INVENTARISEREN: "Aanvullende feiten verzamelen, vaak met de technicus.",
        Soort.KWALIFICEREN: "Met het beslisschema bepalen: datalek? melden? informeren?",
        Soort.REPAREREN: "Het lek dichten en herhaling voorkomen.",
        Soort.MELDEN: "Melden bij de AP en zo nodig de betrokkenen informeren.",
        Soort.ARCHIVEREN: "Het dossier afsluiten; daarna is het alleen nog te lezen.",
    }

    datalek = models.ForeignKey(
        Datalek, verbose_name="datalek", on_delete=models.PROTECT, related_name="fasen"
    )
    soort = models.CharField("fase", max_length=20, choices=Soort)
    volgorde = models.PositiveSmallIntegerField("volgorde", editable=False)
    status = models.CharField("status", max_length=10, choices=Status, default=Status.OPEN)
    gestart_op = models.DateTimeField("gestart op", null=True, blank=True)
    afgerond_op = models.DateTimeField("afgerond op", null=True, blank=True)
    bijgewerkt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="bijgewerkt door",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    bijgewerkt_op = models.DateTimeField("bijgewerkt op", null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["datalek", "volgorde"]
        verbose_name = "fase"
        verbose_name_plural = "fasen"
        constraints = [
            # Includes the status: the counts of open cases per phase and status (dashboards)
            # read only this index, not the table.
            models.UniqueConstraint(
                fields=["datalek", "soort"], include=["status"], name="fase_uniek_per_datalek"
            ),
            models.CheckConstraint(
                condition=Q(soort__in=FaseSoort.values), name="fase_soort_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=FaseStatus.values), name="fase_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status=FaseStatus.NVT)
                | Q(soort__in=[FaseSoort.INVENTARISEREN, FaseSoort.REPAREREN, FaseSoort.MELDEN]),
                name="fase_nvt_alleen_waar_toegestaan",
            ),
        ]
        indexes = [
            # The management overview: counts per phase and status.
            models.Index(fields=["soort", "status"], name="fase_soort_status_idx"),
            # The phase counts of the open cases (datalekken.cijfers.fasen_per_status): only
            # the unfinished phases, the work in progress; archived cases are all finished.
            models.Index(
                fields=["datalek", "soort", "status"],
                name="fase_onafgerond_idx",
                condition=~Q(status=FaseStatus.AFGEROND) & ~Q(soort=FaseSoort.ARCHIVEREN),
            ),
        ]

    def __str__(self):
        return f"{self.get_soort_display()}: {self.get_status_display()}"

    @classmethod
    def create_all_for(cls, datalek: Datalek) -> None:
        nu = timezone.now()
        cls.objects.bulk_create(
            cls(
                datalek=datalek,
                soort=soort,
                volgorde=volgorde,
                # The report itself completes the discovery phase.
                status=cls.Status.AFGEROND if soort == cls.Soort.ONTDEKKEN else cls.Status.OPEN,
                gestart_op=nu if soort == cls.Soort.ONTDEKKEN else None,
                afgerond_op=nu if soort == cls.Soort.ONTDEKKEN else None,
                bijgewerkt_door=datalek.ingevoerd_door,
                bijgewerkt_op=nu,
            )
            for volgorde, soort in enumerate(cls.Soort, start=1)
        )

    @property
    def is_klaar(self) -> bool:
        return self.status in (self.Status.AFGEROND, self.Status.NVT)

    @property
    def uitleg(self) -> str:
        return self.UITLEG[self.soort]

    @property
    def css(self) -> str:
        return {
            self.Status.OPEN: "text-bg-light border",
            self.Status.BEZIG: "text-bg-primary",
            self.Status.AFGEROND: "text-bg-success",
            self.Status.NVT: "text-bg-secondary",
        }[self.status]

    def set_status(self, status: str, *, door, nu=None) -> None:
        nu = nu or timezone.now()
        self.status = status
        if status in (self.Status.BEZIG, self.Status.AFGEROND) and not self.gestart_op:
            self.gestart_op = nu
        self.afgerond_op = nu if status in (self.Status.AFGEROND, self.Status.NVT) else None
        self.bijgewerkt_door = door
        self.bijgewerkt_op = nu
        # The history names the person also outside a request (demo data, commands).
        self._history_user = door
        self.save()
