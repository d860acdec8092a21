"""The year report as tables: the same figures for the page, the xlsx (one sheet per part)
and the csv (one file, with the part in the first column).

Text cells that start with = + - or @ get a leading apostrophe, so a spreadsheet never runs
them as a formula.
"""

import csv
import datetime
import io
from dataclasses import dataclass

from django.template.defaultfilters import date as date_filter
from django.utils.formats import localize
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from privacyportal.reports.figures import Jaarverslag
from privacyportal.spreadsheets import escape_formula

DATALEKKEN = "Datalekken"
REGISTER = "Verwerkingsregister"
PROTOCOL = "Privacyprotocol"
ONDERDELEN = (DATALEKKEN, REGISTER, PROTOCOL)


_TD_GETAL = '<td class="text-end text-nowrap">{}</td>'


def _html(waarde) -> str:
    """A value as the template prints it (`{{ waarde }}`: localized, then escaped unless it
    is safe already)."""
    return conditional_escape(localize(waarde))


@dataclass
class Tabel:
    onderdeel: str
    titel: str
    kolommen: list[str]
    regels: list[list]
    # The first column names the row (a <th scope="row"> on the page).
    rijlabel: bool = True

    @property
    def numeriek(self) -> list[bool]:
        """Per column: only numbers (right-aligned on the page)."""
        return [
            bool(self.regels)
            and all(isinstance(regel[i], int | None) for regel in self.regels)
            and not (self.rijlabel and i == 0)
            for i in range(len(self.kolommen))
        ]

    @property
    def cellen(self) -> list[list[tuple]]:
        """Rows of (value, is_number, is_date) for the page template. Only a date goes through
        the template's `date` filter: trying it on every text cell (two per significant case
        of the year, 400 at 200 cases) cost more than the rest of the table."""
        numeriek = self.numeriek
        return [
            [(v, numeriek[i], isinstance(v, datetime.date)) for i, v in enumerate(regel)]
            for regel in self.regels
        ]

    @property
    def html_regels(self) -> SafeString:
        """The rows of the table's body, built here once rather than cell by cell in the
        template: the year's significant cases make hundreds of rows, and a template loop
        costs dozens of lookups per cell. The same HTML as that loop over `cellen` was."""
        if not self.regels:
            return format_html(
                '<tr><td colspan="{}" class="text-body-secondary">Geen.</td></tr>',
                len(self.kolommen),
            )
        regels = []
        for regel in self.cellen:
            cellen = []
            for i, (waarde, getal, datum) in enumerate(regel):
                if i == 0 and self.rijlabel:
                    cellen.append(f'<th scope="row" class="fw-normal">{_html(waarde)}</th>')
                elif waarde is None:
                    cellen.append(_TD_GETAL.format("–") if getal else "<td>–</td>")
                elif getal:
                    cellen.append(_TD_GETAL.format(_html(waarde)))
                elif datum:
                    cellen.append(f"<td>{_html(date_filter(waarde, 'd-m-Y'))}</td>")
                else:
                    cellen.append(f"<td>{_html(waarde)}</td>")
            regels.append("<tr>" + "".join(cellen) + "</tr>")
        # Every value went through _html, which escapes it.
        return mark_safe("".join(regels))

    @property
    def koppen(self) -> list[tuple]:
        return list(zip(self.kolommen, self.numeriek, strict=True))


