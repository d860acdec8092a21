"""Build the tree of chapters, sections, situaties, uitspraken and sneltoetsen from blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from protocol.word_import.reader import (
    PART_HEADING,
    _Alinea,
    _escape,
    _Kop,
    _Reader,
    _short,
    _single_line,
    _Tabel,
)
from protocol.word_import.result import (
    PARTS,
    ImportHoofdstuk,
    ImportResultaat,
    ImportSectie,
    ImportSituatie,
    ImportSneltoets,
    ImportUitspraak,
)

UITSPRAKEN_HEADING = re.compile(
    r"^\s*(wat\s+(vertel|zeg)\s+je|uitspraken|wat\s+kun\s+je\s+zeggen)\b", re.IGNORECASE
)
SNELTOETSEN_HEADING = re.compile(r"snelkoppeling|sneltoets|toetscombinatie", re.IGNORECASE)
WHOLE_QUOTE = re.compile(r"^\s*[“\"„](?P<zin>[^“”\"„]+)[”\"“]\s*[.!?]?\s*$")
SNELTOETS_LINE = re.compile(
    r"^\s*(?P<toetsen>[^=\t]{1,100}?)\s*(?:\t+=?\t*|\s+=\s+|=)\s*(?P<actie>\S.{0,199})$"
)

TITEL_MAX = 200
SITUATIE_TITEL_MAX = 400


@dataclass
class _Node:
    titel: str
    niveau: int
    blokken: list = field(default_factory=list)
    kinderen: list[_Node] = field(default_factory=list)


def _build_tree(blocks: list) -> tuple[list, list[_Node]]:
    """(blocks before the first heading, the top-level heading nodes)."""
    voor: list = []
    roots: list[_Node] = []
    stack: list[_Node] = []
    for block in blocks:
        if isinstance(block, _Kop):
            node = _Node(block.tekst, block.niveau)
            while stack and stack[-1].niveau >= block.niveau:
                stack.pop()
            (stack[-1].kinderen if stack else roots).append(node)
            stack.append(node)
        elif stack:
            stack[-1].blokken.append(block)
        else:
            voor.append(block)
    return voor, roots


def _is_situatie(node: _Node) -> bool:
    return any(PART_HEADING.match(child.titel) for child in node.kinderen)


class _Builder:
    def __init__(self, reader: _Reader):
        self.reader = reader
        self.result = ImportResultaat(titel=reader.titel)
        self.warnings: list[str] = []

    def build(self, voor: list, roots: list[_Node]) -> ImportResultaat:
        if voor:
            tekst = self.render(voor)
            if tekst:
                if roots and roots[0].titel.lower() == "inleiding" and not _is_situatie(roots[0]):
                    roots[0].blokken[:0] = voor
                else:
                    self.result.hoofdstukken.append(
                        ImportHoofdstuk("Inleiding", [ImportSectie("Inleiding", tekst)])
                    )
                self.warnings.append(
                    "Tekst vóór de eerste kop staat in het hoofdstuk “Inleiding”, sectie "
                    "“Inleiding”."
                )
        for root in roots:
            self.add_chapter(root)
        self.result.waarschuwingen = [*self.warnings, *self.reader.summarised_notes()]
        return self.result

    def add_chapter(self, node: _Node) -> None:
        if _is_situatie(node):
            self.add_situatie(node)
            return
        hoofdstuk = ImportHoofdstuk(self.title(node.titel, "hoofdstuk"))
        situaties_voor = len(self.result.situaties)
        if node.blokken:
            sectie = self.make_section(node.titel, node.blokken, [])
            if sectie.tekst:
                hoofdstuk.secties.append(sectie)
        for child in node.kinderen:
            if _is_situatie(child):
                self.add_situatie(child)
            else:
                hoofdstuk.secties.append(
                    self.make_section(child.titel, child.blokken, child.kinderen)
                )
        verplaatst = len(self.result.situaties) - situaties_voor
        if not hoofdstuk.secties and verplaatst:
            self.warnings.append(
                f"Het hoofdstuk “{_short(node.titel)}” bevat alleen situaties; die staan bij "
                "de situaties, het lege hoofdstuk wordt niet aangemaakt."
            )
            return
        self.result.hoofdstukken.append(hoofdstuk)

    def make_section(self, titel: str, blokken: list, kinderen: list[_Node]) -> ImportSectie:
        # Subheadings become Markdown headings inside the section's text; situaties found
        # deeper down are taken out and added to the situaties.
        items = list(blokken)
        for child in kinderen:
            items += self.flatten(child, depth=1)
        extra = []
        if UITSPRAKEN_HEADING.match(titel):
            items, aantal = self.take_uitspraken(items)
            if aantal:
                extra.append(
                    "Onder **Uitspraken** vind je zinnen die je letterlijk zo kunt gebruiken."
                )
        if SNELTOETSEN_HEADING.search(titel):
            items, aantal = self.take_sneltoetsen(items)
            if aantal:
                extra.append("Onder **Sneltoetsen** vind je de toetscombinaties.")
        tekst = "\n\n".join(t for t in [self.render(items), *extra] if t)
        return ImportSectie(self.title(titel, "sectie"), tekst)

    def flatten(self, node: _Node, depth: int) -> list:
        if _is_situatie(node):
            self.add_situatie(node)
            return []
        items: list = [_Kop(depth, node.titel), *node.blokken]
        for child in node.kinderen:
            items += self.flatten(child, depth + 1)
        return items

    def add_situatie(self, node: _Node) -> None:
        titel = _single_line(node.titel)
        if len(titel) > SITUATIE_TITEL_MAX:
            self.warnings.append(f"De titel van situatie “{_short(titel)}” is ingekort.")
            titel = titel[: SITUATIE_TITEL_MAX - 1] + "…"
        context = "digitaal_spreekuur" if "spreekuur" in titel.lower() else "balie"
        delen: dict[str, list] = {deel: [] for deel in PARTS}
        if node.blokken:
            delen["weet"].extend(node.blokken)
            self.warnings.append(
                f"De tekst direct onder situatie “{_short(titel)}” staat bovenaan bij Weet."
            )
        huidig = "weet"
        for child in node.kinderen:
            match = PART_HEADING.match(child.titel)
            if match:
                huidig = match.group(1).lower()
                if delen[huidig]:
                    self.warnings.append(
                        f"Situatie “{_short(titel)}” heeft “{huidig.capitalize()}” meer dan "
                        "eens; de delen zijn samengevoegd. Heeft elke situatie een eigen kop?"
                    )
                delen[huidig].extend(child.blokken)
                for grandchild in child.kinderen:
                    delen[huidig] += self.flatten(grandchild, depth=1)
            else:
                self.warnings.append(
                    f"In situatie “{_short(titel)}” is de kop “{_short(child.titel)}” geen Weet, "
                    f"Verhaal, Doen of Laten; de tekst staat bij {huidig.capitalize()}."
                )
                delen[huidig] += self.flatten(child, depth=1)
        self.result.situaties.append(
            ImportSituatie(
                titel=titel,
                context=context,
                **{deel: self.render(blokken) for deel, blokken in delen.items()},
            )
        )

    def take_uitspraken(self, items: list) -> tuple[list, int]:
        rest, aantal, uitzondering = [], 0, False
        for item in items:
            match = WHOLE_QUOTE.match(item.tekst) if isinstance(item, _Alinea) else None
            if match:
                self.result.uitspraken.append(
                    ImportUitspraak(_single_line(match.group("zin")), uitzondering)
                )
                aantal += 1
                continue
            if isinstance(item, _Alinea) and "uitzondering" in item.tekst.lower():
                uitzondering = True
            rest.append(item)
        return rest, aantal

    def take_sneltoetsen(self, items: list) -> tuple[list, int]:
        rest, aantal, systeem = [], 0, ""
        for item in items:
            if isinstance(item, _Kop):
                systeem = item.tekst
                rest.append(item)
                continue
            if isinstance(item, _Tabel):
                rows = [self.sneltoets_from_cells(r, systeem) for r in item.platte_rijen]
                if rows and all(rows):
                    self.result.sneltoetsen += rows
                    aantal += len(rows)
                    continue
                rest.append(item)
                continue
            match = SNELTOETS_LINE.match(item.tekst) if not item.lijst else None
            if match:
                self.result.sneltoetsen.append(
                    self.sneltoets(match["toetsen"], match["actie"], systeem)
                )
                aantal += 1
            elif len(item.tekst.strip()) <= 100 and "\n" not in item.tekst.strip():
                systeem = item.tekst.strip()  # "Windows" above the lines about Windows
                rest.append(item)
            else:
                rest.append(item)
        # Lines naming the system are only kept when something else follows them.
        return rest if aantal == 0 else [i for i in rest if not self.is_system_name(i)], aantal

    def is_system_name(self, item) -> bool:
        return isinstance(item, _Alinea) and item.tekst.strip() in {
            s.systeem for s in self.result.sneltoetsen
        }

    def sneltoets_from_cells(self, cells: list[str], systeem: str) -> ImportSneltoets | None:
        cells = [c.strip() for c in cells if c.strip() and c.strip() != "="]
        if len(cells) != 2 or set("".join(cells)) <= set("-"):
            return None
        return self.sneltoets(cells[0], cells[1], systeem)

    def sneltoets(self, toetsen: str, actie: str, systeem: str) -> ImportSneltoets:
        return ImportSneltoets(
            _single_line(toetsen)[:100], _single_line(actie)[:200], _single_line(systeem)[:100]
        )

    def title(self, titel: str, soort: str) -> str:
        titel = _single_line(titel)
        if len(titel) > TITEL_MAX:
            self.warnings.append(f"De titel van {soort} “{_short(titel)}” is ingekort.")
            titel = titel[: TITEL_MAX - 1] + "…"
        return titel

    def render(self, items: list) -> str:
        """Markdown for blocks: list items stay together, other blocks get a blank line."""
        out: list[str] = []
        previous = None
        for item in items:
            if isinstance(item, _Kop):
                chunk = f"{'#' * min(item.niveau + 2, 6)} {_escape(item.tekst)}"
            elif isinstance(item, _Tabel):
                chunk = _table_markdown(item.rijen)
            else:
                chunk = item.markdown
            if not chunk.strip():
                continue
            if out:
                both_lists = (
                    isinstance(previous, _Alinea)
                    and previous.lijst
                    and isinstance(item, _Alinea)
                    and item.lijst
                )
                out.append("\n" if both_lists else "\n\n")
            out.append(chunk)
            previous = item
        return "".join(out).strip()


def _table_markdown(rijen: list[list[str]]) -> str:
    if not rijen:
        return ""
    width = max(len(r) for r in rijen)
    if width == 0:
        return ""
    rows = [[c.replace("\n", " ").strip() for c in r] + [""] * (width - len(r)) for r in rijen]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)
