"""A datalek from the report to the archive, in the browser."""

import re

import pytest
from django.utils import timezone

from datalekken.models import Datalek

pytestmark = pytest.mark.django_db(transaction=True)

PDF = b"%PDF-1.4\n% afschrift melding\n%%EOF\n"

# A newsletter with all addresses visible: notify the AP, no high risk.
ANTWOORDEN = {
    "feit_persoonsgegevens": 0,
    "aard_vertrouwelijkheid": 0,
    "aard_integriteit": 1,
    "aard_beschikbaarheid": 1,
    "feit_onbegrijpelijk": 1,
    "feit_ontvanger_vertrouwd_en_gewist": 1,
    "feit_bijzondere_gegevens": 1,
    "feit_gevoelige_gegevens": 1,
    "feit_kwetsbare_groep": 1,
    "feit_kwade_opzet": 1,
    "feit_buiten_organisatie": 1,
}


def set_fase(page, naam, status):
    fase = page.locator("#fasen li").filter(has_text=naam)
    fase.locator("summary").click()
    fase.get_by_label(f"Status {naam.lower()}").select_option(status)
    fase.get_by_role("button", name="Opslaan").click()
    page.wait_for_load_state()


def test_from_report_to_archive(page, login, medewerker, melder, technicus, screenshot):
    # The medewerker reports.
    login(medewerker)
    page.get_by_role("link", name="Datalek melden").first.click()
    page.get_by_label("Wat is er gebeurd? In één zin").fill(
        "Nieuwsbrief Taalhuis met alle adressen zichtbaar verstuurd"
    )
    page.get_by_label("Vertel in een paar zinnen wat er is gebeurd").fill(
        "De nieuwsbrief ging met alle ontvangers in het aan-veld de deur uit."
    )
    nu = timezone.localtime().strftime("%Y-%m-%dT%H:%M")
    page.get_by_label("Wat voor soort incident is het?").select_option(
        label="Gegevens naar de verkeerde ontvanger gestuurd"
    )
    page.get_by_label("Wanneer is het ontdekt?").fill(nu)
    page.get_by_label("Telefoonnummer of e-mailadres").check()
    page.get_by_label("Aantal mensen: ten minste").fill("212")
    page.get_by_label("Aantal mensen: hooguit").fill("212")
    page.get_by_label("Wat is de oorzaak, als je die weet?").fill(
        "Adressen in het aan-veld gezet in plaats van in bcc."
    )
    page.get_by_role("button", name="Melding versturen").click()
    page.get_by_role("heading", name="Je melding is ontvangen").wait_for()
    datalek = Datalek.objects.get()
    assert datalek.dossiernummer in page.content()
    assert melder.email in page.content()  # whom to ask while nobody is assigned

    # Something more is known: the ontdekker passes it on.
    page.get_by_label("Wat wil je aanvullen?").fill("Twee ontvangers hebben al gereageerd.")
    page.get_by_role("button", name="Aanvulling versturen").click()
    page.get_by_text("Je aanvulling is doorgegeven.").wait_for()
    screenshot("datalek-aanvulling")

    # The melder sees it, assigns the technicus.
    login(melder)
    page.get_by_role("link", name="Naar de dossiers").click()
    page.get_by_role("link", name=datalek.dossiernummer).click()
    assert "nog 71 uur" in page.content() or "nog 72 uur" in page.content()
    page.get_by_role("link", name="Toewijzen").click()
    page.get_by_label("Technicus").select_option(label=technicus.get_full_name())
    page.get_by_role("button", name="Opslaan").click()
    page.get_by_text(f"technicus: {technicus.get_full_name()}").wait_for()
    assert "Twee ontvangers hebben al gereageerd." in page.content()

    # The melder records the library's role with the facts.
    page.get_by_role("link", name="Feiten bewerken").click()
    page.get_by_label("Rol van de bibliotheek").select_option(label="Verwerkingsverantwoordelijke")
    page.get_by_role("button", name="Opslaan").click()
    page.get_by_text("De feiten zijn opgeslagen.").wait_for()

    # Qualifies it with the beslisschema.
    page.get_by_role("link", name="Kwalificeren").click()
    for veld, keuze in ANTWOORDEN.items():
        page.locator(f"#id_{veld}_{keuze}").check()
    page.get_by_role("button", name="Antwoorden opslaan en advies bijwerken").click()
    advies = page.locator("#advies")
    assert "Melden bij de AP" in advies.inner_text()
    assert "Betrokkenen niet informeren" in advies.inner_text()
    page.get_by_role("button", name="Besluit vastleggen").click()
    page.get_by_text("Het besluit is vastgelegd.").wait_for()

    # Records the AP notification with the copy attached.
    page.get_by_role("link", name="Melding AP vastleggen").click()
    page.get_by_label("Meldingsnummer AP").fill("M-2025-31415")
    page.get_by_label("Afschrift van de melding (pdf)").set_input_files(
        {"name": "afschrift-melding.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.get_by_role("button", name="Opslaan").click()
    page.get_by_text("De melding bij de AP is vastgelegd.").wait_for()
    assert "op tijd gemeld" in page.content()
    assert page.get_by_role("link", name="afschrift-melding.pdf").is_visible()

    # The technicus records the repair, seeing the technical side only.
    url = page.url
    login(technicus)
    page.goto(url)
    page.get_by_role("link", name="Techniek en herstel").first.click()
    page.get_by_label("Direct genomen maatregelen").fill(
        "Verzonden items verwijderd; nieuwsbrieven gaan voortaan via de nieuwsbriefdienst."
    )
    page.get_by_role("button", name="Opslaan").click()
    page.get_by_text("De technische gegevens zijn opgeslagen.").wait_for()
    assert medewerker.get_full_name() not in page.content()
    assert "M-2025-31415" not in page.content()
    assert page.get_by_role("link", name="afschrift-melding.pdf").count() == 0
    screenshot("datalek-technicus")
    set_fase(page, "Repareren", "afgerond")

    # The melder completes the remaining phase and archives.
    login(melder)
    page.goto(url)
    set_fase(page, "Inventariseren", "afgerond")
    page.get_by_text("Alles is rond").wait_for()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Archiveren").click()
    page.get_by_text(re.compile(r"Dossier \d{4}-\d{3} is gearchiveerd")).wait_for()
    datalek.refresh_from_db()
    assert datalek.is_gearchiveerd
    assert datalek.ap_meldingsnummer == "M-2025-31415"
    assert set(datalek.fasen.values_list("status", flat=True)) == {"afgerond"}
    screenshot("datalek-gearchiveerd")
