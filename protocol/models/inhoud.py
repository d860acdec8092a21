"""The content of a protocol version: chapters, sections, situaties, uitspraken, sneltoetsen.

Every row carries a `sleutel` (a UUID) that is copied unchanged when a concept is started from
the published version, so the diff can match "the same section" across versions even when its
title changed. Rows of a published or retired version cannot be saved or deleted: `save()`,
`delete()` and the bulk QuerySet methods all refuse (`VersieNietBewerkbaar`).
"""

import uuid

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Q

from protocol.models.versies import ProtocolVersie, VersieNietBewerkbaar


def _assert_concepts(versie_ids) -> None:
    versie_ids = {pk for pk in versie_ids if pk is not None}
    if (
        versie_ids
        and ProtocolVersie.objects.filter(pk__in=versie_ids)
        .exclude(status=ProtocolVersie.Status.CONCEPT)
        .exists()
    ):
        raise VersieNietBewerkbaar()


class VersieInhoudQuerySet(models.QuerySet):
    def van_versie(self, versie):
        return self.filter(versie=versie)

    def update(self, **kwargs):
        _assert_concepts(self.values_list("versie_id", flat=True).distinct())
        return super().update(**kwargs)

    def delete(self):
        _assert_concepts(self.values_list("versie_id", flat=True).distinct())
        return super().delete()

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        _assert_concepts(obj.versie_id for obj in objs)
        return super().bulk_create(objs, *args, **kwargs)

    def bulk_update(self, objs, fields, *args, **kwargs):
        objs = list(objs)
        stored = self.model.objects.filter(pk__in=[o.pk for o in objs]).values_list(
            "versie_id", flat=True
        )
        _assert_concepts([*stored, *(o.versie_id for o in objs)])
        return super().bulk_update(objs, fields, *args, **kwargs)


class VersieInhoud(models.Model):
    """Shared by everything that belongs to one protocol version."""

    versie = models.ForeignKey(
        ProtocolVersie, verbose_name="versie", on_delete=models.CASCADE, related_name="+"
    )
    sleutel = models.UUIDField("sleutel", default=uuid.uuid4, editable=False)
    volgorde = models.PositiveIntegerField("volgorde", default=0)

    objects = VersieInhoudQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self._assert_mutable()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self._assert_mutable()
        return super().delete(*args, **kwargs)

    def _assert_mutable(self):
        # Checked against the database, not a cached `self.versie`: that may be stale.
        ids = [self.versie_id]
        if self.pk and not self._state.adding:
            ids += type(self).objects.filter(pk=self.pk).values_list("versie_id", flat=True)
        _assert_concepts(ids)


class Hoofdstuk(VersieInhoud):
    versie = models.ForeignKey(
        ProtocolVersie,
        verbose_name="versie",
        on_delete=models.CASCADE,
        related_name="hoofdstukken",
    )
    titel = models.CharField("titel", max_length=200)

    class Meta:
        ordering = ["versie", "volgorde", "pk"]
        verbose_name = "hoofdstuk"
        verbose_name_plural = "hoofdstukken"
        constraints = [
            models.UniqueConstraint(
                fields=["versie", "sleutel"], name="protocol_hoofdstuk_sleutel_uniek"
            )
        ]

    def __str__(self):
        return self.titel


