"""Security settings and headers: session expiry, secure cookies, no caching of case data,
a strict CSP, templates without inline script or style, safe downloads, private uploads."""

import datetime
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse

from tests.datalekken.factories import DatalekFactory, bijlage_for
from tests.register.factories import ActiviteitFactory, GEBFactory, OvereenkomstFactory

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)
PDF = b"%PDF-1.4\n% test\n%%EOF\n"


def test_session_expires_after_half_an_hour_without_activity(client_for, medewerker):
    assert settings.SESSION_COOKIE_AGE <= 30 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST
    start = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as clock:
        client = client_for(medewerker)
        assert client.get(reverse("home")).status_code == 200
        # Activity keeps the session alive…
        clock.shift(datetime.timedelta(minutes=25))
        assert client.get(reverse("home")).status_code == 200
        clock.shift(datetime.timedelta(minutes=25))
        assert client.get(reverse("home")).status_code == 200
        # …half an hour of silence ends it.
        clock.shift(datetime.timedelta(minutes=31))
        response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def production_settings() -> dict:
    """The settings module as production loads it: DEBUG off, only the required variables."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "DATABASE_URL": "postgres://prod@db.example.org/privacyportaal",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "privacy.example.org",
    }
    code = (
        "import json, privacyportal.settings as s; print(json.dumps({k: getattr(s, k) for k in "
        "['DEBUG', 'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY', "
        "'CSRF_COOKIE_HTTPONLY', 'SECURE_SSL_REDIRECT', 'SECURE_HSTS_SECONDS', "
        "'SECURE_CONTENT_TYPE_NOSNIFF', 'X_FRAME_OPTIONS', 'SESSION_EXPIRE_AT_BROWSER_CLOSE', "
        "'SESSION_COOKIE_SAMESITE']}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_production_settings_are_secure():
    prod = production_settings()
    assert prod["DEBUG"] is False
    assert prod["SESSION_COOKIE_SECURE"] and prod["CSRF_COOKIE_SECURE"]
    assert prod["SESSION_COOKIE_HTTPONLY"] and prod["CSRF_COOKIE_HTTPONLY"]
    assert prod["SECURE_SSL_REDIRECT"]
    assert prod["SECURE_HSTS_SECONDS"] >= 31536000
    assert prod["SECURE_CONTENT_TYPE_NOSNIFF"]
    assert prod["X_FRAME_OPTIONS"] == "DENY"
    assert prod["SESSION_EXPIRE_AT_BROWSER_CLOSE"]
    assert prod["SESSION_COOKIE_SAMESITE"] in ("Lax", "Strict")


def test_session_cookie_is_http_only(client, medewerker):
    response = client.post(
        reverse("login"), {"username": medewerker.username, "password": "een-lang-testwachtwoord"}
    )
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["httponly"]
    assert cookie["samesite"] in ("Lax", "Strict")


def no_store(response) -> bool:
    return "no-store" in response.get("Cache-Control", "")


def test_case_pages_and_downloads_are_not_cached(client_for, melder):
    datalek = DatalekFactory()
    bijlage = bijlage_for(datalek, melder)
    client = client_for(melder)
    for url in (
        reverse("datalekken:lijst"),
        reverse("datalekken:detail", args=[datalek.pk]),
        reverse("datalekken:samenvatting", args=[datalek.pk]),
        reverse("datalekken:bijlage_downloaden", args=[datalek.pk, bijlage.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert no_store(response), url
        assert "private" in response["Cache-Control"], url


def test_csp_allows_no_inline_script_or_style(client_for, medewerker):
    response = client_for(medewerker).get(reverse("home"))
    policy = response["Content-Security-Policy"]
    directives = dict(
        (part.strip().split(" ", 1) + [""])[:2] for part in policy.split(";") if part.strip()
    )
    script = directives.get("script-src", directives.get("default-src", ""))
    assert "'unsafe-inline'" not in script and "'unsafe-eval'" not in script
    assert "'unsafe-inline'" not in directives.get("style-src", "")
    assert "frame-ancestors 'none'" in policy
    assert "object-src 'none'" in policy


INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)[^>]*>\s*\S", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.IGNORECASE | re.DOTALL)
STYLE_ATTRIBUTE = re.compile(r"<[a-z][^>]*\sstyle\s*=", re.IGNORECASE | re.DOTALL)
# Templates that are not HTML pages (plain-text e-mails) are left out.
TEMPLATES = sorted(p for p in (ROOT / "templates").rglob("*.html"))


def test_the_template_scan_finds_templates():
    assert len(TEMPLATES) > 50


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_templates_have_no_inline_script_handlers_or_styles(path):
    text = path.read_text(encoding="utf-8")
    assert not INLINE_SCRIPT.search(text), "inline <script> met inhoud"
    assert not EVENT_HANDLER.search(text), "on…= handler"
    assert not STYLE_ATTRIBUTE.search(text), "style= attribuut"


def test_the_scan_would_catch_violations():
    assert INLINE_SCRIPT.search("<script>alert(1)</script>")
    assert not INLINE_SCRIPT.search('<script src="/static/js/portal.js"></script>')
    assert EVENT_HANDLER.search('<button class="x"\n onclick="go()">')
    assert STYLE_ATTRIBUTE.search('<div style="color:red">')
    assert not STYLE_ATTRIBUTE.search('<link rel="stylesheet" href="x.css">')


def assert_safe_download(response, name_pattern=r'filename="?[\w.\- ]+"?'):
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment"), disposition
    assert re.search(name_pattern, disposition), disposition
    assert "/" not in disposition.split("filename", 1)[1]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert no_store(response)


def test_every_download_is_an_attachment_with_a_safe_name(client_for, cast):
    fg, melder = cast["fg"], cast["melder"]
    datalek = DatalekFactory()
    bijlage = bijlage_for(datalek, melder, naam='../../etc/"passwd";.pdf')
    assert_safe_download(
        client_for(melder).get(
            reverse("datalekken:bijlage_downloaden", args=[datalek.pk, bijlage.pk])
        )
    )

    geb = GEBFactory(activiteit=ActiviteitFactory(), document_naam="../geb rapport.pdf")
    geb.document.save("x.pdf", ContentFile(PDF))
    assert_safe_download(
        client_for(cast["medewerker"]).get(
            reverse("register:geb_document", args=[geb.activiteit_id])
        )
    )

    overeenkomst = OvereenkomstFactory(document_naam="ovk.pdf")
    overeenkomst.document.save("x.pdf", ContentFile(PDF))
    assert_safe_download(
        client_for(fg).get(reverse("register:overeenkomst_document", args=[overeenkomst.pk]))
    )

    for formaat in ("xlsx", "csv"):
        assert_safe_download(client_for(fg).get(reverse("register:export"), {"formaat": formaat}))


def test_uploads_live_outside_static_files_and_have_no_url(client_for, melder):
    datalek = DatalekFactory()
    bijlage = bijlage_for(datalek, melder)
    location = Path(default_storage.location).resolve()
    static_root = Path(settings.STATIC_ROOT).resolve()
    assert static_root not in location.parents and location != static_root
    for folder in settings.STATICFILES_DIRS:
        assert Path(folder).resolve() not in location.parents
    client = client_for(melder)
    name = bijlage.bestand.name
    # Even the URL the storage would build for a file leads nowhere.
    for url in (
        bijlage.bestand.url,
        f"/geen-publieke-bestanden/{name}",
        f"/private_media/{name}",
        f"/media/{name}",
        f"/static/{name}",
        f"/{name}",
    ):
        assert client.get(url).status_code == 404, url
