"""Benchmark data for the handbook: one published version with `size.secties` sections over
about 25 chapters, situaties, and a read confirmation from every staff user."""

from django.urls import reverse
from django.utils import timezone

from privacyportal.benchmark import Page
from protocol.models import Hoofdstuk, Leesbevestiging, ProtocolVersie, Sectie, Situatie

HOOFDSTUKKEN = 25
TEKST = (
    "Vraag de klant nooit om een **wachtwoord** of pincode. Help tot aan het inloggen en kijk "
    "daarna alleen mee. Laat geen persoonsgegevens achter op de openbare pc: sluit de browser, "
    "verwijder downloads en controleer de printer. Verwijs bij twijfel naar het spreekuur."
)


def build(size, users) -> None:
    versie = ProtocolVersie.objects.create(
        versienummer=1, vastgesteld_door="MT", aangemaakt_door=users["redacteur"]
    )
    hoofdstukken = Hoofdstuk.objects.bulk_create(
        Hoofdstuk(versie=versie, volgorde=i, titel=f"Hoofdstuk {i + 1}")
        for i in range(HOOFDSTUKKEN)
    )
    Sectie.objects.bulk_create(
        Sectie(
            versie=versie,
            hoofdstuk=hoofdstukken[i % HOOFDSTUKKEN],
            volgorde=i,
            titel=f"Sectie {i + 1}: inloggen en wachtwoorden",
            tekst=TEKST,
            hoofdpunt=i % 10 == 0,
            hoofdpunt_tekst="Nooit een wachtwoord vragen." if i % 10 == 0 else "",
        )
        for i in range(size.secties)
    )
    Situatie.objects.bulk_create(
        Situatie(
            versie=versie,
            volgorde=i,
            titel=f"Situatie {i + 1}: een klant vraagt hulp bij internetbankieren",
            context=Situatie.Context.BALIE if i % 2 else Situatie.Context.DIGITAAL_SPREEKUUR,
            weet=TEKST,
            verhaal="Ik help u tot aan het inloggen; daarna kijk ik mee.",
            doen="Wijs de klant op het privacyscherm.",
            laten="Het **wachtwoord** niet zelf intypen.",
        )
        for i in range(size.secties // 2)
    )
    ProtocolVersie.objects.filter(pk=versie.pk).update(
        status=ProtocolVersie.Status.GEPUBLICEERD,
        gepubliceerd_op=timezone.now(),
        gepubliceerd_door=users["redacteur"],
        ingangsdatum=timezone.localdate(),
    )
    Leesbevestiging.objects.bulk_create(
        Leesbevestiging(gebruiker=user, versie=versie) for user in users["staff"]
    )


def _middle(qs):
    pks = list(qs.values_list("pk", flat=True))
    return pks[len(pks) // 2]


def pages(users) -> list[Page]:
    def versie():
        return ProtocolVersie.objects.huidige()

    def situatie_url():
        v = versie()
        pk = _middle(Situatie.objects.filter(versie=v))
        return reverse("protocol:situatie", args=[v.versienummer, pk])

    def hoofdstuk_url():
        v = versie()
        pk = _middle(Hoofdstuk.objects.filter(versie=v))
        return reverse("protocol:hoofdstuk", args=[v.versienummer, pk])

    return [
        Page("handboek", "medewerker", lambda: reverse("protocol:index")),
        Page("handboek zoeken", "medewerker", lambda: reverse("protocol:zoeken") + "?q=wachtwoord"),
        Page("situatie", "medewerker", situatie_url),
        Page("hoofdstuk", "medewerker", hoofdstuk_url),
    ]
