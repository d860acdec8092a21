import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.reports.data import GEHEIM, build_jaar2025

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def jaar2025(cast):
    return build_jaar2025(cast)


def test_management_opens_the_year_report_and_downloads_the_xlsx(
    page, login, management, jaar2025, screenshot
):
    login(management)
    page.get_by_role("link", name="Rapportage").click()
    page.wait_for_url("**/rapportage/")
    assert page.get_by_role("heading", name="Lopende datalekdossiers").is_visible()

    page.get_by_role("link", name="Jaarverslag").first.click()
    page.get_by_label("Jaar").select_option("2025")
    page.get_by_role("button", name="Tonen").click()
    page.wait_for_url("**/rapportage/jaarverslag/2025/")
    heading = page.get_by_role("heading", name="Privacy en informatiebeveiliging in 2025")
    assert heading.is_visible()
    assert page.get_by_role("img", name="Meldingen per maand in 2025").is_visible()
    body = page.locator("main").inner_text()
    for geheim in GEHEIM:
        assert geheim not in body

    with page.expect_download() as info:
        page.get_by_role("link", name="Download Excel (xlsx)").click()
    download = info.value
    assert download.suggested_filename == "privacy-jaarverslag-2025.xlsx"
    # The downloaded file has no extension; openpyxl reads it from memory.
    workbook = load_workbook(io.BytesIO(Path(download.path()).read_bytes()))
    assert workbook.sheetnames == ["Datalekken", "Verwerkingsregister", "Privacyprotocol"]
    rows = list(workbook["Datalekken"].iter_rows(values_only=True))
    assert ("Gemelde incidenten", 4) in [row[:2] for row in rows]

    page.get_by_role("link", name="Afdrukversie (A4)").click()
    page.wait_for_url("**/afdrukken/")
    page.emulate_media(media="print")
    screenshot("rapportage-jaarverslag-afdruk")
