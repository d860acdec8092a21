import factory

from register.models import (
    GEB,
    Domein,
    Systeem,
    Verwerker,
    Verwerkersovereenkomst,
    Verwerkingsactiviteit,
)


class DomeinFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Domein
        django_get_or_create = ("naam",)

    naam = "HR"
    groep = Domein.Groep.INTERN
    nummer = 1


class VerwerkerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verwerker
        django_get_or_create = ("naam",)

    naam = factory.Sequence(lambda n: f"Verwerker {n}")


class OvereenkomstFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verwerkersovereenkomst

    verwerker = factory.SubFactory(VerwerkerFactory)
    status = Verwerkersovereenkomst.Status.GETEKEND


class SysteemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Systeem
        django_get_or_create = ("naam",)

    naam = factory.Sequence(lambda n: f"Systeem {n}")


class ActiviteitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verwerkingsactiviteit

    domein = factory.SubFactory(DomeinFactory)
    volgnummer = factory.Sequence(lambda n: n + 1)
    naam = factory.Sequence(lambda n: f"Verwerking {n}")
    bewaartermijn_getal = 2
    bewaartermijn_eenheid = "jaar"


class GEBFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GEB

    activiteit = factory.SubFactory(ActiviteitFactory)
    status = GEB.Status.NODIG
