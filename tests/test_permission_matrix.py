import importlib
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.matrix import ALL_ROLES, ANONIEM, Row

# URLs outside the matrix, and why.
NOT_IN_MATRIX = {
    "login",  # the one page for anonymous visitors
    "logout",  # POST-only, tested in tests/test_foundation.py
}


def _rows() -> list[Row]:
    rows: list[Row] = []
    tests_dir = Path(__file__).parent
    for path in sorted(tests_dir.glob("*/matrix*.py")):
        module = f"tests.{path.parent.name}.{path.stem}"
        rows.extend(importlib.import_module(module).ROWS)
    from tests.foundation_matrix import ROWS as FOUNDATION_ROWS

    return FOUNDATION_ROWS + rows


ROWS = _rows()


def _url_names(resolver=None, namespace="") -> set[str]:
    names = set()
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name == "admin":
                continue  # Django's own admin, for superusers only
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= _url_names(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(namespace + pattern.name)
    return names


def test_every_url_has_a_row_in_the_matrix():
    covered = {row.url_name for row in ROWS}
    missing = _url_names() - covered - NOT_IN_MATRIX
    assert not missing, f"URL's zonder rij in de permissiematrix: {sorted(missing)}"


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.id)
def test_permission(row: Row, role: str, client, cast):
    kwargs = row.kwargs(cast) if row.kwargs else {}
    url = reverse(row.url_name, kwargs=kwargs) + (f"?{row.query}" if row.query else "")
    if role != ANONIEM:
        client.force_login(cast[role])
    data = row.data(cast, kwargs) if row.data else {}
    response = getattr(client, row.method)(url, data)

    if role == ANONIEM:
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))
    elif role in row.allowed:
        assert response.status_code == row.ok, f"{role} → {url}"
    else:
        assert response.status_code == row.denied, f"{role} → {url}"
