"""Spreadsheet cells that stay text: formula escaping for every export (register, reports).

A cell that starts with = + - @ (or a tab or carriage return, which Excel skips before them)
would run as a formula when the file is opened ("CSV injection"). Such a cell gets a leading
apostrophe, which Excel shows as nothing and our register import removes again.
"""

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(value):
    """`value` with a leading apostrophe when it is text that would start a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def unescape_formula(value: str) -> str:
    """Undo `escape_formula` on text read back from one of our exports."""
    if len(value) > 1 and value[0] == "'" and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value
