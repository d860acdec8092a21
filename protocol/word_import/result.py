"""The tree a Word document is read into (see protocol/word_import/__init__.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from protocol.plekken import find_placeholders

PARTS = ("weet", "verhaal", "doen", "laten")


class WordImportFout(Exception):
    """The file cannot be imported; the message is Dutch and meant for the redacteur."""


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
