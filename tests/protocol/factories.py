import factory
from django.utils import timezone

from protocol.models import (
    Cursus,
    Doorverwijsadres,
    Hoofdstuk,
    Locatie,
    ProtocolVersie,
    Sectie,
    Situatie,
    Sneltoets,
    Spreekuur,
    Uitspraak,
)


class VersieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProtocolVersie

    versienummer = factory.Sequence(lambda n: n + 1)
    werkwijze_toelichting = "Je helpt tot aan het inloggen."


class HoofdstukFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Hoofdstuk

    versie = factory.SubFactory(VersieFactory)
    titel = factory.Sequence(lambda n: f"Hoofdstuk {n}")
    volgorde = factory.Sequence(lambda n: n)


class SectieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sectie

    hoofdstuk = factory.SubFactory(HoofdstukFactory)
    versie = factory.SelfAttribute("hoofdstuk.versie")
    titel = factory.Sequence(lambda n: f"Sectie {n}")
    tekst = "Je vergrendelt je scherm als je wegloopt."
    volgorde = factory.Sequence(lambda n: n)


class SituatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Situatie

    versie = factory.SubFactory(VersieFactory)
    titel = factory.Sequence(lambda n: f"Een klant vraagt hulp ({n})")
    weet = "- Gegevens zijn van de klant."
    verhaal = "- Je legt uit waarom je niet meekijkt."
    doen = "- Wijs aan waar de klant inlogt."
    laten = "- Je logt niet in voor de klant."


class UitspraakFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Uitspraak

    versie = factory.SubFactory(VersieFactory)
    tekst = "Het inloggen doet u zelf."


class SneltoetsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sneltoets

    versie = factory.SubFactory(VersieFactory)
    toetsen = "Windows-toets + L"
    actie = "Computer vergrendelen"


class LocatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Locatie

    naam = factory.Sequence(lambda n: f"Vestiging {n}")
    bijzonderheden = "- De printer staat naast de balie."


class DoorverwijsadresFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Doorverwijsadres

    organisatie = factory.Sequence(lambda n: f"Organisatie {n}")


class SpreekuurFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Spreekuur

    naam = factory.Sequence(lambda n: f"Spreekuur {n}")
    wanneer = "dinsdag 10.00–12.00 uur"


class CursusFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cursus

    naam = factory.Sequence(lambda n: f"Cursus {n}")


def publish(versie, door=None):
    """Turn a concept filled by the factories into the published version (as the demo does)."""
    versie.status = ProtocolVersie.Status.GEPUBLICEERD
    versie.gepubliceerd_op = timezone.now()
    versie.gepubliceerd_door = door
    versie.save()
    return versie


def published_version(**kwargs):
    """A small published version: one chapter with two sections, a situatie, an uitspraak and a
    sneltoets."""
    versie = VersieFactory(**kwargs)
    hoofdstuk = HoofdstukFactory(versie=versie, titel="Gegevens aan de balie")
    SectieFactory(
        hoofdstuk=hoofdstuk,
        titel="Je scherm vergrendelen",
        tekst="Vergrendel de pc met Windows-toets + L als je wegloopt.",
        hoofdpunt=True,
        hoofdpunt_tekst="Vergrendel je scherm als je wegloopt.",
    )
    SectieFactory(
        hoofdstuk=hoofdstuk,
        titel="Wat is een datalek",
        tekst="Een datalek is een inbreuk op de beveiliging van persoonsgegevens.",
    )
    SituatieFactory(versie=versie)
    UitspraakFactory(versie=versie)
    SneltoetsFactory(versie=versie)
    return publish(versie)
