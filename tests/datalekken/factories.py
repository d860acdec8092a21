from datetime import timedelta

import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from datalekken.models import Bijlage, Datalek, Fase
from tests.factories import UserFactory

PDF = b"%PDF-1.4\n% testbestand\n%%EOF\n"


class DatalekFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Datalek

    titel = factory.Sequence(lambda n: f"Mail met deelnemerslijst naar verkeerde adres ({n})")
    samenvatting = "De deelnemerslijst van de leesclub is naar een verkeerd adres gemaild."
    ontdekt_op = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=2))
    geregistreerd_op = factory.LazyFunction(timezone.now)
    ontdekker = factory.SubFactory(UserFactory, rollen=["medewerker"])
    ingevoerd_door = factory.LazyAttribute(lambda o: o.ontdekker or UserFactory(rollen=["melder"]))


def bijlage_for(datalek, door, naam="afschrift.pdf", inhoud=PDF) -> Bijlage:
    bijlage = Bijlage(
        datalek=datalek,
        soort=Bijlage.Soort.AFSCHRIFT_MELDING,
        bestandsnaam=naam,
        content_type="application/pdf",
        grootte=len(inhoud),
        toegevoegd_door=door,
    )
    bijlage.bestand.save(naam, ContentFile(inhoud), save=False)
    bijlage.save()
    return bijlage


def set_fase(datalek, soort, status):
    Fase.objects.filter(datalek=datalek, soort=soort).update(status=status)


def ready_to_archive(datalek, melder) -> Datalek:
    """Qualified as a datalek without notification, inventory and repair done."""
    from datalekken import services

    services.record_besluit(
        datalek=datalek,
        door=melder,
        is_datalek=True,
        melden_ap=False,
        informeren=False,
        motivering="Vertrouwde ontvanger heeft de mail gewist.",
    )
    set_fase(datalek, Fase.Soort.INVENTARISEREN, Fase.Status.AFGEROND)
    set_fase(datalek, Fase.Soort.REPAREREN, Fase.Status.NVT)
    return datalek
