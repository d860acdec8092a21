"""Workflows of the register that touch several rows or models: importing and exporting the
spreadsheet, and recording the cycles (review, yearly agreement check, clean-up)."""

import csv
import datetime
import io
from dataclasses import dataclass, field

import tablib
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from privacyportal.spreadsheets import escape_formula
from register.models import (
    Beoordeling,
    Controle,
    Verwerkersovereenkomst,
    Verwerkingsactiviteit,
)
from register.resources import ImportFout, VerwerkingsactiviteitResource
from register.spreadsheet import SpreadsheetError, parse


@dataclass
class ImportReport:
    bestandsnaam: str
    rows_read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    fouten: list[ImportFout] = field(default_factory=list)
    waarschuwingen: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    kolommen: list[str] = field(default_factory=list)
    nieuwe_verwerkers: list[str] = field(default_factory=list)
    nieuwe_systemen: list[str] = field(default_factory=list)
    written: bool = False

    @property
    def has_errors(self) -> bool:
        return bool(self.fouten)


def import_register(*, filename: str, data: bytes, dry_run: bool, user=None) -> ImportReport:
    """Check (dry_run) or import a register spreadsheet. Nothing is written unless every row is
    valid; the report lists every row and every error."""
    report = ImportReport(bestandsnaam=filename)
    try:
        sheet = parse(filename, data)
    except SpreadsheetError as exc:
        report.fouten.append(ImportFout(None, "", str(exc)))
        return report
    report.waarschuwingen = sheet.warnings
    report.kolommen = list(sheet.headings.values())
    report.rows_read = len(sheet.rows)
    if not sheet.rows:
        report.fouten.append(
            ImportFout(None, "", "Het bestand bevat geen regels onder de kopregel.")
        )
        return report

    keys = list(sheet.headings)
    dataset = tablib.Dataset(headers=[*keys, "_rij"])
    for number, values in sheet.rows:
        dataset.append([*(values.get(key, "") for key in keys), number])

    resource = VerwerkingsactiviteitResource(headings=sheet.headings, user=user)
    result = resource.import_data(
        dataset, dry_run=dry_run, use_transactions=True, rollback_on_validation_errors=True
    )
    report.fouten = list(resource.fouten)
    for error in result.base_errors:
        report.fouten.append(
            ImportFout(None, "", f"Het register kon niet worden opgeslagen: {error.error}")
        )
    report.rows = resource.preview
    report.created = result.totals.get("new", 0)
    report.updated = result.totals.get("update", 0)
    report.unchanged = result.totals.get("skip", 0)
    report.nieuwe_verwerkers = resource.created_lookups["verwerkers"]
    report.nieuwe_systemen = resource.created_lookups["systemen"]
    report.fouten.sort(key=lambda f: f.rij or 0)
    report.written = not dry_run and not report.fouten
    return report


def export_register(*, queryset=None) -> tablib.Dataset:
    return VerwerkingsactiviteitResource().export(queryset)


def _cell(value):
    if isinstance(value, datetime.date):
        return value.strftime("%d-%m-%Y")
    return escape_formula(value)


def register_as_csv(dataset: tablib.Dataset) -> bytes:
    """CSV the way Dutch Excel opens it: `;` between columns, UTF-8 with a byte-order mark."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(dataset.headers)
    for row in dataset:
        writer.writerow([_cell(value) for value in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def register_as_xlsx(dataset: tablib.Dataset) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Verwerkingsregister")
    bold = Font(bold=True)
    header = []
    for heading in dataset.headers:
        cell = WriteOnlyCell(sheet, value=heading)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in dataset:
        cells = []
        for value in row:
            if isinstance(value, datetime.date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "DD-MM-YYYY"
                cells.append(cell)
            elif value == "":
                cells.append(None)  # no cell at all: a third of the register is blank
            else:
                # A leading apostrophe keeps text starting with = + - @ from being a formula.
                cells.append(escape_formula(value))
        sheet.append(cells)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


@transaction.atomic
def record_review(
    *,
    activiteit: Verwerkingsactiviteit,
    today: datetime.date | None = None,
    door=None,
    opmerking: str = "",
) -> Beoordeling:
    """Record a review: the latest date on the activity, and one `Beoordeling` per review so
    the year report can count them per quarter."""
    today = today or timezone.localdate()
    activiteit.laatst_beoordeeld_op = today
    activiteit.save(update_fields=["laatst_beoordeeld_op", "gewijzigd_op"])
    return Beoordeling.objects.create(
        activiteit=activiteit, datum=today, door=door, opmerking=opmerking.strip()
    )


@transaction.atomic
def record_check(
    *,
    overeenkomst: Verwerkersovereenkomst,
    today: datetime.date | None = None,
    door=None,
    bevindingen: str = "",
) -> Controle:
    """Record the yearly check of an agreement: the latest date on the agreement, and one
    `Controle` with the findings that go into the bestuursverslag."""
    today = today or timezone.localdate()
    overeenkomst.laatst_gecontroleerd_op = today
    overeenkomst.save(update_fields=["laatst_gecontroleerd_op"])
    return Controle.objects.create(
        overeenkomst=overeenkomst, datum=today, door=door, bevindingen=bevindingen.strip()
    )


@transaction.atomic
def record_cleanup(*, activiteiten, user=None, today: datetime.date | None = None) -> int:
    """Record that the files of these activities were cleaned up (yearly, January–February)."""
    today = today or timezone.localdate()
    objs = list(activiteiten)
    for activiteit in objs:
        activiteit.laatst_opgeschoond_op = today
    bulk_update_with_history(
        objs,
        Verwerkingsactiviteit,
        ["laatst_opgeschoond_op"],
        default_user=user,
        default_change_reason="Jaarlijkse opschoning vastgelegd",
    )
    return len(objs)
