"""The register's xlsx reader returns what openpyxl's read-only mode returns, cell for cell."""

import datetime
import io
import zipfile

import openpyxl
import pytest
from openpyxl.styles import Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from tablib import Dataset

from register.services import register_as_xlsx
from register.xlsx import TooLarge, read_first_sheet

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def openpyxl_rows(data: bytes) -> list[list]:
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    sheet = workbook.worksheets[0]
    sheet.reset_dimensions()
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    return rows


def ours(data: bytes) -> list[list]:
    return read_first_sheet(data, max_rows=1000, max_columns=100)


def saved(workbook) -> bytes:
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def every_kind_of_cell(workbook) -> None:
    sheet = workbook.active
    sheet.append(["Titel", None, None, "  spaties  "])
    sheet.append([])
    sheet.append([])
    sheet.append(["tekst", 1, 2.5, 12345678901234567890, True, False, "Coördinatie €"])
    sheet.append([datetime.datetime(2025, 3, 31), datetime.date(2024, 2, 29), 1e-5, -3, 0])
    sheet["A6"] = datetime.datetime(2025, 1, 2, 13, 45, 10)
    sheet["B6"] = datetime.time(8, 30)
    sheet["C6"] = datetime.timedelta(hours=30)
    sheet["D6"] = 45000
    sheet["D6"].number_format = "DD-MM-YYYY"
    sheet["E6"] = "=1+1"  # a formula without a cached value
    sheet["F6"] = "'=escaped"
    sheet["J6"] = "na een gat"
    sheet["A7"].font = Font(bold=True)  # a styled empty cell
    sheet["C9"] = "rij 9"


def test_a_normal_workbook_reads_as_openpyxl_reads_it():
    workbook = openpyxl.Workbook()
    every_kind_of_cell(workbook)
    data = saved(workbook)
    assert ours(data) == openpyxl_rows(data)
    assert ours(data)[5][3] == datetime.datetime(2023, 3, 15)


def test_a_1904_workbook_reads_as_openpyxl_reads_it():
    workbook = openpyxl.Workbook()
    workbook.epoch = CALENDAR_MAC_1904
    every_kind_of_cell(workbook)
    data = saved(workbook)
    assert ours(data) == openpyxl_rows(data)


def test_our_own_export_reads_as_openpyxl_reads_it():
    dataset = Dataset(headers=["Domein", "Volgnummer", "Naam", "Laatst beoordeeld op", "Leeg"])
    dataset.append(["1 HR", 1, "=SOM(A1)", datetime.date(2025, 1, 15), ""])
    dataset.append(["2 Publieksservice", 2, "-1 rekenregel", "", ""])
    data = register_as_xlsx(dataset)
    assert ours(data) == openpyxl_rows(data)


def _with_shared_strings(data: bytes, sheet_data: str, strings: str) -> bytes:
    """An openpyxl workbook rewritten the way Excel saves one: a shared string table, plus
    cells of the types openpyxl itself never writes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = (
                    f'<worksheet xmlns="{MAIN}"><dimension ref="A1:F3"/>'
                    f"<sheetData>{sheet_data}</sheetData></worksheet>"
                ).encode()
            elif info.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                    b"</Types>",
                )
            elif info.filename == "xl/_rels/workbook.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/sharedStrings" '
                    b'Target="sharedStrings.xml"/></Relationships>',
                )
            target.writestr(info.filename, content)
        target.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{strings}</sst>'.encode())
    return out.getvalue()


def test_an_excel_style_workbook_with_shared_strings_reads_as_openpyxl_reads_it():
    strings = (
        "<si><t>Verwerker</t></si>"
        "<si><r><t>Rijke </t></r><r><rPr><b/></rPr><t>tekst</t></r></si>"
        "<si><t>漢字</t><rPh sb='0' eb='1'><t>かんじ</t></rPh></si>"
        "<si><t xml:space='preserve'>  met spaties  </t></si>"
        "<si><t>x005F_x0041_</t></si>"
        "<si><t/></si>"
    )
    cells = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>'
        '<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="s"><v>5</v></c>'
        '<c r="C3" t="str"><f>A1</f><v>Verwerker</v></c><c r="D3" t="e"><v>#N/A</v></c>'
        '<c r="E3" t="b"><v>1</v></c><c r="F3" t="d"><v>2025-03-31T10:00:00</v></c>'
        '<c r="G3"><f>1+1</f><v>2</v></c><c r="H3" t="inlineStr"><is><r><t>in</t></r>'
        "<r><t>line</t></r></is></c>"
        '<c r="I3"><v>12345678901234567890</v></c>'
        '<c r="J3"><v>1E3</v></c></row>'
        # Cells without a reference, as some generators write them.
        "<row><c><v>7</v></c><c t='s'><v>0</v></c></row>"
    )
    data = _with_shared_strings(saved(openpyxl.Workbook()), cells, strings)
    rows = ours(data)
    assert rows == openpyxl_rows(data)
    assert rows[0] == ["Verwerker", "Rijke tekst", "漢字", "  met spaties  "]


def test_the_caps_count_rows_and_columns_while_reading():
    workbook = openpyxl.Workbook()
    workbook.active["A50"] = "ver weg"
    with pytest.raises(TooLarge):
        read_first_sheet(saved(workbook), max_rows=49, max_columns=10)
    workbook = openpyxl.Workbook()
    workbook.active["K1"] = "breed"
    with pytest.raises(TooLarge):
        read_first_sheet(saved(workbook), max_rows=10, max_columns=10)


def test_entities_are_not_resolved():
    workbook = openpyxl.Workbook()
    data = _with_shared_strings(
        saved(workbook),
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
        "<si><t>veilig</t></si>",
    )
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/sharedStrings.xml":
                content = (
                    b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY e SYSTEM '
                    b'"file:///etc/passwd">]>' + content.replace(b"veilig", b"&e;")
                )
            target.writestr(info.filename, content)
    assert "root:" not in str(read_first_sheet(out.getvalue(), max_rows=10, max_columns=10))
