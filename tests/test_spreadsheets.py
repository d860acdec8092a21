"""The one formula escaper, used by the register export and the year report."""

import pytest

from privacyportal.reports import export as report_export
from privacyportal.spreadsheets import escape_formula, unescape_formula
from register import services as register_services


@pytest.mark.parametrize(
    "value",
    ["=SUM(A1:A9)", "+31 6 12345678", "-5", "@HYPERLINK(x)", "\t=1", "\r=1"],
)
def test_text_that_would_start_a_formula_gets_an_apostrophe_and_comes_back(value):
    escaped = escape_formula(value)
    assert escaped == "'" + value
    assert unescape_formula(escaped) == value


@pytest.mark.parametrize("value", ["Ledenadministratie", "", "5 jaar", "'t Hof", 12, None])
def test_other_values_are_left_alone(value):
    assert escape_formula(value) == value
    if isinstance(value, str):
        assert unescape_formula(value) == value


def test_register_and_year_report_use_the_same_escaper():
    assert register_services.escape_formula is escape_formula
    assert report_export.escape_formula is escape_formula
