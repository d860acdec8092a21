"""The columns of the register spreadsheet: our export's headings and the headings of the FG's
own Excel register (``Bewaars termijn``, ``Verw. ovk.``…) that the import recognises.

Headings are compared after `normalise()`: lower case, accents and everything but letters and
digits removed, so ``Risico- analyse``, ``Risicoanalyse`` and ``risico analyse`` are one.
"""

import unicodedata
from dataclasses import dataclass


def normalise(heading: object) -> str:
    text = unicodedata.normalize("NFKD", str(heading or "")).encode("ascii", "ignore").decode()
    return "".join(ch for ch in text.lower() if ch.isalnum())


@dataclass(frozen=True)
class Column:
    key: str
    heading: str
    aliases: tuple[str, ...] = ()

    @property
    def recognised(self) -> set[str]:
        return {normalise(self.heading), *(normalise(alias) for alias in self.aliases)}


COLUMNS = [
    # The five leading columns of the library's register, which have no heading there.
    Column("groep", "Groep", ("Groepnummer", "Groep nr")),
    Column("intern_extern", "Intern/Extern", ("Intern of extern", "Int/Ext")),
    Column("domein", "Domein"),
    Column("volgnummer", "Volgnummer", ("Nr", "Nr.", "Volgnr", "Nummer")),
    Column("naam", "Naam verwerking", ("Verwerking", "Naam", "Verwerkingsactiviteit")),
    # The library's own columns, in their order.
    Column("verwerker", "Verwerker"),
    Column("systeem", "Systeem"),
    Column("data_inwinning", "Data-inwinning", ("Data Inw.", "Data inwinning")),
    Column("risicoanalyse", "Risicoanalyse", ("Risico- analyse",)),
    Column("bijzondere_persoonsgegevens", "Bijzondere persoonsgegevens", ("Bijz. data?",)),
    Column("in_de_eu", "In de EU", ("in de EU?",)),
    Column("opt_in_mail", "Opt-in mail", ("Opt-in Mail", "Opt-in")),
    Column("geb", "GEB nodig", ("GEB? Mail", "GEB?", "GEB")),
    Column("verwerkersovereenkomst", "Verwerkersovereenkomst", ("Verw. ovk.", "Verw ovk")),
    Column("bewaartermijn", "Bewaartermijn", ("Bewaars termijn",)),
    Column("eigenaar", "Eigenaar (Wie)", ("Wie", "Eigenaar")),
    Column(
        "contactpersoon_verwerker",
        "Contactpersoon verwerker",
        ("Contact persoon verw.", "Contactpersoon verw."),
    ),
    Column("status_verwerkersovereenkomst", "Status verwerkersovereenkomst"),
    # AVG art. 30 and the portal's own fields.
    Column("doeleinden", "Doeleinden", ("Doel", "Doelen")),
    Column("grondslag", "Grondslag"),
    Column("grondslag_toelichting", "Toelichting grondslag"),
    Column("categorieen_betrokkenen", "Categorieën betrokkenen", ("Betrokkenen",)),
    Column("categorieen_persoonsgegevens", "Categorieën persoonsgegevens", ("Persoonsgegevens",)),
    Column("bijzondere_categorieen", "Welke bijzondere gegevens"),
    Column("ontvangers", "Ontvangers"),
    Column("doorgifte_buiten_eer", "Doorgifte buiten de EER"),
    Column("waarborgen", "Waarborgen bij doorgifte", ("Waarborgen",)),
    Column("beveiligingsmaatregelen", "Beveiligingsmaatregelen"),
    Column("geb_status", "GEB status"),
    Column("geb_datum", "GEB datum"),
    Column("geb_conclusie", "GEB conclusie"),
    Column("laatst_beoordeeld_op", "Laatst beoordeeld op"),
    Column("laatst_opgeschoond_op", "Laatst opgeschoond op"),
    Column("opmerkingen", "Opmerkingen"),
]

BY_KEY = {column.key: column for column in COLUMNS}
LEADING = ["groep", "intern_extern", "domein", "volgnummer", "naam"]
REQUIRED = ["domein", "volgnummer", "naam"]


def lookup(heading: object) -> str | None:
    """The column key for a heading, or None when the heading is not one of ours."""
    wanted = normalise(heading)
    if not wanted:
        return None
    for column in COLUMNS:
        if wanted in column.recognised:
            return column.key
    return None