def tabellen(verslag: Jaarverslag) -> list[Tabel]:
    jaar = verslag.jaar
    d, r, p = verslag.datalekken, verslag.register, verslag.protocol
    c = r.controle
    return [
        Tabel(
            DATALEKKEN,
            "Meldingen en datalekken",
            ["", "Aantal"],
            [
                ["Gemelde incidenten", d.gemeld],
                ["waarvan datalek", d.datalekken],
                ["waarvan beveiligingsincident zonder datalek", d.beveiligingsincidenten],
                ["waarvan (nog) niet beoordeeld", d.niet_gekwalificeerd],
                ["Gemeld bij de Autoriteit Persoonsgegevens", d.gemeld_ap],
                ["waarvan binnen 72 uur", d.ap_binnen_termijn],
                ["waarvan na de termijn van 72 uur", d.ap_te_laat],
                [
                    "Gemiddelde tijd van ontdekking tot melding (uren)",
                    d.gemiddeld_uren_tot_melding,
                ],
                ["Betrokkenen geïnformeerd", d.betrokkenen_geinformeerd],
                [
                    "Betrokkenen niet geïnformeerd op grond van een wettelijke uitzondering",
                    d.uitzondering_informeren,
                ],
            ],
        ),
        Tabel(
            DATALEKKEN,
            "Meldingen naar oorzaak",
            ["Oorzaak", "Aantal"],
            [[t.label, t.aantal] for t in d.per_oorzaak],
        ),
        Tabel(
            DATALEKKEN,
            "Meldingen naar soort aantasting",
            ["Aantasting", "Aantal"],
            [[t.label, t.aantal] for t in d.per_aard],
        ),
        Tabel(
            DATALEKKEN,
            "Meldingen per maand",
            ["Maand", "Datalekken", "Overige meldingen", "Totaal"],
            [[m.naam, m.datalekken, m.overige, m.totaal] for m in d.per_maand],
        ),
        Tabel(
            DATALEKKEN,
            "Belangrijke meldingen",
            ["Maand", "Omschrijving"],
            [[b.maand, b.omschrijving] for b in d.belangrijk],
            rijlabel=False,
        ),
        Tabel(
            REGISTER,
            "Register en beoordelingen",
            ["", "Aantal"],
            [
                [f"Verwerkingen in het register op {r.peildatum:%d-%m-%Y}", r.activiteiten],
                [f"Verwerkingen beoordeeld in {jaar}", r.beoordeeld],
                [f"Beoordelingen in {jaar}", r.beoordelingen],
                [f"GEB's uitgevoerd in {jaar}", r.geb_uitgevoerd_in_jaar],
                ["GEB's uitgevoerd (totaal)", r.geb_uitgevoerd],
                ["GEB nodig maar nog niet uitgevoerd", r.geb_ontbreekt],
            ],
        ),
        Tabel(
            REGISTER,
            "Beoordelingen per kwartaal",
            ["Kwartaal", "Beoordelingen", "Verwerkingen beoordeeld"],
            [[k.naam, k.beoordelingen, k.activiteiten] for k in r.per_kwartaal],
        ),
        Tabel(
            REGISTER,
            "Verwerkersovereenkomsten naar status",
            ["Status", "Aantal"],
            [[t.label, t.aantal] for t in r.overeenkomsten_per_status],
        ),
        Tabel(
            REGISTER,
            f"Jaarlijkse controle van de verwerkersovereenkomsten {jaar}",
            ["", "Waarde"],
            [
                ["Uitkomst", c.status],
                ["Te controleren overeenkomsten", c.te_controleren],
                ["Gecontroleerd in het eerste kwartaal", c.in_q1],
                ["Pas na het eerste kwartaal gecontroleerd", c.later],
                ["Eerste controle", c.eerste],
                ["Laatste controle", c.laatste],
            ],
        ),
        Tabel(
            REGISTER,
            "Bevindingen van de jaarlijkse controle",
            ["Verwerker", "Overeenkomst", "Datum", "Bevindingen"],
            [[b.verwerker, b.overeenkomst, b.datum, b.tekst] for b in c.bevindingen],
        ),
        Tabel(
            PROTOCOL,
            f"Versies vastgesteld in {jaar}",
            [
                "Versie",
                "Ingangsdatum",
                "Gepubliceerd op",
                "Leesbevestigingen",
                "Percentage gelezen",
                "Samenvatting van de wijzigingen",
            ],
            [
                [
                    v.versienummer,
                    v.ingangsdatum,
                    v.gepubliceerd_op,
                    v.bevestigd,
                    v.percentage,
                    v.samenvatting,
                ]
                for v in p.versies
            ],
        ),
        Tabel(
            PROTOCOL,
            "Medewerkers",
            ["", "Aantal"],
            [["Medewerkers die het protocol moeten lezen (nu)", p.medewerkers]],
        ),
    ]


def _tekst(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.strftime("%d-%m-%Y")
    return str(escape_formula(value))


def as_csv(verslag: Jaarverslag) -> bytes:
    """One long table: part, table, row, column, value. `;` and a byte-order mark, the way
    Dutch Excel opens a csv."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Onderdeel", "Tabel", "Regel", "Kolom", "Waarde"])
    for tabel in tabellen(verslag):
        for nummer, regel in enumerate(tabel.regels, start=1):
            label = regel[0] if tabel.rijlabel else nummer
            waarden = zip(tabel.kolommen, regel, strict=True)
            if tabel.rijlabel:
                waarden = list(waarden)[1:]
            for kolom, waarde in waarden:
                writer.writerow(
                    [
                        tabel.onderdeel,
                        _tekst(tabel.titel),
                        _tekst(label),
                        _tekst(kolom),
                        _tekst(waarde),
                    ]
                )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def as_xlsx(verslag: Jaarverslag) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for onderdeel in ONDERDELEN:
        sheet = workbook.create_sheet(onderdeel)
        sheet.append([f"{onderdeel} {verslag.jaar}"])
        sheet["A1"].font = Font(bold=True, size=14)
        sheet.append([f"Opgesteld op {verslag.opgesteld_op:%d-%m-%Y}"])
        breedtes: dict[int, int] = {}
        for tabel in tabellen(verslag):
            if tabel.onderdeel != onderdeel:
                continue
            sheet.append([])
            sheet.append([tabel.titel])
            sheet.cell(sheet.max_row, 1).font = bold
            sheet.append(tabel.kolommen)
            for cell in sheet[sheet.max_row]:
                cell.font = bold
            if not tabel.regels:
                sheet.append(["(geen)"])
            for regel in tabel.regels:
                sheet.append([escape_formula(v) for v in regel])
                for kolom, cell in enumerate(sheet[sheet.max_row], start=1):
                    if isinstance(cell.value, datetime.date):
                        cell.number_format = "DD-MM-YYYY"
                    elif isinstance(cell.value, str) and len(cell.value) > 60:
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
                    lengte = min(len(_tekst(cell.value)), 60)
                    breedtes[kolom] = max(breedtes.get(kolom, 10), lengte + 2)
        for kolom, breedte in breedtes.items():
            sheet.column_dimensions[chr(64 + kolom)].width = breedte
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
