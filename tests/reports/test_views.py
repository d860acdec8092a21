import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from privacyportal.reports import figures
from tests.datalekken.factories import DatalekFactory
from tests.reports.data import GEHEIM, ams, at

pytestmark = pytest.mark.django_db

NU = ams(2026, 2, 15, 12)


def get(client, name, **kwargs):
    with at(NU):
        return client.get(reverse(name, kwargs=kwargs or None))


def test_the_report_page_shows_the_chapter(jaar2025, client_for, management):
    response = get(client_for(management), "reports:jaarverslag")  # default: 2025 in February
    assert response.status_code == 200
    html = response.content.decode()
    assert "Privacy en informatiebeveiliging in 2025" in html
    assert "In 2025 zijn 4 incidenten gemeld" in html
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in html
    assert '<title id="grafiek-titel">Meldingen per maand in 2025</title>' in html
    assert "Meldingen per maand (dezelfde aantallen als de grafiek)" in html
    assert "40–60 betrokkenen; gemeld bij de AP binnen 72 uur" in html
    assert "Nieuw hoofdstuk over <strong>wifi</strong>." in html
    assert "Subverwerkers bijgewerkt." in html


def test_choosing_a_year(client_for, fg):
    client = client_for(fg)
    with at(NU):
        response = client.get(reverse("reports:jaarverslag"), {"jaar": "2024"})
        assert response.url == reverse("reports:jaarverslag_jaar", kwargs={"jaar": 2024})
        # Nonsense falls back to the default year instead of an error.
        response = client.get(reverse("reports:jaarverslag"), {"jaar": "twintig"})
        assert response.status_code == 200
        assert "Privacy en informatiebeveiliging in 2025" in response.content.decode()
        assert (
            client.get(reverse("reports:jaarverslag_jaar", kwargs={"jaar": 2027})).status_code
            == 404
        )


@pytest.mark.parametrize("name", ["reports:jaarverslag_jaar", "reports:afdrukken"])
def test_no_personal_data_in_the_pages(jaar2025, client_for, management, name):
    html = get(client_for(management), name, jaar=2025).content.decode()
    for geheim in GEHEIM:
        assert geheim not in html, geheim
    # Nor the dossiernummers or the AP's reference numbers.
    assert "M-2025-1" not in html
    assert jaar2025["cases"]["maart"].dossiernummer not in html


def test_the_print_view_is_an_a4_chapter(jaar2025, client_for, fg):
    html = get(client_for(fg), "reports:afdrukken", jaar=2025).content.decode()
    assert 'class="report-sheet"' in html
    assert "css/reports.css" in html
    assert "<h1" in html and "Privacy en informatiebeveiliging in 2025</h1>" in html
    assert "data-print" in html


def _xlsx_cells(content) -> dict[str, list[list]]:
    workbook = load_workbook(io.BytesIO(content))
    return {
        sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
        for sheet in workbook.worksheets
    }


def _row(rows, label):
    return next(row for row in rows if row and row[0] == label)


def test_the_xlsx_holds_the_same_figures_one_sheet_per_part(jaar2025, client_for, management):
    response = get(client_for(management), "reports:xlsx", jaar=2025)
    assert response["Content-Disposition"] == 'attachment; filename="privacy-jaarverslag-2025.xlsx"'
    sheets = _xlsx_cells(response.content)
    assert list(sheets) == ["Datalekken", "Verwerkingsregister", "Privacyprotocol"]
    with at(NU):
        verslag = figures.jaarverslag(2025)
    d, r = sheets["Datalekken"], sheets["Verwerkingsregister"]
    assert _row(d, "Gemelde incidenten")[1] == verslag.datalekken.gemeld == 4
    assert _row(d, "waarvan na de termijn van 72 uur")[1] == 1
    assert _row(d, "juni")[1:4] == [1, 0, 1]
    assert _row(r, "1e kwartaal")[1:3] == [2, 2]
    assert _row(r, "Gecontroleerd in het eerste kwartaal")[1] == 2
    assert _row(r, "Eerste controle")[1] == datetime.datetime(2025, 2, 10)
    versie = _row(sheets["Privacyprotocol"], 3)
    assert versie[3:5] == [1, 17]
    # The page shows the same numbers.
    html = get(client_for(management), "reports:jaarverslag_jaar", jaar=2025).content.decode()
    assert "gelezen door 1 van de 6 medewerkers (17%)" in html
    # A text that looks like a formula stays text.
    assert any("'=SOM(1;2) nog niet getekend" in row for row in r)
    flat = " ".join(str(v) for rows in sheets.values() for row in rows for v in row)
    for geheim in GEHEIM:
        assert geheim not in flat, geheim


