"""Workflows of the handbook: start a concept, publish it, confirm having read a version."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.utils import timezone

from privacyportal.roles import STAFF_ROLES
from protocol.models import (
    Hoofdstuk,
    Leesbevestiging,
    ProtocolVersie,
    Sectie,
    Situatie,
    Sneltoets,
    Uitspraak,
    VersieNietBewerkbaar,
)
from protocol.plekken import open_placeholders
from protocol.word_import import ImportResultaat

# Fields of each content model copied into a new concept (sleutel included: it is what
# lets the diff recognise the same section in two versions).
_COPY_FIELDS = {
    Situatie: ["sleutel", "volgorde", "titel", "context", "weet", "verhaal", "doen", "laten"],
    Uitspraak: ["sleutel", "volgorde", "tekst", "toelichting", "uitzondering"],
    Sneltoets: ["sleutel", "volgorde", "toetsen", "actie", "systeem"],
}
_SECTIE_FIELDS = ["sleutel", "volgorde", "titel", "tekst", "hoofdpunt", "hoofdpunt_tekst"]


class PublicatieGeweigerd(ValidationError):
    pass


@transaction.atomic
def start_concept(*, door) -> ProtocolVersie:
    """A new concept: a deep copy of the published version (or an empty one if none exists)."""
    if ProtocolVersie.objects.concept().exists():
        raise ValidationError("Er is al een conceptversie. Werk daarin verder of verwijder hem.")
    bron = ProtocolVersie.objects.huidige()
    nummer = (ProtocolVersie.objects.aggregate(hoogste=Max("versienummer"))["hoogste"] or 0) + 1
    concept = ProtocolVersie(versienummer=nummer, aangemaakt_door=door)
    if bron is not None:
        concept.titel = bron.titel
        concept.werkwijze = bron.werkwijze
        concept.werkwijze_toelichting = bron.werkwijze_toelichting
    try:
        with transaction.atomic():
            concept.save()
    except IntegrityError as error:  # another redacteur was just as quick
        raise ValidationError("Er is al een conceptversie.") from error
    if bron is not None:
        copy_content(bron=bron, doel=concept)
    return concept


def copy_content(*, bron: ProtocolVersie, doel: ProtocolVersie) -> None:
    """Copy every chapter, section, situatie, uitspraak and sneltoets of `bron` into `doel`."""
    oude_hoofdstukken = list(Hoofdstuk.objects.filter(versie=bron))
    nieuwe_hoofdstukken = Hoofdstuk.objects.bulk_create(
        Hoofdstuk(versie=doel, sleutel=h.sleutel, volgorde=h.volgorde, titel=h.titel)
        for h in oude_hoofdstukken
    )
    hoofdstuk_map = {
        oud.pk: nieuw.pk for oud, nieuw in zip(oude_hoofdstukken, nieuwe_hoofdstukken, strict=True)
    }
    Sectie.objects.bulk_create(
        Sectie(
            versie=doel,
            hoofdstuk_id=hoofdstuk_map[sectie.hoofdstuk_id],
            **{name: getattr(sectie, name) for name in _SECTIE_FIELDS},
        )
        for sectie in Sectie.objects.filter(versie=bron)
    )
    for model, fields in _COPY_FIELDS.items():
        model.objects.bulk_create(
            model(versie=doel, **{name: getattr(obj, name) for name in fields})
            for obj in model.objects.filter(versie=bron)
        )


@transaction.atomic
def import_concept(
    *, resultaat: ImportResultaat, door=None, bestandsnaam: str = ""
) -> ProtocolVersie:
    """A new concept version holding the content read from a Word document.

    Refused while a concept exists: the redacteur publishes or discards it first, so an import
    never overwrites work in progress. Items whose title matches one in the published version
    keep its `sleutel`, so "Wijzigingen bekijken" shows what the document changed.
    """
    if ProtocolVersie.objects.concept().exists():
        raise ValidationError(
            "Er is al een conceptversie. Publiceer of verwijder die eerst; daarna kun je het "
            "Word-document importeren."
        )
    bron = ProtocolVersie.objects.huidige()
    nummer = (ProtocolVersie.objects.aggregate(hoogste=Max("versienummer"))["hoogste"] or 0) + 1
    concept = ProtocolVersie(
        versienummer=nummer,
        aangemaakt_door=door,
        samenvatting_wijzigingen=(
            f"Geïmporteerd uit het Word-document “{bestandsnaam}”." if bestandsnaam else ""
        ),
    )
    if resultaat.titel:
        concept.titel = resultaat.titel[:200]
    elif bron is not None:
        concept.titel = bron.titel
    if bron is not None:
        concept.werkwijze = bron.werkwijze
        concept.werkwijze_toelichting = bron.werkwijze_toelichting
    try:
        with transaction.atomic():
            concept.save()
    except IntegrityError as error:  # another redacteur was just as quick
        raise ValidationError("Er is al een conceptversie.") from error

    sleutels = _Sleutels(bron)
    hoofdstukken = Hoofdstuk.objects.bulk_create(
        Hoofdstuk(
            versie=concept,
            volgorde=positie,
            titel=hoofdstuk.titel,
            **sleutels.take(Hoofdstuk, hoofdstuk.titel),
        )
        for positie, hoofdstuk in enumerate(resultaat.hoofdstukken, start=1)
    )
    Sectie.objects.bulk_create(
        Sectie(
            versie=concept,
            hoofdstuk=hoofdstuk,
            volgorde=positie,
            titel=sectie.titel,
            tekst=sectie.tekst,
            **sleutels.take(Sectie, sectie.titel),
        )
        for hoofdstuk, bron_hoofdstuk in zip(hoofdstukken, resultaat.hoofdstukken, strict=True)
        for positie, sectie in enumerate(bron_hoofdstuk.secties, start=1)
    )
    Situatie.objects.bulk_create(
        Situatie(
            versie=concept,
            volgorde=positie,
            titel=situatie.titel,
            context=situatie.context,
            weet=situatie.weet,
            verhaal=situatie.verhaal,
            doen=situatie.doen,
            laten=situatie.laten,
            **sleutels.take(Situatie, situatie.titel),
        )
        for positie, situatie in enumerate(resultaat.situaties, start=1)
    )
    Uitspraak.objects.bulk_create(
        Uitspraak(
            versie=concept,
            volgorde=positie,
            tekst=uitspraak.tekst,
            uitzondering=uitspraak.uitzondering,
            **sleutels.take(Uitspraak, uitspraak.tekst),
        )
        for positie, uitspraak in enumerate(resultaat.uitspraken, start=1)
    )
    Sneltoets.objects.bulk_create(
        Sneltoets(
            versie=concept,
            volgorde=positie,
            toetsen=sneltoets.toetsen,
            actie=sneltoets.actie,
            systeem=sneltoets.systeem,
            **sleutels.take(Sneltoets, sneltoets.toetsen),
        )
        for positie, sneltoets in enumerate(resultaat.sneltoetsen, start=1)
    )
    return concept


class _Sleutels:
    """The sleutels of the published version, by title, each handed out at most once."""

    _FIELD = {
        Hoofdstuk: "titel",
        Sectie: "titel",
        Situatie: "titel",
        Uitspraak: "tekst",
        Sneltoets: "toetsen",
    }

    def __init__(self, bron):
        self.free: dict[tuple, list] = {}
        if bron is None:
            return
        for model, name in self._FIELD.items():
            for value, sleutel in model.objects.filter(versie=bron).values_list(name, "sleutel"):
                self.free.setdefault((model, self._key(value)), []).append(sleutel)

    @staticmethod
    def _key(value: str) -> str:
        return " ".join(value.lower().split())

    def take(self, model, value: str) -> dict:
        found = self.free.get((model, self._key(value)))
        return {"sleutel": found.pop(0)} if found else {}


@transaction.atomic
def discard_concept(*, versie: ProtocolVersie) -> None:
    if not versie.is_concept:
        raise VersieNietBewerkbaar("Alleen een conceptversie kan worden verwijderd.")
    versie.delete()


@transaction.atomic
def publish_concept(
    *,
    versie: ProtocolVersie,
    door,
    bevestig_open_plekken: bool = False,
    reden: str = "",
) -> ProtocolVersie:
    """Publish the concept and retire the version it replaces.

    With open placeholders left, publishing needs `bevestig_open_plekken` and a `reden`; both
    are recorded on the version (and shown with it).
    """
    versie = ProtocolVersie.objects.select_for_update().get(pk=versie.pk)
    if not versie.is_concept:
        raise PublicatieGeweigerd("Alleen een conceptversie kan worden gepubliceerd.")
    open_plekken = len(open_placeholders(versie))
    reden = reden.strip()
    if open_plekken and not (bevestig_open_plekken and reden):
        raise PublicatieGeweigerd(
            {
                "bevestig_open_plekken": (
                    f"Er staan nog {open_plekken} open plekken in het concept. Vul ze in, of "
                    "bevestig dat je toch publiceert en geef de reden."
                )
            }
        )
    now = timezone.now()
    vorige = ProtocolVersie.objects.select_for_update().gepubliceerd().first()
    if vorige is not None:
        vorige.status = ProtocolVersie.Status.VERVALLEN
        vorige.vervallen_op = now
        vorige.save()
    versie.status = ProtocolVersie.Status.GEPUBLICEERD
    versie.gepubliceerd_op = now
    versie.gepubliceerd_door = door
    versie.ingangsdatum = versie.ingangsdatum or timezone.localdate()
    versie.open_plekken_bij_publicatie = open_plekken
    versie.reden_open_plekken = reden if open_plekken else ""
    versie.save()
    return versie


@transaction.atomic
def confirm_reading(*, gebruiker, versie: ProtocolVersie) -> Leesbevestiging:
    """Record that `gebruiker` has read `versie` (the published one). Idempotent."""
    if not versie.is_gepubliceerd:
        raise ValidationError("Je kunt alleen de huidige, gepubliceerde versie bevestigen.")
    bevestiging, _created = Leesbevestiging.objects.get_or_create(
        gebruiker=gebruiker, versie=versie
    )
    return bevestiging


@transaction.atomic
def move_item(*, item, richting: str) -> None:
    """Swap `item` with its neighbour ("op" or "neer") among its siblings in the concept."""
    siblings = type(item).objects.filter(versie_id=item.versie_id)
    if isinstance(item, Sectie):
        siblings = siblings.filter(hoofdstuk_id=item.hoofdstuk_id)
    elif isinstance(item, Uitspraak):
        siblings = siblings.filter(uitzondering=item.uitzondering)
    ordered = list(siblings.order_by("volgorde", "pk"))
    index = next(i for i, obj in enumerate(ordered) if obj.pk == item.pk)
    target = index - 1 if richting == "op" else index + 1
    if not 0 <= target < len(ordered):
        return
    ordered[index], ordered[target] = ordered[target], ordered[index]
    for position, obj in enumerate(ordered):
        obj.volgorde = position
    type(item).objects.bulk_update(ordered, ["volgorde"])


def next_position(queryset) -> int:
    return (queryset.aggregate(hoogste=Max("volgorde"))["hoogste"] or 0) + 1


def active_staff():
    """Everyone who should read the protocol: active users holding any staff role."""
    return (
        get_user_model()
        .objects.filter(Q(is_superuser=True) | Q(groups__name__in=STAFF_ROLES), is_active=True)
        .distinct()
    )
