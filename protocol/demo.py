"""Demo content: the handbook of the fictional Bibliotheek Rivierenland-Noord.

Version 1 is published (adopted by the MT) and confirmed by a few demo users — not by the
medewerker, so their home page shows the reminder. Version 2 is a concept with open
placeholders, built from ``demo_content.CONCEPT``. Runs once: does nothing when the handbook
already has versions.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from protocol import demo_content as content
from protocol.models import (
    Cursus,
    Doorverwijsadres,
    Hoofdstuk,
    Leesbevestiging,
    Locatie,
    ProtocolVersie,
    Sectie,
    Situatie,
    Sneltoets,
    Spreekuur,
    Uitspraak,
)
from protocol.services import start_concept


@transaction.atomic
def load(users) -> None:
    if ProtocolVersie.objects.exists():
        return
    _load_lists()
    redacteur = users.get("redacteur")
    versie1 = _load_version_1(redacteur)
    for rol in ("redacteur", "fg", "management"):
        if rol in users:
            Leesbevestiging.objects.create(gebruiker=users[rol], versie=versie1)
    _load_concept(redacteur)


def _load_lists() -> None:
    locaties = {}
    for volgorde, data in enumerate(content.LOCATIES):
        locaties[data["naam"]] = Locatie.objects.create(volgorde=volgorde, **data)
    for data in content.DOORVERWIJSADRESSEN:
        Doorverwijsadres.objects.create(**data)
    for data in content.SPREEKUREN:
        data = dict(data)
        waar = data.pop("waar")
        locatie = locaties.get(waar)
        Spreekuur.objects.create(locatie=locatie, waar="" if locatie else waar, **data)
    for data in content.CURSUSSEN:
        Cursus.objects.create(**data)


def _fill(versie, hoofdstukken) -> None:
    for h_volgorde, data in enumerate(hoofdstukken):
        hoofdstuk = Hoofdstuk.objects.create(
            versie=versie, titel=data["titel"], volgorde=h_volgorde
        )
        for s_volgorde, sectie in enumerate(data["secties"]):
            Sectie.objects.create(versie=versie, hoofdstuk=hoofdstuk, volgorde=s_volgorde, **sectie)
    for volgorde, data in enumerate(content.SITUATIES):
        Situatie.objects.create(versie=versie, volgorde=volgorde, **data)
    for volgorde, data in enumerate(content.UITSPRAKEN):
        Uitspraak.objects.create(versie=versie, volgorde=volgorde, **data)
    for volgorde, data in enumerate(content.SNELTOETSEN):
        Sneltoets.objects.create(versie=versie, volgorde=volgorde, **data)


def _load_version_1(redacteur) -> ProtocolVersie:
    vandaag = timezone.localdate()
    versie = ProtocolVersie.objects.create(
        versienummer=1,
        titel=content.PROTOCOL["titel"],
        werkwijze=content.PROTOCOL["werkwijze"],
        werkwijze_toelichting=content.PROTOCOL["werkwijze_toelichting"],
        samenvatting_wijzigingen=(
            "Eerste versie van het privacyprotocol klantcontact in het portaal. Het vervangt "
            "het protocol in Word en de losse afspraken per vestiging."
        ),
        vastgesteld_door="MT",
        vastgesteld_op=vandaag - datetime.timedelta(days=120),
        ingangsdatum=vandaag - datetime.timedelta(days=110),
        aangemaakt_door=redacteur,
    )
    _fill(versie, content.HOOFDSTUKKEN)
    versie.status = ProtocolVersie.Status.GEPUBLICEERD
    versie.gepubliceerd_op = timezone.now() - datetime.timedelta(days=112)
    versie.gepubliceerd_door = redacteur
    versie.save()
    return versie


def _load_concept(redacteur) -> ProtocolVersie:
    concept = start_concept(door=redacteur)
    concept.samenvatting_wijzigingen = content.CONCEPT["samenvatting"]
    concept.save()
    secties = {
        (sectie.hoofdstuk.titel, sectie.titel): sectie
        for sectie in Sectie.objects.filter(versie=concept).select_related("hoofdstuk")
    }
    for wijziging in content.CONCEPT["wijzigingen"]:
        sectie = secties[(wijziging["hoofdstuk"], wijziging["sectie"])]
        sectie.tekst = wijziging["tekst"]
        sectie.save()
    hoofdstukken = {h.titel: h for h in Hoofdstuk.objects.filter(versie=concept)}
    for nieuw in content.CONCEPT["nieuwe_secties"]:
        nieuw = dict(nieuw)
        hoofdstuk = hoofdstukken[nieuw.pop("hoofdstuk")]
        volgorde = Sectie.objects.filter(hoofdstuk=hoofdstuk).count()
        Sectie.objects.create(versie=concept, hoofdstuk=hoofdstuk, volgorde=volgorde, **nieuw)
    return concept
