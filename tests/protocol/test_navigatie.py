import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("rol", "verwacht"),
    [
        ("medewerker", {"Protocol"}),
        ("fg", {"Protocol"}),
        ("redacteur", {"Protocol", "Redactie protocol", "Leesbevestigingen"}),
        ("management", {"Protocol", "Leesbevestigingen"}),
        ("technicus", set()),
        ("buitenstaander", set()),
    ],
)
def test_the_menu_shows_what_the_role_allows(rol, verwacht, cast, client_for):
    response = client_for(cast[rol]).get(reverse("home"))
    labels = {item.label for item in response.context["nav_items"]}
    protocol_labels = labels & {"Protocol", "Redactie protocol", "Leesbevestigingen"}
    assert protocol_labels == verwacht


def test_home_panels_keep_a_constant_number_of_queries(
    cast, client_for, django_assert_max_num_queries
):
    from tests.protocol import factories as f

    f.published_version()
    client = client_for(cast["redacteur"])
    with django_assert_max_num_queries(12):
        assert client.get(reverse("home")).status_code == 200
