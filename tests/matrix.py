"""The permission matrix: every URL of the portal × every role → expected status.

Each app lists its URLs in `tests/<app>/matrix*.py` as `ROWS = [Row(...), ...]`.
`tests/test_permission_matrix.py` runs every row for every role and fails when a URL of the
project has no row at all.

A row names the roles that get `ok` (200 unless said otherwise); every other signed-in role
gets `denied` (403, or 404 where the object must stay invisible), and anonymous visitors are
sent to the login page.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

ANONIEM = "anoniem"
ALL_ROLES = (
    ANONIEM,
    "buitenstaander",
    "medewerker",
    "redacteur",
    "fg",
    "melder",
    "technicus",
    "management",
)
STAFF = frozenset({"medewerker", "redacteur", "fg", "melder", "management"})


@dataclass(frozen=True)
class Row:
    url_name: str
    allowed: frozenset[str]
    # Builds the URL kwargs from the cast (creating the objects the URL needs).
    kwargs: Callable[[dict], dict] | None = None
    method: str = "get"
    # POST data, built from the cast and the kwargs.
    data: Callable[[dict, dict], dict] | None = None
    ok: int = 200
    denied: int = 403
    # Distinguishes several rows for one URL name (e.g. another technicus's case).
    label: str = ""
    query: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.url_name}{'[' + self.label + ']' if self.label else ''}:{self.method}"


def allow(*roles: str) -> frozenset[str]:
    return frozenset(roles)
