"""What accumulates on a case: the timeline, the attachments and follow-up notifications."""

import uuid
from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from datalekken.models.datalek import Datalek, sees_whole_case


class GebeurtenisSoort(models.TextChoices):
    GEMELD = "gemeld", "Gemeld"
    TOEGEWEZEN = "toegewezen", "Toegewezen"
    FEITEN = "feiten", "Feiten bijgewerkt"
    TECHNIEK = "techniek", "Technische bevindingen"
    FASE = "fase", "Fase bijgewerkt"
    GEKWALIFICEERD = "gekwalificeerd", "Gekwalificeerd"
    AP_GEMELD = "ap_gemeld", "Gemeld bij de AP"
    VERVOLGMELDING = "vervolgmelding", "Vervolgmelding"
    BETROKKENEN = "betrokkenen", "Betrokkenen"
    BIJLAGE = "bijlage", "Bijlage toegevoegd"
    DOWNLOAD = "download", "Bijlage gedownload"
    NOTITIE = "notitie", "Notitie"
    AANVULLING = "aanvulling", "Aanvulling van de ontdekker"
    HERINNERING = "herinnering", "Herinnering verstuurd"
    GEARCHIVEERD = "gearchiveerd", "Gearchiveerd"


class GebeurtenisQuerySet(models.QuerySet):
    def visible_to(self, user):
        """A technicus reads the technical lines, the notes on the case and what they did
        themselves; not the decision, the notification or who reported it."""
        if sees_whole_case(user):
            return self
        return self.filter(
            Q(soort__in=[GebeurtenisSoort.TECHNIEK, GebeurtenisSoort.NOTITIE]) | Q(wie=user)
        )


class Gebeurtenis(models.Model):
    """One line of a case's timeline: who did what, when. Written only through
    `services.log_gebeurtenis`."""

    Soort = GebeurtenisSoort

    datalek = models.ForeignKey(
        Datalek, verbose_name="datalek", on_delete=models.PROTECT, related_name="gebeurtenissen"
    )
    wanneer = models.DateTimeField("wanneer", default=timezone.now)
    wie = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="wie",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Leeg bij een automatische actie.",
    )
    soort = models.CharField("soort", max_length=20, choices=GebeurtenisSoort)
    omschrijving = models.CharField("wat", max_length=300)
    notitie = models.TextField("notitie", blank=True)

    objects = GebeurtenisQuerySet.as_manager()

    class Meta:
        ordering = ["-wanneer", "-id"]
        verbose_name = "gebeurtenis"
        verbose_name_plural = "gebeurtenissen"
        constraints = [
            models.CheckConstraint(
                condition=Q(soort__in=GebeurtenisSoort.values), name="gebeurtenis_soort_valid"
            ),
        ]
        indexes = [
            # The timeline on the case page, newest first.
            models.Index(fields=["datalek", "-wanneer"], name="gebeurtenis_tijdlijn_idx"),
        ]

    def __str__(self):
        return f"{self.datalek.dossiernummer} {self.wanneer:%d-%m-%Y %H:%M} {self.omschrijving}"

    def delete(self, *args, **kwargs):
        raise models.ProtectedError("De tijdlijn van een dossier wordt nooit ingekort.", [self])


def bijlage_pad(instance: "Bijlage", filename: str) -> str:
    # The stored name is generated: nothing of the uploaded name reaches the file system.
    extensie = PurePath(filename).suffix.lower()[:6]
    return f"datalekken/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{extensie}"


class BijlageSoort(models.TextChoices):
    AFSCHRIFT_MELDING = "afschrift", "Afschrift van de melding bij de AP"
    ONTVANGSTBEVESTIGING = "ontvangst", "Ontvangstbevestiging van de AP"
    BERICHT_BETROKKENEN = "bericht", "Bericht aan betrokkenen"
    BEWIJS = "bewijs", "Bewijs of technische gegevens"
    OVERIG = "overig", "Overig"


class BijlageQuerySet(models.QuerySet):
    def visible_to(self, user):
        """A technicus gets the technical attachments and their own uploads, not the copy of
        the AP notification or the letter to the data subjects."""
        if sees_whole_case(user):
            return self
        return self.filter(Q(soort=BijlageSoort.BEWIJS) | Q(toegevoegd_door=user))


class Bijlage(models.Model):
    Soort = BijlageSoort

    datalek = models.ForeignKey(
        Datalek, verbose_name="datalek", on_delete=models.PROTECT, related_name="bijlagen"
    )
    soort = models.CharField(
        "soort", max_length=12, choices=BijlageSoort, default=BijlageSoort.OVERIG
    )
    bestand = models.FileField("bestand", upload_to=bijlage_pad, max_length=200)
    bestandsnaam = models.CharField("oorspronkelijke bestandsnaam", max_length=200)
    content_type = models.CharField("bestandstype", max_length=100)
    grootte = models.PositiveBigIntegerField("grootte in bytes")
    omschrijving = models.CharField("omschrijving", max_length=200, blank=True)
    toegevoegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="toegevoegd door",
        on_delete=models.PROTECT,
        related_name="+",
    )
    toegevoegd_op = models.DateTimeField("toegevoegd op", default=timezone.now)

    objects = BijlageQuerySet.as_manager()

    class Meta:
        ordering = ["datalek", "toegevoegd_op"]
        verbose_name = "bijlage"
        verbose_name_plural = "bijlagen"
        constraints = [
            models.CheckConstraint(
                condition=Q(soort__in=BijlageSoort.values), name="bijlage_soort_valid"
            ),
        ]

    def __str__(self):
        return self.bestandsnaam

    def delete(self, *args, **kwargs):
        raise models.ProtectedError("Bijlagen van een datalekdossier blijven bewaard.", [self])


class VervolgmeldingSoort(models.TextChoices):
    AANVULLEN = "aanvullen", "Aanvulling"
    INTREKKEN = "intrekken", "Intrekking"


class Vervolgmelding(models.Model):
    """A later notification to the AP about the same breach (art. 33(4) AVG)."""

    Soort = VervolgmeldingSoort

    datalek = models.ForeignKey(
        Datalek, verbose_name="datalek", on_delete=models.PROTECT, related_name="vervolgmeldingen"
    )
    soort = models.CharField("soort", max_length=10, choices=VervolgmeldingSoort)
    gedaan_op = models.DateTimeField("gedaan op")
    kenmerk = models.CharField("kenmerk bij de AP", max_length=50, blank=True)
    toelichting = models.TextField("wat is aangevuld of waarom ingetrokken")
    vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="vastgelegd door",
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        ordering = ["datalek", "gedaan_op"]
        verbose_name = "vervolgmelding"
        verbose_name_plural = "vervolgmeldingen"
        constraints = [
            models.CheckConstraint(
                condition=Q(soort__in=VervolgmeldingSoort.values), name="vervolgmelding_soort_valid"
            ),
        ]

    def __str__(self):
        return f"{self.get_soort_display()} {self.gedaan_op:%d-%m-%Y}"
