"""The cast: one user per role, each holding exactly that role, and an outsider with none."""

import pytest

from privacyportal.roles import Rol
from tests.factories import UserFactory

ROLES = [rol.value for rol in Rol]


def pytest_configure(config):
    from django.conf import settings

    # The test client and the live test server speak plain HTTP; production redirects to
    # HTTPS. Set before any server starts, since middleware reads it once.
    settings.SECURE_SSL_REDIRECT = False
    # Hashing a password the production way takes a noticeable moment per user.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    # Uploads in tests land in a fresh folder, never in the checkout.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private_media", "base_url": None},
        },
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def cast(db):
    """`cast["fg"]` is a user with only the fg role; `cast["buitenstaander"]` has no role."""
    users = {rol: UserFactory(username=rol, rollen=[rol]) for rol in ROLES}
    users["buitenstaander"] = UserFactory(username="buitenstaander")
    return users


@pytest.fixture
def medewerker(cast):
    return cast["medewerker"]


@pytest.fixture
def redacteur(cast):
    return cast["redacteur"]


@pytest.fixture
def fg(cast):
    return cast["fg"]


@pytest.fixture
def melder(cast):
    return cast["melder"]


@pytest.fixture
def technicus(cast):
    return cast["technicus"]


@pytest.fixture
def management(cast):
    return cast["management"]


@pytest.fixture
def buitenstaander(cast):
    return cast["buitenstaander"]


@pytest.fixture
def client_for(client):
    """`client_for(user)` returns the test client logged in as that user."""

    def login(user):
        client.force_login(user)
        return client

    return login
