import pytest
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.urls import reverse

from protocol.models import Sectie
from protocol.search import search
from tests.protocol import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def huidige():
    return f.published_version()


def test_a_dutch_stem_finds_the_word_datalekken_finds_datalek(huidige):
    results = search(huidige, "datalekken")
    assert [r.titel for r in results][0] == "Wat is een datalek"


def test_situaties_are_searchable_too(huidige):
    f.SituatieFactory.reset_sequence()
    results = search(huidige, "gegevens")
    assert any(r.soort == "Situatie" for r in results)


def test_a_match_in_the_title_ranks_above_a_match_in_the_text(huidige):
    hoofdstuk = huidige.hoofdstukken.first()
    with connection.cursor() as cursor:
        # Published content cannot be added through the models; insert a row directly.
        cursor.execute(
            "INSERT INTO protocol_sectie (versie_id, hoofdstuk_id, sleutel, volgorde, titel, "
            "tekst, hoofdpunt, hoofdpunt_tekst) VALUES (%s, %s, gen_random_uuid(), 9, "
            "'Printen', 'Ook hier kan iets mis gaan, bijvoorbeeld met een datalek.', false, '')",
            [huidige.pk, hoofdstuk.pk],
        )
    titles = [r.titel for r in search(huidige, "datalek")]
    assert titles.index("Wat is een datalek") < titles.index("Printen")


def test_results_show_the_passage_with_highlighted_terms_and_escape_html(medewerker, client_for):
    versie = f.VersieFactory()
    f.SectieFactory(
        hoofdstuk=f.HoofdstukFactory(versie=versie),
        titel="Gevonden documenten",
        tekst='Een vergeten <script>alert(1)</script> <b>R&D</b> "paspoort" gaat in een envelop.',
    )
    f.publish(versie)
    response = client_for(medewerker).get(reverse("protocol:zoeken"), {"q": "paspoorten"})
    html = response.content.decode()
    passage = html.split('class="mb-0 zoek-passage">')[1].split("</p>")[0]
    assert "<mark>paspoort</mark>" in passage
    # PostgreSQL's headline drops tags; whatever is left is escaped, except the highlights.
    assert "<script>" not in html.split("<main")[1].split("</main>")[0]
    assert "<b>" not in passage
    assert "R&amp;D" in passage
    assert "&quot;<mark>paspoort</mark>&quot;" in passage


def test_search_only_covers_the_published_version(huidige, redacteur):
    from protocol import services

    concept = services.start_concept(door=redacteur)
    f.SectieFactory(hoofdstuk=concept.hoofdstukken.first(), titel="Zelfscanner", tekst="Scanner")
    assert search(huidige, "zelfscanner") == []


def test_odd_queries_do_not_break_the_page(huidige, medewerker, client_for):
    client = client_for(medewerker)
    for q in ['"', "-", "a & b | !c", "(((", "x" * 300, "\x00"]:
        assert client.get(reverse("protocol:zoeken"), {"q": q}).status_code == 200


def test_the_search_condition_can_use_the_gin_index(huidige):
    # The search filters on the stored `zoekvector` column, so the GIN index applies. (With a
    # handful of rows PostgreSQL prefers a sequential scan; switching that off shows the plan it
    # takes once the table is large.)
    query = Sectie.objects.filter(zoekvector=SearchQuery("datalekken", config="dutch")).order_by()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        sql, params = query.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "protocol_sectie_zoek_gin" in plan
