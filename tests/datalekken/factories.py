from datetime import timedelta

import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from datalekken.models import Bijlage, Datalek, Fase, RolOrganisatie, SoortIncident
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


def bijlage_for(
    datalek, door, naam="afschrift.pdf", inhoud=PDF, soort=Bijlage.Soort.AFSCHRIFT_MELDING
) -> Bijlage:
    bijlage = Bijlage(
        datalek=datalek,
        soort=soort,
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


def document_facts(datalek) -> Datalek:
    """The facts art. 33(5) AVG asks to document before a case is archived."""
    datalek.soort = SoortIncident.VERKEERDE_ONTVANGER
    datalek.aard_vertrouwelijkheid = True
    datalek.rol_organisatie = RolOrganisatie.VERWERKINGSVERANTWOORDELIJKE
    datalek.oorzaak = "Verkeerd adres gekozen bij het versturen."
    datalek.maatregelen_direct = "Ontvanger gevraagd de mail te wissen."
    datalek.save()
    return datalek


def ready_to_archive(datalek, melder) -> Datalek:
    """Qualified as a datalek without notification, inventory and repair done, with the
    facts documented."""
    from datalekken import services

    document_facts(datalek)
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
