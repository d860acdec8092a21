import logging

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse

from privacyportal.markdown import render_markdown
from privacyportal.roles import Rol

pytestmark = pytest.mark.django_db


def test_the_six_roles_exist_as_groups():
    assert set(Group.objects.values_list("name", flat=True)) >= set(Rol.values)


def test_login_page_is_dutch_and_open_to_anonymous_visitors(client):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    assert "Inloggen op het Privacyportaal" in response.content.decode()


def test_anonymous_visitors_are_sent_to_login(client):
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_logging_in_and_out(client, medewerker, caplog):
    caplog.set_level(logging.INFO, logger="privacyportal.security")
    response = client.post(
        reverse("login"),
        {"username": "medewerker", "password": "een-lang-testwachtwoord"},
        REMOTE_ADDR="10.0.0.7",
    )
    assert response.status_code == 302
    assert "login user=medewerker" in caplog.text
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert client.get(reverse("home")).status_code == 302


def test_a_wrong_password_gets_a_dutch_message_and_is_logged(client, medewerker, caplog):
    response = client.post(
        reverse("login"), {"username": "medewerker", "password": "fout"}, REMOTE_ADDR="10.0.0.7"
    )
    assert response.status_code == 200
    assert "Gebruikersnaam of wachtwoord is onjuist" in response.content.decode()
    assert "login-failed user=medewerker" in caplog.text


def test_repeated_wrong_passwords_lock_the_account_for_a_while(client, medewerker):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            reverse("login"), {"username": "medewerker", "password": "fout"}, REMOTE_ADDR="10.1.1.1"
        )
    response = client.post(
        reverse("login"),
        {"username": "medewerker", "password": "een-lang-testwachtwoord"},
        REMOTE_ADDR="10.1.1.1",
    )
    assert response.status_code == 429
    assert "tijdelijk geblokkeerd" in response.content.decode()


def test_pages_for_signed_in_users_are_never_cached(client, medewerker):
    client.force_login(medewerker)
    response = client.get(reverse("home"))
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_pages_carry_a_content_security_policy_without_inline_scripts(client, medewerker):
    client.force_login(medewerker)
    policy = client.get(reverse("home"))["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy


def test_access_denied_is_logged(client, buitenstaander, caplog, settings):
    # The fg-only pages arrive with the register; any 403 goes through the same handler.
    from privacyportal.views import permission_denied

    request = client.get(reverse("home")).wsgi_request
    request.user = buitenstaander
    response = permission_denied(request)
    assert response.status_code == 403
    assert "access-denied user=buitenstaander" in caplog.text


def test_dates_are_written_day_month_year_with_dashes():
    import datetime

    from django.utils import formats, translation

    with translation.override("nl"):
        assert formats.date_format(datetime.date(2026, 11, 22)) == "22-11-2026"


@pytest.mark.parametrize(
    "text, forbidden",
    [
        ("[klik](javascript:alert(1))", 'href="javascript'),
        ("<a href='javascript:alert(1)'>klik</a>", "<a "),
        ("<script>alert(1)</script>", "<script"),
        ('<img src=x onerror="alert(1)">', "<img"),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", 'href="data'),
    ],
)
def test_markdown_never_lets_scripts_through(text, forbidden):
    assert forbidden not in render_markdown(text)


def test_markdown_keeps_ordinary_formatting():
    html = render_markdown("**Let op**: zie [de AP](https://autoriteitpersoonsgegevens.nl)\n\n- a")
    assert "<strong>Let op</strong>" in html
    assert 'href="https://autoriteitpersoonsgegevens.nl"' in html
    assert "<li>a</li>" in html


def test_a_signed_in_user_asking_for_something_hidden_is_logged(client, technicus, caplog):
    caplog.set_level(logging.INFO, logger="privacyportal.security")
    client.force_login(technicus)
    response = client.get("/datalekken/999999/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()
    assert "not-found user=technicus path=/datalekken/999999/" in caplog.text
