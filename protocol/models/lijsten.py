"""Live lists the redacteur keeps current between versions (see protocol/models/__init__.py)."""

from django.db import models
from simple_history.models import HistoricalRecords


class Locatie(models.Model):
    naam = models.CharField("naam", max_length=200, unique=True)
    adres = models.CharField("adres", max_length=300, blank=True)
    bijzonderheden = models.TextField(
        "lokale bijzonderheden",
        blank=True,
        help_text="Waar staat de printer, waar gaan gevonden documenten heen, wie is het "
        "aanspreekpunt. Markdown. Komt in het verkort protocol van deze locatie.",
    )
    volgorde = models.PositiveIntegerField("volgorde", default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["volgorde", "naam"]
        verbose_name = "locatie"
        verbose_name_plural = "locaties"

    def __str__(self):
        return self.naam


class Doorverwijsadres(models.Model):
    organisatie = models.CharField("organisatie", max_length=200)
    aanbod = models.TextField("wat ze bieden", blank=True)
    contact = models.TextField("contact", blank=True, help_text="Adres, telefoon, website.")
    vragen = models.TextField("voor welke vragen", blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["organisatie", "pk"]
        verbose_name = "doorverwijsadres"
        verbose_name_plural = "doorverwijsadressen"

    def __str__(self):
        return self.organisatie


class Spreekuur(models.Model):
    naam = models.CharField("naam", max_length=200)
    vragen = models.TextField("voor welke vragen", blank=True)
    locatie = models.ForeignKey(
        Locatie,
        verbose_name="locatie",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="spreekuren",
    )
    waar = models.CharField(
        "waar precies", max_length=200, blank=True, help_text="Bijvoorbeeld: spreekruimte 2."
    )
    wanneer = models.CharField("wanneer", max_length=200)

    history = HistoricalRecords()

    class Meta:
        ordering = ["naam", "pk"]
        verbose_name = "spreekuur"
        verbose_name_plural = "spreekuren"

    def __str__(self):
        return self.naam


class Cursus(models.Model):
    naam = models.CharField("naam", max_length=200)
    omschrijving = models.TextField("omschrijving", blank=True)
    wanneer = models.CharField("wanneer en waar", max_length=300, blank=True)
    aanmelden = models.CharField("aanmelden", max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["naam", "pk"]
        verbose_name = "cursus"
        verbose_name_plural = "cursussen"

    def __str__(self):
        return self.naam