def test_the_csv_has_a_part_column_and_escapes_formulas(jaar2025, client_for, fg):
    response = get(client_for(fg), "reports:csv", jaar=2025)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["Onderdeel", "Tabel", "Regel", "Kolom", "Waarde"]
    assert {row[0] for row in rows[1:]} == {"Datalekken", "Verwerkingsregister", "Privacyprotocol"}
    assert ["Datalekken", "Meldingen en datalekken", "Gemelde incidenten", "Aantal", "4"] in rows
    assert ["Datalekken", "Meldingen per maand", "december", "Overige meldingen", "1"] in rows
    assert any(row[4] == "'=SOM(1;2) nog niet getekend" for row in rows)
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    for geheim in GEHEIM:
        assert geheim not in text, geheim


def test_the_dashboard_shows_counts_to_management_and_dossiers_to_the_fg(
    jaar2025, client_for, management, fg
):
    DatalekFactory(
        ontdekt_op=NU - datetime.timedelta(hours=60),
        titel="Lijst met Lysbeth Kwakernaat gevonden",
        ontdekker__first_name="Zwanhilde",
    )
    nummer = jaar2025["cases"]["augustus_open"].dossiernummer
    html = get(client_for(management), "reports:dashboard").content.decode()
    assert "Lopende datalekdossiers" in html
    assert "Lopende dossiers per fase" in html
    assert nummer not in html
    for geheim in GEHEIM:
        assert geheim not in html, geheim
    html = get(client_for(fg), "reports:dashboard").content.decode()
    assert nummer in html
    assert "nog 12 uur" in html
    for geheim in GEHEIM:
        assert geheim not in html, geheim


def _cases(n):
    for i in range(n):
        DatalekFactory(
            ontdekt_op=ams(2025, 1 + i % 12, 10, 12),
            besluit_is_datalek=i % 2 == 0,
            besluit_melden_ap=i % 3 == 0,
            besluit_risico="hoog" if i % 4 == 0 else "",
            ap_gemeld_op=ams(2025, 1 + i % 12, 12, 12) if i % 3 == 0 else None,
            categorieen_persoonsgegevens=["naw"],
        )


@pytest.mark.parametrize(
    "name", ["reports:jaarverslag_jaar", "reports:afdrukken", "reports:xlsx", "reports:csv"]
)
def test_the_report_costs_a_fixed_number_of_queries(
    jaar2025, client_for, management, django_assert_num_queries, name
):
    client = client_for(management)
    _cases(3)
    get(client, name, jaar=2025)
    with CaptureQueriesContext(connection) as small:
        get(client, name, jaar=2025)
    _cases(60)
    with django_assert_num_queries(len(small)):
        get(client, name, jaar=2025)


def test_the_dashboard_costs_a_fixed_number_of_queries(
    jaar2025, client_for, fg, django_assert_num_queries
):
    client = client_for(fg)
    for _ in range(3):
        DatalekFactory(ontdekt_op=NU - datetime.timedelta(hours=30))
    get(client, "reports:dashboard")
    with CaptureQueriesContext(connection) as small:
        get(client, "reports:dashboard")
    for _ in range(60):
        DatalekFactory(ontdekt_op=NU - datetime.timedelta(hours=30))
    with django_assert_num_queries(len(small)):
        get(client, "reports:dashboard")


def test_home_panel_and_menu_for_management_and_fg_only(client_for, cast):
    for rol in ("management", "fg", "medewerker", "melder"):
        html = get(client_for(cast[rol]), "home").content.decode()
        allowed = rol in ("management", "fg")
        assert ("Privacy in het bestuursverslag 2025" in html) is allowed, rol
        assert (reverse("reports:dashboard") in html) is allowed, rol
