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

import io
import logging

from protocol.word_import.checks import check_file, mb
from protocol.word_import.reader import (
    FOOTNOTE_PLACEHOLDER,
    IMAGE_PLACEHOLDER,
    OBJECT_PLACEHOLDER,
    _Reader,
)
from protocol.word_import.result import (
    ImportHoofdstuk,
    ImportResultaat,
    ImportSectie,
    ImportSituatie,
    ImportSneltoets,
    ImportUitspraak,
    WordImportFout,
)
from protocol.word_import.tree import _build_tree, _Builder

__all__ = [
    "FOOTNOTE_PLACEHOLDER",
    "IMAGE_PLACEHOLDER",
    "OBJECT_PLACEHOLDER",
    "ImportHoofdstuk",
    "ImportResultaat",
    "ImportSectie",
    "ImportSituatie",
    "ImportSneltoets",
    "ImportUitspraak",
    "WordImportFout",
    "check_file",
    "mb",
    "parse_docx",
]

logger = logging.getLogger(__name__)


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
