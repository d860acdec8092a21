"""The body rows of a report table, built in Python, are the HTML the template loop produced."""

import datetime

import pytest
from django.template import Context, Template

from privacyportal.reports import export, figures
from privacyportal.reports.export import Tabel
from tests.reports.data import ams, at

# The <tbody> of reports/_tabel.html before `Tabel.html_regels`.
OUDE_REGELS = Template(
    "{% for regel in tabel.cellen %}"
    "<tr>{% for waarde, getal, datum in regel %}{% if forloop.first and tabel.rijlabel %}"
    '<th scope="row" class="fw-normal">{{ waarde }}</th>{% else %}'
    '<td{% if getal %} class="text-end text-nowrap"{% endif %}>{% if waarde is None %}–'
    '{% elif getal %}{{ waarde }}{% elif datum %}{{ waarde|date:"d-m-Y" }}'
    "{% else %}{{ waarde }}{% endif %}</td>{% endif %}{% endfor %}</tr>"
    "{% empty %}"
    '<tr><td colspan="{{ tabel.kolommen|length }}" class="text-body-secondary">Geen.</td></tr>'
    "{% endfor %}"
)


def _oud(tabel) -> str:
    return OUDE_REGELS.render(Context({"tabel": tabel}))


@pytest.mark.parametrize(
    "tabel",
    [
        Tabel("X", "Leeg", ["", "Aantal"], []),
        Tabel(
            "X",
            "Getallen, lege waarden en data",
            ["", "Aantal", "Datum", "Tekst"],
            [
                ["Eerste <regel> & meer", 1234, datetime.date(2025, 3, 31), "a < b"],
                ["Tweede", None, None, None],
                ["Derde", 0, datetime.date(2025, 12, 31), 'O\'Brien "citaat"'],
            ],
        ),
        Tabel(
            "X",
            "Zonder rijlabel",
            ["Maand", "Omschrijving", "Aantal"],
            [["maart", "<b>vet</b>; 40–60 betrokkenen", 3], [7, "–", None]],
            rijlabel=False,
        ),
        Tabel("X", "Getal als rijlabel", ["Versie", "Datum"], [[3, datetime.date(2024, 1, 2)]]),
    ],
)
def test_the_rows_equal_the_template_loop(tabel):
    assert tabel.html_regels == _oud(tabel)


@pytest.mark.django_db
def test_every_table_of_a_real_year_report_equals_the_template_loop(jaar2025):
    with at(ams(2026, 2, 15, 12)):
        verslag = figures.jaarverslag(2025)
    tabellen = export.tabellen(verslag)
    assert any(tabel.regels for tabel in tabellen)
    for tabel in tabellen:
        assert tabel.html_regels == _oud(tabel), tabel.titel
