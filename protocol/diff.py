"""What changed between two protocol versions, item by item.

Items are matched on their `sleutel`, which survives copying a version, so a section whose
title changed is shown as changed rather than as removed and added. Texts are compared word by
word (difflib); the result is built from escaped pieces, so content can never inject markup.
"""

import difflib
import re
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from protocol.models import Hoofdstuk, ProtocolVersie, Sectie, Situatie, Sneltoets, Uitspraak

TOEGEVOEGD, VERWIJDERD, GEWIJZIGD = "toegevoegd", "verwijderd", "gewijzigd"
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


def inline_diff(old: str, new: str) -> SafeString:
    """`old` → `new` as HTML with <del> and <ins> around the words that differ."""
    a, b = _TOKENS.findall(old or ""), _TOKENS.findall(new or "")
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(escape("".join(a[i1:i2])))
            continue
        if i2 > i1:
            parts.append(f"<del>{escape(''.join(a[i1:i2]))}</del>")
        if j2 > j1:
            parts.append(f"<ins>{escape(''.join(b[j1:j2]))}</ins>")
    return mark_safe("".join(parts))


@dataclass
class Veld:
    label: str
    html: SafeString


@dataclass
class Wijziging:
    soort: str  # "Sectie"
    status: str  # toegevoegd / verwijderd / gewijzigd
    titel: str
    context: str = ""  # e.g. the chapter of a section
    velden: list[Veld] = field(default_factory=list)


@dataclass
class Verschil:
    van: ProtocolVersie
    naar: ProtocolVersie
    wijzigingen: list[Wijziging]
    ongewijzigd: int

    def telling(self, status):
        return sum(1 for w in self.wijzigingen if w.status == status)

    @property
    def toegevoegd(self):
        return self.telling(TOEGEVOEGD)

    @property
    def verwijderd(self):
        return self.telling(VERWIJDERD)

    @property
    def gewijzigd(self):
        return self.telling(GEWIJZIGD)


def _value(obj, name) -> str:
    value = getattr(obj, f"get_{name}_display", None)
    value = value() if value else getattr(obj, name)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return "" if value is None else str(value)


def _compare(soort, oud_items, nieuw_items, fields, titel, context=lambda obj: ""):
    oud = {obj.sleutel: obj for obj in oud_items}
    nieuw = {obj.sleutel: obj for obj in nieuw_items}
    wijzigingen, ongewijzigd = [], 0
    for sleutel, obj in nieuw.items():
        model = type(obj)
        label = {name: str(model._meta.get_field(name).verbose_name) for name in fields}
        if sleutel not in oud:
            velden = [
                Veld(label[name], inline_diff("", _value(obj, name)))
                for name in fields
                if _value(obj, name) not in ("", "nee")
            ]
            wijzigingen.append(Wijziging(soort, TOEGEVOEGD, titel(obj), context(obj), velden))
            continue
        vorig = oud[sleutel]
        velden = [
            Veld(label[name], inline_diff(_value(vorig, name), _value(obj, name)))
            for name in fields
            if _value(vorig, name) != _value(obj, name)
        ]
        if context(vorig) != context(obj):
            velden.insert(0, Veld("hoofdstuk", inline_diff(context(vorig), context(obj))))
        if velden:
            wijzigingen.append(Wijziging(soort, GEWIJZIGD, titel(obj), context(obj), velden))
        else:
            ongewijzigd += 1
    for sleutel, obj in oud.items():
        if sleutel not in nieuw:
            velden = [
                Veld(
                    str(type(obj)._meta.get_field(name).verbose_name),
                    inline_diff(_value(obj, name), ""),
                )
                for name in fields
                if _value(obj, name) not in ("", "nee")
            ]
            wijzigingen.append(Wijziging(soort, VERWIJDERD, titel(obj), context(obj), velden))
    return wijzigingen, ongewijzigd


def compare_versions(van: ProtocolVersie, naar: ProtocolVersie) -> Verschil:
    """Every difference between two versions; a constant number of queries."""
    wijzigingen, ongewijzigd = [], 0

    velden = [
        Veld(
            str(ProtocolVersie._meta.get_field(name).verbose_name),
            inline_diff(_value(van, name), _value(naar, name)),
        )
        for name in ("titel", "werkwijze", "werkwijze_toelichting")
        if _value(van, name) != _value(naar, name)
    ]
    if velden:
        wijzigingen.append(Wijziging("Versie", GEWIJZIGD, "Titel en werkwijze", "", velden))

    def items(model, versie, **related):
        qs = model.objects.filter(versie=versie)
        return list(qs.select_related(*related.get("select", ())))

    comparisons = [
        ("Hoofdstuk", Hoofdstuk, ["titel"], lambda o: o.titel, lambda o: "", ()),
        (
            "Sectie",
            Sectie,
            ["titel", "tekst", "hoofdpunt", "hoofdpunt_tekst"],
            lambda o: o.titel,
            lambda o: o.hoofdstuk.titel,
            ("hoofdstuk",),
        ),
        (
            "Situatie",
            Situatie,
            ["titel", "context", *Situatie.DELEN],
            lambda o: o.titel,
            lambda o: "",
            (),
        ),
        (
            "Uitspraak",
            Uitspraak,
            ["tekst", "toelichting", "uitzondering"],
            lambda o: o.tekst,
            lambda o: "",
            (),
        ),
        (
            "Sneltoets",
            Sneltoets,
            ["toetsen", "actie", "systeem"],
            lambda o: o.toetsen,
            lambda o: "",
            (),
        ),
    ]
    for soort, model, fields, titel, context, select in comparisons:
        found, same = _compare(
            soort,
            items(model, van, select=select),
            items(model, naar, select=select),
            fields,
            titel,
            context,
        )
        wijzigingen += found
        ongewijzigd += same
    return Verschil(van=van, naar=naar, wijzigingen=wijzigingen, ongewijzigd=ongewijzigd)