class Sectie(VersieInhoud):
    versie = models.ForeignKey(
        ProtocolVersie, verbose_name="versie", on_delete=models.CASCADE, related_name="secties"
    )
    hoofdstuk = models.ForeignKey(
        Hoofdstuk, verbose_name="hoofdstuk", on_delete=models.CASCADE, related_name="secties"
    )
    titel = models.CharField("titel", max_length=200)
    tekst = models.TextField("tekst", blank=True, help_text="Markdown.")
    hoofdpunt = models.BooleanField(
        "hoofdpunt",
        default=False,
        help_text="Komt in het verkort protocol (de hoofdpunten op één A4).",
    )
    hoofdpunt_tekst = models.CharField(
        "tekst in het verkort protocol",
        max_length=400,
        blank=True,
        help_text="Eén of twee korte zinnen.",
    )
    zoekvector = models.GeneratedField(
        expression=SearchVector("titel", weight="A", config="dutch")
        + SearchVector("tekst", weight="B", config="dutch"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        ordering = ["versie", "hoofdstuk__volgorde", "volgorde", "pk"]
        verbose_name = "sectie"
        verbose_name_plural = "secties"
        constraints = [
            models.UniqueConstraint(
                fields=["versie", "sleutel"], name="protocol_sectie_sleutel_uniek"
            ),
            models.CheckConstraint(
                condition=Q(hoofdpunt=False) | ~Q(hoofdpunt_tekst=""),
                name="protocol_sectie_hoofdpunt_heeft_tekst",
            ),
        ]
        indexes = [
            # Full-text search over the sections of the published version (zoeken).
            GinIndex(fields=["zoekvector"], name="protocol_sectie_zoek_gin"),
        ]

    def __str__(self):
        return self.titel

    def save(self, *args, **kwargs):
        # A section always belongs to the version of its chapter.
        if self.hoofdstuk_id:
            self.versie_id = (
                Hoofdstuk.objects.filter(pk=self.hoofdstuk_id)
                .values_list("versie_id", flat=True)
                .first()
            )
        super().save(*args, **kwargs)


class Situatie(VersieInhoud):
    class Context(models.TextChoices):
        BALIE = "balie", "Aan de balie"
        DIGITAAL_SPREEKUUR = "digitaal_spreekuur", "Tijdens het digitaal spreekuur"

    versie = models.ForeignKey(
        ProtocolVersie, verbose_name="versie", on_delete=models.CASCADE, related_name="situaties"
    )
    titel = models.CharField("situatie", max_length=400)
    context = models.CharField(
        "context", max_length=30, choices=Context.choices, default=Context.BALIE
    )
    weet = models.TextField("weet", blank=True, help_text="Wat je moet weten. Markdown.")
    verhaal = models.TextField(
        "verhaal", blank=True, help_text="Wat je de klant vertelt. Markdown."
    )
    doen = models.TextField("doen", blank=True, help_text="Wat je doet. Markdown.")
    laten = models.TextField("laten", blank=True, help_text="Wat je niet doet. Markdown.")
    zoekvector = models.GeneratedField(
        expression=SearchVector("titel", weight="A", config="dutch")
        + SearchVector("weet", "verhaal", "doen", "laten", weight="B", config="dutch"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    DELEN = ("weet", "verhaal", "doen", "laten")

    class Meta:
        ordering = ["versie", "volgorde", "pk"]
        verbose_name = "situatie"
        verbose_name_plural = "situaties"
        constraints = [
            models.UniqueConstraint(
                fields=["versie", "sleutel"], name="protocol_situatie_sleutel_uniek"
            ),
            models.CheckConstraint(
                condition=Q(context__in=["balie", "digitaal_spreekuur"]),
                name="protocol_situatie_context_geldig",
            ),
        ]
        indexes = [
            # Full-text search over the situaties of the published version (zoeken).
            GinIndex(fields=["zoekvector"], name="protocol_situatie_zoek_gin"),
        ]

    def __str__(self):
        return self.titel


class Uitspraak(VersieInhoud):
    versie = models.ForeignKey(
        ProtocolVersie, verbose_name="versie", on_delete=models.CASCADE, related_name="uitspraken"
    )
    tekst = models.TextField("uitspraak", help_text="De zin zoals je hem letterlijk zegt.")
    toelichting = models.TextField("wanneer gebruik je hem", blank=True)
    uitzondering = models.BooleanField(
        "alleen bij de uitzondering",
        default=False,
        help_text="Alleen bij producten en apparatuur van de bibliotheek en tijdens het "
        "digitaal spreekuur (werkwijze 3).",
    )

    class Meta:
        ordering = ["versie", "uitzondering", "volgorde", "pk"]
        verbose_name = "uitspraak"
        verbose_name_plural = "uitspraken"
        constraints = [
            models.UniqueConstraint(
                fields=["versie", "sleutel"], name="protocol_uitspraak_sleutel_uniek"
            ),
        ]

    def __str__(self):
        return self.tekst[:80]


class Sneltoets(VersieInhoud):
    versie = models.ForeignKey(
        ProtocolVersie, verbose_name="versie", on_delete=models.CASCADE, related_name="sneltoetsen"
    )
    toetsen = models.CharField("toetsen", max_length=100)
    actie = models.CharField("wat het doet", max_length=200)
    systeem = models.CharField("systeem", max_length=100, blank=True)

    class Meta:
        ordering = ["versie", "volgorde", "pk"]
        verbose_name = "sneltoets"
        verbose_name_plural = "sneltoetsen"
        constraints = [
            models.UniqueConstraint(
                fields=["versie", "sleutel"], name="protocol_sneltoets_sleutel_uniek"
            ),
        ]

    def __str__(self):
        return f"{self.toetsen}: {self.actie}"
