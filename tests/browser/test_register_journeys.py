import pytest

from register.models import Verwerkingsactiviteit
from tests.register.test_import import LIBRARY_CSV

pytestmark = pytest.mark.django_db(transaction=True)


def test_fg_imports_the_register_and_sees_what_is_due(page, login, fg, screenshot, tmp_path):
    broken = tmp_path / "register-met-fout.csv"
    broken.write_bytes(LIBRARY_CSV.replace("1 HR;3;", "1 HR;drie;").encode("cp1252"))
    fixed = tmp_path / "register.csv"
    fixed.write_bytes(LIBRARY_CSV.encode("cp1252"))

    login(fg)
    page.get_by_role("link", name="Verwerkingsregister").first.click()
    page.get_by_role("link", name="Importeren").click()
    page.get_by_label("Spreadsheet met het register").set_input_files(str(broken))
    page.get_by_role("button", name="Controleren").click()

    errors = page.locator("table.import-errors")
    assert "‘drie’ is geen volgnummer" in errors.inner_text()
    assert "kolom D (Volgnummer)" in errors.inner_text()
    assert page.get_by_text("er is niets opgeslagen").is_visible()
    assert Verwerkingsactiviteit.objects.count() == 0

    page.get_by_label("Spreadsheet met het register").set_input_files(str(fixed))
    page.get_by_role("button", name="Opnieuw controleren").click()
    status = page.get_by_role("status").first.inner_text()
    assert "4 regels gelezen: 4 nieuw, 0 bij te werken" in status
    page.get_by_role("button", name="Importeren (4 regels)").click()

    # After the import the FG sees the register itself, with the imported lines.
    page.wait_for_url("**/register/")
    assert "Import voltooid: 4 nieuw" in page.locator(".alert-success").inner_text()
    assert page.get_by_role("link", name="Coördinatie vrijwilligers").first.is_visible()
    page.get_by_role("link", name="Te doen register").first.click()
    page.wait_for_url("**/register/te-doen/")
    heading = page.get_by_role("heading", name="Kwartaalbeoordeling van het register")
    assert heading.is_visible()
    assert Verwerkingsactiviteit.objects.count() == 4

    # Recording a review is one click on the line.
    review = page.locator("#beoordeling")
    review.get_by_role("button", name="Beoordeeld").first.click()
    page.wait_for_url("**/register/te-doen/**")
    assert "Beoordeling van" in page.locator(".alert-success").inner_text()
    screenshot("register-te-doen")
