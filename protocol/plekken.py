"""Open placeholders ("open plekken") in a concept version.

The generic protocol marks what a library must still fill in with bracketed notes such as
`[nader in te vullen]`, `[nader in te vullen: datum]` or `[Aanpassen aan de lokale situatie]`.
A concept is not published while any remain, unless the redacteur explicitly confirms it.
"""

import re
from dataclasses import dataclass

from django.urls import reverse

from protocol.models import Hoofdstuk, ProtocolVersie, Sectie, Situatie, Sneltoets, Uitspraak

PLACEHOLDER = re.compile(
    r"\[\s*(?:nader\s+(?:in\s+te\s+vullen|te\s+bepalen)|nog\s+in\s+te\s+vullen|in\s+te\s+vullen"
    r"|invullen|aanpassen\s+aan|aan\s+te\s+passen|aanvullen|PM\b|TODO\b)[^\]\n]*\]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class OpenPlek:
    waar: str  # "Sectie “Printen en scannen” (Techniek)"
    veld: str  # the field's verbose name
    tekst: str  # the placeholder itself
    voor: str  # the text just before it
    na: str  # and just after it
    bewerken_url: str


def find_placeholders(text: str) -> list[re.Match]:
    return list(PLACEHOLDER.finditer(text or ""))


# Markdown syntax that would show as raw characters in a plain snippet.
MARKDOWN_SYNTAX = [
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE), ""),  # headings
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.MULTILINE), ""),  # list items
    (re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE), ""),  # quotes
    (re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),  # links and images: their text
    (re.compile(r"\*\*|__|~~|[*`]"), ""),  # emphasis and code
]


def strip_markdown(text: str, *, line_start: bool = True) -> str:
    """The text as a reader sees it, on one line, without Markdown's marks. `line_start`:
    whether `text` begins at the start of a line (a piece cut from the middle of one does not,
    and its leading "- " is a dash, not a list item)."""
    if not line_start:
        text = "x" + text
    for pattern, replacement in MARKDOWN_SYNTAX:
        text = pattern.sub(replacement, text)
    text = re.sub(r"\s+", " ", text)
    return text if line_start else text[1:]


def _around(text: str, match: re.Match, width: int = 70) -> tuple[str, str]:
    """The plain text before and after the placeholder, at most `width` characters each.
    Markdown is stripped before cutting, so a cut never leaves half a mark behind."""
    voor = strip_markdown(text[: match.start()]).lstrip()
    na = strip_markdown(text[match.end() :], line_start=False).rstrip()
    if len(voor) > width:
        voor = "…" + voor[-width:]
    if len(na) > width:
        na = na[:width] + "…"
    return voor, na


def _scan(obj, fields, waar, url) -> list[OpenPlek]:
    found = []
    for name in fields:
        text = getattr(obj, name) or ""
        for match in find_placeholders(text):
            found.append(
                OpenPlek(
                    waar=waar,
                    veld=str(obj._meta.get_field(name).verbose_name),
                    tekst=match.group(0),
                    voor=_around(text, match)[0],
                    na=_around(text, match)[1],
                    bewerken_url=url,
                )
            )
    return found


def open_placeholders(versie: ProtocolVersie) -> list[OpenPlek]:
    """Every open placeholder in the version, in reading order (a constant number of queries)."""
    found = _scan(
        versie,
        ["titel", "werkwijze_toelichting", "samenvatting_wijzigingen"],
        "Gegevens van de versie",
        reverse("protocol:concept_gegevens"),
    )
    for hoofdstuk in Hoofdstuk.objects.filter(versie=versie):
        found += _scan(
            hoofdstuk, ["titel"], f"Hoofdstuk “{hoofdstuk.titel}”", _edit("hoofdstukken", hoofdstuk)
        )
    for sectie in Sectie.objects.filter(versie=versie).select_related("hoofdstuk"):
        found += _scan(
            sectie,
            ["titel", "tekst", "hoofdpunt_tekst"],
            f"Sectie “{sectie.titel}” ({sectie.hoofdstuk.titel})",
            _edit("secties", sectie),
        )
    for situatie in Situatie.objects.filter(versie=versie):
        found += _scan(
            situatie,
            ["titel", *Situatie.DELEN],
            f"Situatie “{situatie.titel}”",
            _edit("situaties", situatie),
        )
    for uitspraak in Uitspraak.objects.filter(versie=versie):
        found += _scan(
            uitspraak,
            ["tekst", "toelichting"],
            f"Uitspraak “{uitspraak.tekst[:60]}”",
            _edit("uitspraken", uitspraak),
        )
    for sneltoets in Sneltoets.objects.filter(versie=versie):
        found += _scan(
            sneltoets,
            ["toetsen", "actie", "systeem"],
            f"Sneltoets {sneltoets.toetsen}",
            _edit("sneltoetsen", sneltoets),
        )
    return found


def _edit(soort: str, obj) -> str:
    return reverse("protocol:inhoud_bewerken", kwargs={"soort": soort, "pk": obj.pk})
