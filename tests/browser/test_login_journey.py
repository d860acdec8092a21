import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_medewerker_logs_in_and_out(page, login, medewerker, screenshot):
    login(medewerker)
    assert page.get_by_role("heading", level=1).inner_text().startswith("Goedendag")
    page.get_by_role("button", name=medewerker.get_full_name()).click()
    page.get_by_role("button", name="Uitloggen").click()
    page.wait_for_url("**/inloggen/")
    screenshot("login")
    page.goto("/")
    assert "/inloggen/" in page.url
