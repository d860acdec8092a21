"""Read a protocol from a Word document (.docx) into a tree, without touching the database.

Every library already keeps its protocol in Word. `parse_docx(data)` turns the bytes of such a
document into an `ImportResultaat`: chapters with sections (Markdown), situaties (Weet, Verhaal,
Doen, Laten), uitspraken and sneltoetsen, plus Dutch warnings for everything that was not fully
understood. `protocol.services.import_concept` writes the tree as a new concept version; the
redactie view and the `protocol_import` command both use these two.

How the document is read (python-docx does the OOXML; this module only interprets it):

- The first paragraph in the style Title becomes the version's title. Headings (Heading 1–9,
  in any language Word stores them in) build a tree: the outermost headings become chapters,
  the next level sections, deeper headings become subheadings inside a section's text.
- A heading whose subheadings are named Weet, Verhaal, Doen and/or Laten (any capitalisation,
  optionally followed by ":" or "?") is a situatie, wherever it sits in the tree. A paragraph
  that consists of only such a word counts as that subheading even without a heading style.
- Under a heading such as "Wat vertel je" or "Uitspraken", paragraphs that are one quoted
  sentence (“…” or "…") become uitspraken. After a paragraph that mentions the exception
  ("uitzondering"), the following ones are marked as belonging to the exception.
- Under a heading about sneltoetsen or snelkoppelingen, lines such as "Ctrl + P = Afdrukken"
  (or a table of them) become sneltoetsen; a short line above them names the system.
- Paragraphs, lists (bulleted and numbered, nested), bold, italic and links become Markdown;
  tables become Markdown tables. Placeholders such as `[nader in te vullen]` pass unchanged.
- Nothing is dropped silently: text before the first heading lands in "Inleiding"; pictures,
  embedded objects and footnotes leave an open placeholder where they were, and a warning.

Untrusted input: size, uncompressed size, number of parts and number of paragraphs are capped
before and while reading, so a zip bomb or a gigantic document is refused, not processed.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.conf import settings

from protocol.plekken import find_placeholders

logger = logging.getLogger(__name__)

# Limits against hostile or absurd files. The upload size itself is settings.UPLOAD_MAX_BYTES.
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
MAX_ZIP_ENTRIES = 2_000
MAX_PARAGRAPHS = 20_000

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

PARTS = ("weet", "verhaal", "doen", "laten")
PART_HEADING = re.compile(r"^\s*(weet|verhaal|doen|laten)\s*[:?]?\s*$", re.IGNORECASE)
UITSPRAKEN_HEADING = re.compile(
    r"^\s*(wat\s+(vertel|zeg)\s+je|uitspraken|wat\s+kun\s+je\s+zeggen)\b", re.IGNORECASE
)
SNELTOETSEN_HEADING = re.compile(r"snelkoppeling|sneltoets|toetscombinatie", re.IGNORECASE)
WHOLE_QUOTE = re.compile(r"^\s*[“\"„](?P<zin>[^“”\"„]+)[”\"“]\s*[.!?]?\s*$")
SNELTOETS_LINE = re.compile(
    r"^\s*(?P<toetsen>[^=\t]{1,100}?)\s*(?:\t+=?\t*|\s+=\s+|=)\s*(?P<actie>\S.{0,199})$"
)
HEADING_STYLE = re.compile(r"^(?:heading|kop)\s*(\d)$", re.IGNORECASE)
TITLE_STYLE = re.compile(r"^(?:title|titel)$", re.IGNORECASE)
TOC_STYLE = re.compile(r"^(?:toc|inhopg|inhoudsopgave)\s*(?:\d|heading|kop)", re.IGNORECASE)
MARKDOWN_LINE_START = re.compile(r"^(\s*)([#>+=\-]|\d+[.)])(?=\s|$)")

IMAGE_PLACEHOLDER = "[nader in te vullen: hier stond een afbeelding in het Word-document]"
OBJECT_PLACEHOLDER = "[nader in te vullen: hier stond een ingesloten object in het Word-document]"
FOOTNOTE_PLACEHOLDER = "[nader in te vullen: hier stond een voetnoot in het Word-document]"

TITEL_MAX = 200
SITUATIE_TITEL_MAX = 400


class WordImportFout(Exception):
    """The file cannot be imported; the message is Dutch and meant for the redacteur."""


# --- The result -----------------------------------------------------------------------------


@dataclass
class ImportSectie:
    titel: str
    tekst: str


@dataclass
class ImportHoofdstuk:
    titel: str
    secties: list[ImportSectie] = field(default_factory=list)


@dataclass
class ImportSituatie:
    titel: str
    context: str  # the values of Situatie.Context
    weet: str = ""
    verhaal: str = ""
    doen: str = ""
    laten: str = ""

    @property
    def delen(self) -> list[str]:
        return [deel for deel in PARTS if getattr(self, deel)]


@dataclass
class ImportUitspraak:
    tekst: str
    uitzondering: bool = False


@dataclass
class ImportSneltoets:
    toetsen: str
    actie: str
    systeem: str = ""


@dataclass
class ImportResultaat:
    titel: str = ""
    hoofdstukken: list[ImportHoofdstuk] = field(default_factory=list)
    situaties: list[ImportSituatie] = field(default_factory=list)
    uitspraken: list[ImportUitspraak] = field(default_factory=list)
    sneltoetsen: list[ImportSneltoets] = field(default_factory=list)
    waarschuwingen: list[str] = field(default_factory=list)

    @property
    def aantal_secties(self) -> int:
        return sum(len(h.secties) for h in self.hoofdstukken)

    def texts(self) -> Iterator[str]:
        yield self.titel
        for hoofdstuk in self.hoofdstukken:
            yield hoofdstuk.titel
            for sectie in hoofdstuk.secties:
                yield sectie.titel
                yield sectie.tekst
        for situatie in self.situaties:
            yield situatie.titel
            yield from (getattr(situatie, deel) for deel in PARTS)
        for uitspraak in self.uitspraken:
            yield uitspraak.tekst
        for sneltoets in self.sneltoetsen:
            yield from (sneltoets.toetsen, sneltoets.actie, sneltoets.systeem)

    @property
    def open_plekken(self) -> int:
        return sum(len(find_placeholders(text)) for text in self.texts())

    def describe(self) -> list[str]:
        """The tree as lines of text (for `protocol_import --dry-run`)."""
        lines = [f"Titel: {self.titel or '(geen titel in het document)'}"]
        for number, hoofdstuk in enumerate(self.hoofdstukken, start=1):
            lines.append(f"{number}. {hoofdstuk.titel}")
            for sectie in hoofdstuk.secties:
                lines.append(f"   - {sectie.titel} ({len(sectie.tekst.split())} woorden)")
        for situatie in self.situaties:
            delen = ", ".join(deel.capitalize() for deel in situatie.delen) or "geen delen"
            lines.append(f"Situatie ({situatie.context}): {situatie.titel} [{delen}]")
        for uitspraak in self.uitspraken:
            extra = " (uitzondering)" if uitspraak.uitzondering else ""
            lines.append(f"Uitspraak{extra}: “{uitspraak.tekst}”")
        for sneltoets in self.sneltoetsen:
            systeem = f" ({sneltoets.systeem})" if sneltoets.systeem else ""
            lines.append(f"Sneltoets{systeem}: {sneltoets.toetsen} = {sneltoets.actie}")
        lines.append(
            f"Totaal: {len(self.hoofdstukken)} hoofdstukken, {self.aantal_secties} secties, "
            f"{len(self.situaties)} situaties, {len(self.uitspraken)} uitspraken, "
            f"{len(self.sneltoetsen)} sneltoetsen, {self.open_plekken} open plekken."
        )
        lines += [f"Let op: {waarschuwing}" for waarschuwing in self.waarschuwingen]
        return lines


# --- Checking the file before python-docx opens it ---------------------------------------------

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_file(data: bytes) -> None:
    """Refuse anything that is not a reasonable .docx, with a message saying what it is."""
    max_bytes = settings.UPLOAD_MAX_BYTES
    if len(data) > max_bytes:
        raise WordImportFout(
            f"Het bestand is te groot ({mb(len(data))}). Het maximum is {mb(max_bytes)}."
        )
    if not data.strip(b"\x00 \r\n\t"):
        raise WordImportFout("Het bestand is leeg.")
    if data.startswith(OLE_MAGIC):
        if "EncryptionInfo".encode("utf-16-le") in data[: 1024 * 1024] or (
            "EncryptedPackage".encode("utf-16-le") in data
        ):
            raise WordImportFout(
                "Het document is beveiligd met een wachtwoord. Open het in Word, haal de "
                "beveiliging weg (Bestand › Info › Document beveiligen) en upload het opnieuw."
            )
        raise WordImportFout(
            "Dit is een oud Word-bestand (.doc). Open het in Word en sla het op als "
            "Word-document (.docx); upload dan dat bestand."
        )
    if data.startswith(b"%PDF"):
        raise WordImportFout(
            "Dit is een PDF-bestand, geen Word-document. Upload het oorspronkelijke "
            "Word-document (.docx)."
        )
    if data.lstrip().startswith(b"{\\rtf"):
        raise WordImportFout(
            "Dit is een RTF-bestand. Open het in Word en sla het op als Word-document (.docx)."
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise WordImportFout("Dit is geen Word-document (.docx). Kies een .docx-bestand.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            names = {entry.filename for entry in entries}
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as error:
        raise WordImportFout("Het bestand is beschadigd en kan niet worden gelezen.") from error
    if b"opendocument" in mimetype:
        raise WordImportFout(
            "Dit is een OpenDocument-bestand (zoals .odt). Sla het op als Word-document "
            "(.docx) en upload dat bestand."
        )
    if "word/document.xml" not in names and "[Content_Types].xml" not in names:
        raise WordImportFout("Dit is een zip-bestand, maar geen Word-document (.docx).")
    # The sizes in the zip directory are enforced by zipfile while reading (a member that
    # inflates beyond its declared size fails its check), so their sum is a safe cap.
    if len(entries) > MAX_ZIP_ENTRIES or (
        sum(entry.file_size for entry in entries) > MAX_UNCOMPRESSED_BYTES
    ):
        raise WordImportFout(
            f"Het document is uitgepakt te groot (meer dan {mb(MAX_UNCOMPRESSED_BYTES)}) of "
            "bestaat uit te veel onderdelen. Splits het of haal grote afbeeldingen weg."
        )


def mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


# --- Reading the document into a flat list of blocks ---------------------------------------------


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


@dataclass
class _Node:
    titel: str
    niveau: int
    blokken: list = field(default_factory=list)
    kinderen: list[_Node] = field(default_factory=list)


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


# --- From blocks to the tree ---------------------------------------------------------------


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


# --- Entry point ---------------------------------------------------------------------------


def parse_docx(data: bytes) -> ImportResultaat:
    """Read a .docx; raises WordImportFout (Dutch) for anything that cannot be imported."""
    check_file(data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except PackageNotFoundError as error:
        raise WordImportFout("Dit is geen Word-document (.docx).") from error
    except ValueError as error:
        if "macroEnabled" in str(error):
            raise WordImportFout(
                "Dit is een Word-document met macro's (.docm). Sla het op als gewoon "
                "Word-document (.docx) en upload dat bestand."
            ) from error
        raise WordImportFout(
            "Dit is geen Word-document (.docx), maar een ander soort Office-bestand."
        ) from error
    except Exception as error:  # lxml, zipfile, KeyError: a damaged package
        logger.info("Word-import: document niet leesbaar: %r", error)
        raise WordImportFout("Het bestand is beschadigd en kan niet worden gelezen.") from error
    reader = _Reader(document)
    try:
        blocks = reader.blocks()
    except WordImportFout:
        raise
    except Exception as error:  # a document python-docx opens but cannot walk
        logger.exception("Word-import: document niet te verwerken")
        raise WordImportFout(
            "Het document kon niet worden verwerkt. Sla het in Word opnieuw op als .docx en "
            "probeer het nog eens."
        ) from error
    voor, roots = _build_tree(blocks)
    result = _Builder(reader).build(voor, roots)
    if not result.hoofdstukken and not result.situaties and not result.uitspraken:
        raise WordImportFout("Het document is leeg: er staat geen tekst in.")
    if not roots:
        result.waarschuwingen.insert(
            0,
            "Het document heeft geen koppen (stijlen Kop 1, Kop 2 …). Alle tekst staat nu in "
            "één sectie; geef de hoofdstukken in Word een kopstijl voor een betere indeling.",
        )
    return result
