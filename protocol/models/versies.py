"""Protocol versions and read confirmations."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords


class VersieNietBewerkbaar(Exception):
    """Raised when something tries to change or delete a published or retired version."""

    def __init__(self, message="Een gepubliceerde of vervallen versie kan niet worden gewijzigd."):
        super().__init__(message)


class ProtocolVersieQuerySet(models.QuerySet):
    def concept(self):
        return self.filter(status=ProtocolVersie.Status.CONCEPT)

    def gepubliceerd(self):
        return self.filter(status=ProtocolVersie.Status.GEPUBLICEERD)

    def leesbaar(self):
        """Versions every staff member may read: the published one and the retired ones."""
        return self.exclude(status=ProtocolVersie.Status.CONCEPT)

    def huidige(self):
        """The published version, or None."""
        return self.gepubliceerd().first()

    def delete(self):
        if self.exclude(status=ProtocolVersie.Status.CONCEPT).exists():
            raise VersieNietBewerkbaar("Alleen een conceptversie kan worden verwijderd.")
        return super().delete()

    def update(self, **kwargs):
        # Bulk updates bypass save(): allow them on concepts only. Retiring a version goes
        # through save() (see services.publish_concept).
        if self.exclude(status=ProtocolVersie.Status.CONCEPT).exists():
            raise VersieNietBewerkbaar()
        return super().update(**kwargs)


class ProtocolVersie(models.Model):
    class Status(models.TextChoices):
        CONCEPT = "concept", "Concept"
        GEPUBLICEERD = "gepubliceerd", "Gepubliceerd"
        VERVALLEN = "vervallen", "Vervallen"

    class Werkwijze(models.IntegerChoices):
        NIETS = 1, "1 – De klant zoekt het zelf uit; de medewerker verwijst alleen"
        TOT_INLOGGEN = 2, "2 – Helpen tot aan het inloggen"
        MEEKIJKEN = 3, "3 – Na het inloggen meekijken, de klant doet alles zelf"
        MEEDOEN = 4, "4 – Samen met de klant handelingen uitvoeren"
        OVERNEMEN = 5, "5 – De zaak van de klant overnemen"

    versienummer = models.PositiveIntegerField("versienummer", unique=True)
    titel = models.CharField("titel", max_length=200, default="Privacyprotocol klantcontact")
    status = models.CharField(
        "status", max_length=20, choices=Status.choices, default=Status.CONCEPT
    )
    ingangsdatum = models.DateField("ingangsdatum", null=True, blank=True)
    vastgesteld_door = models.CharField(
        "vastgesteld door",
        max_length=200,
        blank=True,
        help_text="Bijvoorbeeld: MT, directeur-bestuurder, manager publieksservice.",
    )
    vastgesteld_op = models.DateField("vastgesteld op", null=True, blank=True)
    samenvatting_wijzigingen = models.TextField(
        "samenvatting van de wijzigingen", blank=True, help_text="Markdown."
    )
    werkwijze = models.PositiveSmallIntegerField(
        "werkwijze", choices=Werkwijze.choices, default=Werkwijze.TOT_INLOGGEN
    )
    werkwijze_toelichting = models.TextField(
        "toelichting op de werkwijze", blank=True, help_text="Markdown."
    )
    aangemaakt_op = models.DateTimeField("aangemaakt op", auto_now_add=True)
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="aangemaakt door",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    gepubliceerd_op = models.DateTimeField("gepubliceerd op", null=True, blank=True)
    gepubliceerd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="gepubliceerd door",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    vervallen_op = models.DateTimeField("vervallen op", null=True, blank=True)
    # Publishing while placeholders remain needs an explicit, recorded confirmation.
    open_plekken_bij_publicatie = models.PositiveIntegerField(
        "open plekken bij publicatie", default=0
    )
    reden_open_plekken = models.TextField("reden om met open plekken te publiceren", blank=True)

    history = HistoricalRecords()
    objects = ProtocolVersieQuerySet.as_manager()

    # Fields that may still change once a version has been published: retiring it.
    _RETIRE_FIELDS = frozenset({"status", "vervallen_op"})

    class Meta:
        ordering = ["-versienummer"]
        verbose_name = "protocolversie"
        verbose_name_plural = "protocolversies"
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["concept", "gepubliceerd", "vervallen"]),
                name="protocol_versie_status_geldig",
            ),
            models.CheckConstraint(
                condition=Q(werkwijze__gte=1, werkwijze__lte=5),
                name="protocol_versie_werkwijze_1_tot_5",
            ),
            # At most one concept and one published version at a time.
            models.UniqueConstraint(
                fields=["status"],
                condition=Q(status="concept"),
                name="protocol_versie_een_concept",
            ),
            models.UniqueConstraint(
                fields=["status"],
                condition=Q(status="gepubliceerd"),
                name="protocol_versie_een_gepubliceerd",
            ),
            # Published with open placeholders → the reason must be recorded.
            models.CheckConstraint(
                condition=Q(open_plekken_bij_publicatie=0) | ~Q(reden_open_plekken=""),
                name="protocol_versie_open_plekken_met_reden",
            ),
            models.CheckConstraint(
                condition=Q(status="concept") | Q(gepubliceerd_op__isnull=False),
                name="protocol_versie_publicatiedatum",
            ),
        ]

    def __str__(self):
        return f"Versie {self.versienummer} ({self.get_status_display().lower()})"

    def save(self, *args, **kwargs):
        self._check_mutable()
        super().save(*args, **kwargs)
        self._stored = {f.attname: getattr(self, f.attname) for f in self._meta.concrete_fields}

    def delete(self, *args, **kwargs):
        if not self.is_concept:
            raise VersieNietBewerkbaar("Alleen een conceptversie kan worden verwijderd.")
        return super().delete(*args, **kwargs)

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored = dict(zip(field_names, values, strict=True))
        return instance

    @property
    def is_concept(self) -> bool:
        return self.status == self.Status.CONCEPT

    @property
    def is_gepubliceerd(self) -> bool:
        return self.status == self.Status.GEPUBLICEERD

    def _check_mutable(self):
        stored = getattr(self, "_stored", None)
        if self._state.adding or stored is None or stored.get("status") == self.Status.CONCEPT:
            return
        changed = {
            field.attname
            for field in self._meta.concrete_fields
            if field.attname in stored and getattr(self, field.attname) != stored[field.attname]
        }
        retiring = (
            stored.get("status") == self.Status.GEPUBLICEERD
            and self.status == self.Status.VERVALLEN
        )
        if changed and not (retiring and changed <= self._RETIRE_FIELDS):
            raise VersieNietBewerkbaar()


class LeesbevestigingQuerySet(models.QuerySet):
    def van(self, user):
        return self.filter(gebruiker=user)


class Leesbevestiging(models.Model):
    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="medewerker",
        on_delete=models.CASCADE,
        related_name="leesbevestigingen",
    )
    versie = models.ForeignKey(
        ProtocolVersie,
        verbose_name="versie",
        on_delete=models.PROTECT,
        related_name="leesbevestigingen",
    )
    bevestigd_op = models.DateTimeField("bevestigd op", auto_now_add=True)

    objects = LeesbevestigingQuerySet.as_manager()

    class Meta:
        ordering = ["-bevestigd_op"]
        verbose_name = "leesbevestiging"
        verbose_name_plural = "leesbevestigingen"
        constraints = [
            models.UniqueConstraint(
                fields=["gebruiker", "versie"], name="protocol_leesbevestiging_uniek"
            ),
        ]
        # The unique constraint's index serves "has this user confirmed version X"; the
        # foreign key's index on versie serves the per-version overview.

    def __str__(self):
        return f"{self.gebruiker} las versie {self.versie.versienummer}"
