"""Walk a python-docx Document and turn it into a flat list of blocks (headings, paragraphs
as Markdown, tables), noting what could not be taken over."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from protocol.word_import.result import WordImportFout

MAX_PARAGRAPHS = 20_000

PART_HEADING = re.compile(r"^\s*(weet|verhaal|doen|laten)\s*[:?]?\s*$", re.IGNORECASE)
HEADING_STYLE = re.compile(r"^(?:heading|kop)\s*(\d)$", re.IGNORECASE)
TITLE_STYLE = re.compile(r"^(?:title|titel)$", re.IGNORECASE)
TOC_STYLE = re.compile(r"^(?:toc|inhopg|inhoudsopgave)\s*(?:\d|heading|kop)", re.IGNORECASE)
MARKDOWN_LINE_START = re.compile(r"^(\s*)([#>+=\-]|\d+[.)])(?=\s|$)")

IMAGE_PLACEHOLDER = "[nader in te vullen: hier stond een afbeelding in het Word-document]"
OBJECT_PLACEHOLDER = "[nader in te vullen: hier stond een ingesloten object in het Word-document]"
FOOTNOTE_PLACEHOLDER = "[nader in te vullen: hier stond een voetnoot in het Word-document]"


@dataclass
class _Kop:
    niveau: int
    tekst: str


@dataclass
class _Alinea:
    markdown: str  # one Markdown block (a paragraph or one list item line)
    tekst: str  # plain text, for recognising quotes and sneltoetsen
    lijst: bool = False
    vet: bool = False  # every character bold


@dataclass
class _Tabel:
    rijen: list[list[str]]  # Markdown per cell
    platte_rijen: list[list[str]]


class _Reader:
    def __init__(self, document):
        from docx.oxml.ns import qn

        self.document = document
        self.qn = qn
        self.warnings: list[str] = []
        self.titel = ""
        self.paragraphs = 0
        self._numbering_formats: dict[tuple[str, int], bool] = {}
        self._counts: dict[str, int] = {}
        self._examples: dict[str, list[str]] = {}
        self.last_heading_level = 0

    # Warnings of one kind are counted and reported once, with a few examples.
    def note(self, kind: str, example: str = "") -> None:
        self._counts[kind] = self._counts.get(kind, 0) + 1
        if example and len(self._examples.setdefault(kind, [])) < 3:
            self._examples[kind].append(_short(example))

    def summarised_notes(self) -> list[str]:
        messages = {
            "afbeelding": "{n} afbeelding(en) zijn niet overgenomen. Op die plaats staat een "
            "open plek, zodat je ze niet vergeet.",
            "object": "{n} ingesloten object(en) (bijvoorbeeld een grafiek of een ingevoegd "
            "document) zijn niet overgenomen. Op die plaats staat een open plek.",
            "voetnoot": "{n} voetnoot/voetnoten zijn niet overgenomen. Op die plaats staat een "
            "open plek.",
            "tekstvak": "De tekst uit {n} tekstvak(ken) is als gewone alinea overgenomen.",
            "inhoudsopgave": "De inhoudsopgave van het document is overgeslagen; het portaal "
            "maakt zijn eigen inhoudsopgave.",
            "vet": "{n} korte vetgedrukte alinea('s) lijken koppen maar hebben geen kopstijl "
            "({voorbeelden}). Ze staan als vetgedrukte tekst in hun sectie. Wil je er aparte "
            "secties van maken, geef ze dan in Word een kopstijl (Kop 1, Kop 2 …).",
            "wijzigingen": "Het document bevat bijgehouden wijzigingen. Toegevoegde tekst is "
            "overgenomen, verwijderde tekst niet. Controleer de tekst, of accepteer de "
            "wijzigingen eerst in Word.",
            "titel": "Het document heeft meer dan één titel ({voorbeelden}). Alleen de eerste "
            "is de titel van de versie; de andere staan als vetgedrukte tekst in de sectie.",
            "onbekend": "{n} onderdeel/onderdelen van het document werden niet herkend en zijn "
            "niet overgenomen ({voorbeelden}).",
            "geneste_tabel": "{n} tabel(len) binnen een tabel zijn als tekst in de cel "
            "overgenomen.",
        }
        found = []
        for kind, n in self._counts.items():
            voorbeelden = ", ".join(f"“{e}”" for e in self._examples.get(kind, []))
            found.append(messages[kind].format(n=n, voorbeelden=voorbeelden))
        return found

    def blocks(self) -> list:
        body = self.document.element.body
        blocks = list(self._read_container(body, self.document._body))
        return blocks

    def _read_container(self, element, parent) -> Iterator:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        for child in element.iterchildren():
            tag = child.tag
            if tag == self.qn("w:p"):
                self.paragraphs += 1
                if self.paragraphs > MAX_PARAGRAPHS:
                    raise WordImportFout(
                        f"Het document heeft meer dan {MAX_PARAGRAPHS:,} alinea's; dat is te "
                        "groot om in één keer te importeren.".replace(",", ".")
                    )
                yield from self._read_paragraph(Paragraph(child, parent))
            elif tag == self.qn("w:tbl"):
                yield self._read_table(Table(child, parent))
            elif tag == self.qn("w:sdt"):
                gallery = child.xpath(".//w:sdtPr/w:docPartObj/w:docPartGallery/@w:val")
                if gallery and "contents" in gallery[0].lower():
                    self.note("inhoudsopgave")
                    continue
                for content in child.xpath("./w:sdtContent"):
                    yield from self._read_container(content, parent)
            elif tag in (self.qn("w:customXml"), self.qn("w:ins")):
                yield from self._read_container(child, parent)
            elif tag in {
                self.qn(name)
                for name in (
                    "w:sectPr",
                    "w:tcPr",
                    "w:bookmarkStart",
                    "w:bookmarkEnd",
                    "w:proofErr",
                    "w:permStart",
                    "w:permEnd",
                    "w:commentRangeStart",
                    "w:commentRangeEnd",
                    "w:moveFromRangeStart",
                    "w:moveFromRangeEnd",
                    "w:moveToRangeStart",
                    "w:moveToRangeEnd",
                )
            }:
                continue
            elif tag == self.qn("w:del"):
                self.note("wijzigingen")
            elif tag == self.qn("w:altChunk"):
                self.note("object")
                yield _Alinea(OBJECT_PLACEHOLDER, OBJECT_PLACEHOLDER)
            else:
                self.note("onbekend", child.tag.rsplit("}", 1)[-1])

    # Paragraphs -------------------------------------------------------------------------------

    def _read_paragraph(self, paragraph) -> Iterator:
        style = paragraph.style.name if paragraph.style is not None else ""
        if TOC_STYLE.match(style):
            self.note("inhoudsopgave")
            return
        markdown, tekst, vet, extra = self._inline(paragraph)
        yield from extra  # text boxes anchored in this paragraph
        if not tekst.strip():
            if markdown.strip():  # only an image or object placeholder
                yield _Alinea(markdown.strip(), markdown.strip())
            return
        heading = HEADING_STYLE.match(style)
        if TITLE_STYLE.match(style):
            if not self.titel:
                self.titel = _single_line(tekst)
                return
            self.note("titel", tekst)
            yield _Alinea(f"**{_escape(_single_line(tekst))}**", tekst, vet=True)
            return
        if heading:
            level = int(heading.group(1))
            if not PART_HEADING.match(tekst):
                self.last_heading_level = level
            yield _Kop(level, _single_line(tekst))
            return
        lijst = self._list_info(paragraph)
        if lijst is None and PART_HEADING.match(tekst):
            # "Weet" or "Doen:" on a line of its own: a subheading of the current heading.
            yield _Kop(self.last_heading_level + 1, _single_line(tekst))
            return
        if lijst is not None:
            level, ordered = lijst
            marker = "1." if ordered else "-"
            yield _Alinea(f"{'   ' * level}{marker} {markdown.strip()}", tekst, lijst=True)
            return
        if vet and len(tekst.strip()) <= 80 and not tekst.strip().endswith((".", ",", ";")):
            self.note("vet", tekst)
        yield _Alinea(_escape_line_start(markdown.strip()), tekst, vet=vet)

    def _inline(self, paragraph) -> tuple[str, str, bool, list]:
        """Markdown, plain text, whether all text is bold, and blocks found inside (text boxes)."""
        from docx.text.hyperlink import Hyperlink
        from docx.text.run import Run

        segments: list[tuple[str, bool, bool]] = []
        extra: list = []
        for element in paragraph._p.xpath(
            "./w:r | ./w:hyperlink | ./w:ins/w:r | ./w:ins/w:hyperlink | ./w:smartTag/w:r"
            " | ./w:fldSimple/w:r | ./w:sdt/w:sdtContent/w:r | ./w:customXml/w:r"
            " | ./w:del | ./w:moveFrom"
        ):
            local = element.tag.rsplit("}", 1)[-1]
            if local in ("del", "moveFrom"):
                self.note("wijzigingen")
                continue
            if element.getparent().tag == self.qn("w:ins"):
                self.note("wijzigingen")
            if local == "hyperlink":
                link = Hyperlink(element, paragraph)
                text = "".join(self._run_text(run, extra) for run in link.runs)
                url = link.url if link.address else ""
                if url.startswith(("http://", "https://", "mailto:")) and text.strip():
                    segments.append((f"[{_escape(text)}]({url})", False, False, True))
                else:
                    segments.append((text, *self._format(link.runs[0] if link.runs else None)))
                continue
            run = Run(element, paragraph)
            segments.append((self._run_text(run, extra), *self._format(run)))
        markdown = _format_segments(segments)
        tekst = "".join(s[0] if len(s) == 3 else _link_text(s[0]) for s in segments)
        visible = [s for s in segments if len(s) == 3 and s[0].strip()]
        vet = bool(visible) and all(s[1] for s in visible)
        return markdown, tekst, vet, extra

    def _run_text(self, run, extra: list) -> str:
        r = run._r
        parts = []
        if r.xpath("./w:footnoteReference | ./w:endnoteReference"):
            self.note("voetnoot")
            parts.append(f" {FOOTNOTE_PLACEHOLDER}")
        graphics = r.xpath(
            "./*[local-name()='drawing' or local-name()='pict' or local-name()='object'"
            " or local-name()='AlternateContent']"
        )
        for graphic in graphics:
            boxes = graphic.xpath(
                ".//*[local-name()='txbxContent'][not(ancestor::*[local-name()='Fallback'])]"
            )
            if boxes:
                for box in boxes:
                    text = "\n".join(
                        "".join(p.xpath(".//*[local-name()='t']/text()"))
                        for p in box.xpath(".//*[local-name()='p']")
                    ).strip()
                    if text:
                        self.note("tekstvak")
                        extra.append(_Alinea(_escape_line_start(_escape(text)), text))
            elif graphic.xpath(".//*[local-name()='OLEObject']") or (
                graphic.tag.endswith("}object")
            ):
                self.note("object")
                parts.append(f" {OBJECT_PLACEHOLDER} ")
            else:
                self.note("afbeelding")
                parts.append(f" {IMAGE_PLACEHOLDER} ")
        return run.text + "".join(parts)

    def _format(self, run) -> tuple[bool, bool]:
        if run is None:
            return False, False
        style = (run.style.name if run.style is not None else "").lower()
        bold = bool(run.bold) or style in ("strong", "zwaar")
        italic = bool(run.italic) or style in ("emphasis", "nadruk")
        return bold, italic

    def _list_info(self, paragraph) -> tuple[int, bool] | None:
        """(level, numbered) when the paragraph is a list item."""
        p_pr = paragraph._p.pPr
        num_pr = p_pr.numPr if p_pr is not None else None
        style = paragraph.style
        while num_pr is None and style is not None:
            style_p_pr = style.element.pPr
            num_pr = style_p_pr.numPr if style_p_pr is not None else None
            style = style.base_style
        if num_pr is None or num_pr.numId is None or num_pr.numId.val == 0:
            name = (paragraph.style.name if paragraph.style is not None else "").lower()
            match = re.match(r"^list (bullet|number)(?: (\d))?$", name)
            if match:
                return int(match.group(2) or 1) - 1, match.group(1) == "number"
            return None
        level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        numbered = self._is_numbered(str(num_pr.numId.val), level)
        # "List Bullet 2" has a numbering of its own whose first level is indented further.
        name = (paragraph.style.name if paragraph.style is not None else "").lower()
        match = re.match(r"^list (?:bullet|number) (\d)$", name)
        if match:
            level = max(level, int(match.group(1)) - 1)
        return min(level, 8), numbered

    def _is_numbered(self, num_id: str, level: int) -> bool:
        key = (num_id, level)
        if key not in self._numbering_formats:
            numbered = False
            try:
                numbering = self.document.part.numbering_part.element
            except (KeyError, NotImplementedError):
                numbering = None
            if numbering is not None:
                abstract = numbering.xpath(f'./w:num[@w:numId="{num_id}"]/w:abstractNumId/@w:val')
                if abstract:
                    formats = numbering.xpath(
                        f'./w:abstractNum[@w:abstractNumId="{abstract[0]}"]'
                        f'/w:lvl[@w:ilvl="{level}"]/w:numFmt/@w:val'
                    )
                    numbered = bool(formats) and formats[0] not in ("bullet", "none")
            self._numbering_formats[key] = numbered
        return self._numbering_formats[key]

    # Tables -----------------------------------------------------------------------------------

    def _read_table(self, table) -> _Tabel:
        rijen, platte_rijen = [], []
        for row in table.rows:
            cells, plain, previous = [], [], None
            for cell in row.cells:
                if previous is not None and cell._tc is previous:
                    cells.append("")  # a merged cell: its text is in the first column
                    plain.append("")
                    continue
                previous = cell._tc
                if cell.tables:
                    self.note("geneste_tabel")
                texts, plains = [], []
                for block in self._read_container(cell._tc, cell):
                    if isinstance(block, _Alinea):
                        texts.append(block.markdown.strip())
                        plains.append(block.tekst.strip())
                    elif isinstance(block, _Kop):
                        texts.append(f"**{_escape(block.tekst)}**")
                        plains.append(block.tekst)
                    elif isinstance(block, _Tabel):
                        for nested in block.rijen:
                            texts.append(" · ".join(c for c in nested if c))
                        for nested in block.platte_rijen:
                            plains.append(" ".join(c for c in nested if c))
                cells.append(" ".join(t for t in texts if t).replace("|", "\\|"))
                plain.append(" ".join(t for t in plains if t))
            rijen.append(cells)
            platte_rijen.append(plain)
        return _Tabel(rijen, platte_rijen)


def _format_segments(segments) -> str:
    """Join runs into Markdown: bold/italic around the words, not around the spaces."""
    merged: list[list] = []
    for segment in segments:
        if len(segment) == 4:  # a link: already Markdown
            merged.append([segment[0], False, False, True])
            continue
        text, bold, italic = segment
        text = _escape(text.replace("\t", " "))
        if merged and len(merged[-1]) == 3 and merged[-1][1:] == [bold, italic]:
            merged[-1][0] += text
        elif merged and len(merged[-1]) == 3 and not text.strip():
            merged[-1][0] += text  # whitespace needs no formatting of its own
        else:
            merged.append([text, bold, italic])
    out = []
    for item in merged:
        if len(item) == 4:
            out.append(item[0])
            continue
        text, bold, italic = item
        marker = ("**" if bold else "") + ("*" if italic else "")
        if not marker:
            out.append(text)
            continue
        lines = []
        for line in text.split("\n"):
            core = line.strip()
            if not core:
                lines.append(line)
                continue
            lead = line[: len(line) - len(line.lstrip())]
            trail = line[len(line.rstrip()) :]
            lines.append(f"{lead}{marker}{core}{marker[::-1]}{trail}")
        out.append("\n".join(lines))
    markdown = "".join(out)
    # A line break inside a paragraph (Shift+Enter in Word) stays a line break.
    return re.sub(r"[ \t]*\n[ \t]*", "\\\n", markdown.strip())


def _link_text(markdown_link: str) -> str:
    match = re.match(r"^\[(.*)\]\(.*\)$", markdown_link, re.DOTALL)
    return (match.group(1) if match else markdown_link).replace("\\", "")


def _escape(text: str) -> str:
    """Escape the characters Markdown would read as formatting; brackets stay (placeholders)."""
    return re.sub(r"([\\*_`])", r"\\\1", text)


def _escape_line_start(markdown: str) -> str:
    """A paragraph that starts with "-", "#" or "1." is text, not a list or a heading."""
    return MARKDOWN_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), markdown)


def _single_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _short(text: str, width: int = 60) -> str:
    text = _single_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"
