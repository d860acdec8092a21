import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    email = factory.LazyAttribute(lambda u: f"{u.username}@bibliotheek.example.org")
    password = factory.django.Password("een-lang-testwachtwoord")

    @factory.post_generation
    def rollen(self, create, extracted, **kwargs):
        if create and extracted:
            # get_or_create: browser tests flush the tables the data migration filled.
            self.groups.add(*(Group.objects.get_or_create(name=name)[0] for name in extracted))
