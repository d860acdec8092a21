"""The cell values of an .xlsx workbook's first worksheet, streamed from its XML with lxml.

Why not openpyxl's read-only mode, which the rest of the portal uses for spreadsheets: on the
register's 10,000-row export (the benchmark file) it takes 1.7-2.1 s to read, against 0.7-0.9 s
here, and an import reads the file twice (preview, then for real). openpyxl parses every
inline string into a rich-text object and walks the whole sheet once more looking for a
dimension our exports do not write. This reader returns what openpyxl returns for
``load_workbook(read_only=True, data_only=True)`` and ``iter_rows(values_only=True)``
(tests/register/test_xlsx.py compares the two on workbooks of every kind of cell), and uses
openpyxl's own rules for number formats and Excel dates.

The XML is parsed without entities, DTD loading or network access; the caller checks the zip
directory (size, members) before anything is inflated.
"""

import functools
import io
import zipfile

from lxml import etree
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.datetime import (
    CALENDAR_MAC_1904,
    CALENDAR_WINDOWS_1900,
    from_excel,
    from_ISO8601,
)

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
DOC_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
T = f"{MAIN}t"
DIGITS = "0123456789"
SAFE = {"resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": False}


class TooLarge(Exception):
    """The sheet has more rows or columns than the caller allows."""


def _parse(archive: zipfile.ZipFile, name: str):
    with archive.open(name) as handle:
        return etree.parse(handle, etree.XMLParser(**SAFE)).getroot()


def _text(element) -> str:
    """The text of a shared or inline string: its plain text, then its rich-text runs, without
    the phonetic guide (as openpyxl's Text.content)."""
    if len(element) == 1 and element[0].tag == T:
        return element[0].text or ""  # plain text only, as nearly every cell is
    plain = element.findtext(T) or ""
    runs = "".join(run.findtext(f"{MAIN}t") or "" for run in element.iterfind(f"{MAIN}r"))
    return plain + runs


def _first_sheet(archive: zipfile.ZipFile) -> tuple[str, bool]:
    """The path of the first worksheet and whether the workbook counts dates from 1904."""
    workbook = _parse(archive, "xl/workbook.xml")
    properties = workbook.find(f"{MAIN}workbookPr")
    date1904 = properties is not None and properties.get("date1904") in ("1", "true")
    sheet = workbook.find(f"{MAIN}sheets/{MAIN}sheet")
    relations = _parse(archive, "xl/_rels/workbook.xml.rels")
    targets = {r.get("Id"): r.get("Target") for r in relations.iter(f"{PKG_REL}Relationship")}
    target = targets[sheet.get(f"{DOC_REL}id")]
    return (target[1:] if target.startswith("/") else f"xl/{target}"), date1904


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    root = _parse(archive, "xl/sharedStrings.xml")
    # openpyxl drops this escape prefix from shared strings (not from inline ones); so do we.
    return [_text(si).replace("x005F_", "") for si in root.iter(f"{MAIN}si")]


def _number_styles(archive: zipfile.ZipFile) -> tuple[set[int], set[int]]:
    """The indexes of the cell styles that show a number as a date, and as a duration."""
    if "xl/styles.xml" not in archive.namelist():
        return set(), set()
    root = _parse(archive, "xl/styles.xml")
    formats = dict(BUILTIN_FORMATS)
    for fmt in root.iter(f"{MAIN}numFmt"):
        formats[int(fmt.get("numFmtId"))] = fmt.get("formatCode") or ""
    dates, durations = set(), set()
    xfs = root.find(f"{MAIN}cellXfs")
    for index, xf in enumerate(xfs.iterfind(f"{MAIN}xf") if xfs is not None else ()):
        code = formats.get(int(xf.get("numFmtId", 0)), "")
        if is_date_format(code):
            dates.add(index)
            if is_timedelta_format(code):
                durations.add(index)
    return dates, durations


@functools.cache
def _column(letters: str) -> int:
    """The zero-based column of the letters of a cell reference such as ``AB12``."""
    index = 0
    for char in letters:
        index = index * 26 + ord(char.upper()) - 64
    return index - 1


def read_first_sheet(data: bytes, *, max_rows: int, max_columns: int) -> list[list]:
    """Rows of cell values (None, str, int, float, bool, datetime or timedelta), every row
    from row 1 on, each as long as its last cell. Raises TooLarge past the caps, KeyError,
    ValueError or lxml's errors on a damaged workbook."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        path, date1904 = _first_sheet(archive)
        strings = _shared_strings(archive)
        dates, durations = _number_styles(archive)
        epoch = CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900
        rows: list[list] = []
        with archive.open(path) as handle:
            for _, element in etree.iterparse(handle, tag=f"{MAIN}row", **SAFE):
                number = int(element.get("r") or len(rows) + 1)
                if number > max_rows:
                    raise TooLarge
                while len(rows) < number - 1:
                    rows.append([])  # Excel leaves out empty rows
                row: list = []
                for cell in element.iterchildren(f"{MAIN}c"):
                    reference = cell.get("r")
                    column = _column(reference.rstrip(DIGITS)) if reference else len(row)
                    if column >= max_columns:
                        raise TooLarge
                    if column > len(row):
                        row.extend([None] * (column - len(row)))
                    row.append(_value(cell, strings, dates, durations, epoch))
                rows.append(row)
                # Free what is read: the tree would otherwise grow to the whole sheet.
                element.clear(keep_tail=False)
                while element.getprevious() is not None:
                    del element.getparent()[0]
    return rows


def _value(cell, strings, dates, durations, epoch):
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(f"{MAIN}is")
        return _text(inline) if inline is not None else None
    value = cell.findtext(f"{MAIN}v")
    if not value:
        return None
    if kind == "s":
        return strings[int(value)]
    if kind == "b":
        return bool(int(value))
    if kind == "d":
        return from_ISO8601(value)
    if kind in ("str", "e"):
        return value
    number = float(value) if "." in value or "E" in value or "e" in value else int(value)
    style = int(cell.get("s", 0))
    if style in dates:
        try:
            return from_excel(number, epoch, timedelta=style in durations)
        except (OverflowError, ValueError):
            return "#VALUE!"  # as openpyxl: a date outside Excel's range
    return number
