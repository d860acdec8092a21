"""The pieces of `manage.py benchmark` that the apps fill in.

Each app has a `<app>/benchmark.py` with
    build(size: Size, users: Cast) -> None      creates the app's rows for that size
    pages(users: Cast) -> list[Page]           the app's key pages to measure
and may add timed operations with
    operations(users: Cast) -> list[Operation] (export, import, a cron command)
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Size:
    name: str
    activiteiten: int
    datalekken: int
    secties: int
    gebruikers: int


SMALL = Size("small", activiteiten=100, datalekken=50, secties=50, gebruikers=20)
LARGE = Size("large", activiteiten=10_000, datalekken=5_000, secties=500, gebruikers=300)


@dataclass(frozen=True)
class Page:
    name: str
    role: str
    # Called after the data is built; returns the URL (with query string) to fetch.
    url: Callable[[], str]


@dataclass(frozen=True)
class Operation:
    # Key in the JSON output, e.g. "export_s".
    key: str
    run: Callable[[], None]
