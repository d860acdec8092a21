"""Full-text search over one protocol version (PostgreSQL, `dutch` configuration).

Sections and situaties carry a stored, generated `zoekvector` (titel weighted A, the text B)
with a GIN index; the query filters on that column, so PostgreSQL can use the index. Results
of both kinds are merged by rank. The matching passage comes from `ts_headline`, with control
characters as highlight markers: the passage is escaped as a whole and only then are the
markers turned into <mark>, so nothing from the content can reach the page as HTML.
"""

from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db.models import F, TextField, Value
from django.db.models.functions import Concat
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from protocol.models import ProtocolVersie, Sectie, Situatie

START, STOP = "\x02", "\x03"
_HEADLINE_OPTIONS = {
    "start_sel": START,
    "stop_sel": STOP,
    "max_words": 35,
    "min_words": 15,
    "max_fragments": 2,
    "fragment_delimiter": " … ",
}
MAX_RESULTS = 50


@dataclass(frozen=True)
class Resultaat:
    soort: str
    titel: str
    context: str
    passage: SafeString
    rank: float
    url: str


def highlight(headline: str) -> SafeString:
    """Escape everything, then turn the markers into <mark>; strip Markdown emphasis."""
    text = escape((headline or "").replace("**", ""))
    return mark_safe(text.replace(START, "<mark>").replace(STOP, "</mark>"))


def search(versie: ProtocolVersie, terms: str) -> list[Resultaat]:
    terms = (terms or "").strip()
    if not terms:
        return []
    query = SearchQuery(terms, config="dutch", search_type="websearch")
    secties = (
        Sectie.objects.filter(versie=versie, zoekvector=query)
        .select_related("hoofdstuk")
        .annotate(
            rank=SearchRank(F("zoekvector"), query),
            passage=SearchHeadline("tekst", query, config="dutch", **_HEADLINE_OPTIONS),
        )
        .order_by("-rank", "pk")[:MAX_RESULTS]
    )
    situaties = (
        Situatie.objects.filter(versie=versie, zoekvector=query)
        .annotate(
            rank=SearchRank(F("zoekvector"), query),
            passage=SearchHeadline(
                Concat(
                    "weet",
                    Value("\n"),
                    "verhaal",
                    Value("\n"),
                    "doen",
                    Value("\n"),
                    "laten",
                    output_field=TextField(),
                ),
                query,
                config="dutch",
                **_HEADLINE_OPTIONS,
            ),
        )
        .order_by("-rank", "pk")[:MAX_RESULTS]
    )
    results = [
        Resultaat(
            soort="Sectie",
            titel=sectie.titel,
            context=sectie.hoofdstuk.titel,
            passage=highlight(sectie.passage),
            rank=sectie.rank,
            url=reverse(
                "protocol:hoofdstuk",
                kwargs={"nummer": versie.versienummer, "pk": sectie.hoofdstuk_id},
            )
            + f"#sectie-{sectie.pk}",
        )
        for sectie in secties
    ] + [
        Resultaat(
            soort="Situatie",
            titel=situatie.titel,
            context=situatie.get_context_display(),
            passage=highlight(situatie.passage),
            rank=situatie.rank,
            url=reverse(
                "protocol:situatie", kwargs={"nummer": versie.versienummer, "pk": situatie.pk}
            ),
        )
        for situatie in situaties
    ]
    return sorted(results, key=lambda r: -r.rank)[:MAX_RESULTS]
