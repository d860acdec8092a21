"""Measures the key pages at a small and a large dataset: queries and median server time.

Why: the portal must stay fast when a library's register (10,000 activities) and case
history (5,000 cases) grow. Query counts must not depend on the number of rows and the
large/small time ratio should stay at or below 1.5. This is a measurement, not a test: it
runs in its own throwaway test database and prints a table (and JSON with --json).
"""

import gc
import json
import logging
import statistics
import tempfile
import time
import warnings
from contextlib import contextmanager
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings, setup_test_environment

from privacyportal.benchmark import LARGE, SMALL, Size
from privacyportal.navigation import PORTAL_APPS
from privacyportal.roles import Rol

# The reports are in PORTAL_APPS now; keep each app once.
BENCH_APPS = tuple(dict.fromkeys((*PORTAL_APPS, "privacyportal.reports")))


def _app_modules():
    return [
        import_module(f"{app}.benchmark")
        for app in BENCH_APPS
        if find_spec(app) is not None and find_spec(f"{app}.benchmark") is not None
    ]


def _cast(size: Size) -> dict:
    """One user per role plus `size.gebruikers` medewerkers, like a real library's staff."""
    User = get_user_model()
    users = {}
    for rol in Rol:
        user = User.objects.create_user(username=f"bench-{rol.value}", password=None)
        user.groups.add(Group.objects.get_or_create(name=rol.value)[0])
        users[rol.value] = user
    staff = User.objects.bulk_create(
        User(username=f"medewerker-{i:04d}", first_name="Mede", last_name=f"Werker {i}")
        for i in range(size.gebruikers)
    )
    medewerkers = Group.objects.get(name=Rol.MEDEWERKER)
    medewerkers.user_set.add(*staff)
    users["staff"] = staff
    return users


def _sibling_database():
    """A second database for the large dataset, migrated like the first. (Not a copy of the
    first with CREATE DATABASE … TEMPLATE: that fails whenever anyone else is connected to it,
    as the live server of the browser tests is when the test suite runs this.)"""
    default = connections[DEFAULT_DB_ALIAS]
    name = f"{default.settings_dict['NAME']}_groot"
    with default._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    sibling = default.__class__({**default.settings_dict, "NAME": name}, DEFAULT_DB_ALIAS)
    with _as_default(sibling):
        call_command("migrate", verbosity=0, interactive=False)
    return sibling


def _drop_sibling(sibling):
    sibling.close()
    with connections[DEFAULT_DB_ALIAS]._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{sibling.settings_dict["NAME"]}"')


@contextmanager
def _as_default(database):
    """Makes `database` the default connection: the views, the test client's sessions and
    CaptureQueriesContext all go through `django.db.connection`."""
    previous = connections[DEFAULT_DB_ALIAS]
    connections[DEFAULT_DB_ALIAS] = database
    try:
        yield
    finally:
        connections[DEFAULT_DB_ALIAS] = previous


@contextmanager
def _using(database):
    with _as_default(database):
        _load_content_types()
        yield
    _load_content_types()


def _load_content_types():
    """Content types are cached per alias, and both databases are "default", with ids that
    need not match: reload the cache from the current database (one query, outside any
    measurement), as a server process on that database would have it."""
    ContentType.objects.clear_cache()
    ContentType.objects.get_for_models(*apps.get_models())


@contextmanager
def _quiet():
    """Every force_login logs an INFO "login" line on the security logger, hundreds per run;
    and WhiteNoise warns that the (uncollected) static folder is missing. Neither says
    anything about the measurement: lower the one logger and drop that one warning while the
    command runs."""
    security = logging.getLogger("privacyportal.security")
    level = security.level
    security.setLevel(logging.WARNING)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="No directory at")
            yield
    finally:
        security.setLevel(level)


class Command(BaseCommand):
    help = (
        "Bouwt een kleine en een grote dataset in een wegwerp-testdatabase en meet per "
        "belangrijke pagina het aantal queries en de mediane servertijd."
    )

    def add_arguments(self, parser):
        parser.add_argument("--json", dest="json_file", help="Schrijf de cijfers ook als JSON.")
        parser.add_argument("--repeat", type=int, default=15, help="Metingen per pagina.")
        parser.add_argument(
            "--pages",
            help="Meet alleen deze pagina's (namen met komma's gescheiden, zoals in de tabel).",
        )
        parser.add_argument(
            "--no-operations",
            action="store_true",
            help="Sla export, import en de termijnencommando over.",
        )

    def handle(self, *args, json_file=None, repeat=15, pages=None, no_operations=False, **options):
        setup_test_environment()
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            with (
                tempfile.TemporaryDirectory() as media,
                override_settings(
                    # Static files are not collected here; uploads must not land in the checkout.
                    STORAGES={
                        "default": {
                            "BACKEND": "django.core.files.storage.FileSystemStorage",
                            "OPTIONS": {"location": media, "base_url": None},
                        },
                        "staticfiles": {
                            "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
                        },
                    },
                ),
                _quiet(),
            ):
                results, operations = self.measure_all(
                    repeat,
                    pages={name.strip() for name in pages.split(",")} if pages else None,
                    operations=not no_operations,
                )
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
        self.report(results, operations)
        if json_file:
            with open(json_file, "w") as fh:
                json.dump({"pages": results, **operations}, fh, indent=2)

    def measure_all(self, repeat, pages=None, operations=True):
        """Both datasets live side by side (two databases) and every page is fetched at the
        two sizes in turn, small and large alternating. Measuring one size after the other
        let a noisy minute on this shared machine land on one size only: the same page moved
        by up to 2x in ratio between identical runs. Alternating makes both medians see the
        same machine."""
        modules = _app_modules()
        databases = {SMALL: connections[DEFAULT_DB_ALIAS], LARGE: _sibling_database()}
        clients: dict[tuple[str, str], tuple[Client, str]] = {}
        casts = {}
        try:
            for size, database in databases.items():
                with _using(database):
                    casts[size] = users = self.build(size, modules)
                    for module in modules:
                        for page in module.pages(users):
                            if pages and page.name not in pages:
                                continue
                            clients[page.name, size.name] = self.prepare(page, users)
            results = self.measure_pages(clients, databases, repeat)
            # Last: the import rewrites every activity of the large dataset.
            timings = {}
            if operations:
                with _using(databases[LARGE]):
                    timings = self.run_operations(modules, casts[LARGE])
        finally:
            _drop_sibling(databases[LARGE])
        return results, timings

    def build(self, size, modules):
        started = time.perf_counter()
        users = _cast(size)
        for module in modules:
            module.build(size, users)
        # A live database has its statistics and visibility maps kept up to date by
        # autovacuum; rows bulk-inserted a second ago have neither, and the planner would
        # be guessing. Do now what autovacuum would do shortly after such a load.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        seconds = time.perf_counter() - started
        self.stdout.write(f"Dataset {size.name}: opgebouwd in {seconds:.1f} s")
        return users

    def prepare(self, page, users):
        """A signed-in client for the page's role at the current size, and the page's URL."""
        client = Client()
        client.force_login(users[page.role])
        return client, page.url()

    def run_operations(self, modules, users):
        timings = {}
        for module in modules:
            for operation in getattr(module, "operations", lambda users: [])(users):
                started = time.perf_counter()
                operation.run()
                timings[operation.key] = round(time.perf_counter() - started, 2)
        return timings

    def measure_pages(self, clients, databases, repeat):
        # The datasets were built in this process; a full collection walks every object
        # still alive, so without this the garbage collector costs more at the large size
        # than any web server process (which never holds the dataset) would pay.
        gc.collect()
        gc.freeze()
        results: dict[str, dict] = {}
        names = dict.fromkeys(name for name, _ in clients)
        for name in names:
            timings = {size: [] for size in databases}
            queries = {}
            for round_ in range(repeat + 1):
                # Alternate which size goes first, so neither always follows the other.
                order = list(databases) if round_ % 2 == 0 else list(reversed(databases))
                for size in order:
                    client, url = clients[name, size.name]
                    with _using(databases[size]):
                        gc.collect()
                        with CaptureQueriesContext(connection) as captured:
                            started = time.perf_counter()
                            # secure=True: production settings redirect plain HTTP to HTTPS.
                            response = client.get(url, secure=True)
                            elapsed = (time.perf_counter() - started) * 1000
                        # Inside _using: `captured` reads the log of the current connection.
                        count = len(captured)
                    if response.status_code != 200:
                        raise RuntimeError(f"{name}: {url} gaf status {response.status_code}")
                    # Round 0 warms templates, caches and the connection; it is not counted.
                    if round_:
                        timings[size].append(elapsed)
                        queries[size] = count
            row = {}
            for size in databases:
                row[f"queries_{size.name}"] = queries[size]
                row[f"ms_{size.name}"] = round(statistics.median(timings[size]), 1)
            row["ratio"] = round(row["ms_large"] / row["ms_small"], 2) if row["ms_small"] else 0
            results[name] = row
        gc.unfreeze()
        return results

    def report(self, results, operations):
        header = (
            f"{'pagina':<24}{'q klein':>9}{'q groot':>9}"
            f"{'ms klein':>10}{'ms groot':>10}{'ratio':>7}"
        )
        self.stdout.write("\n" + header)
        self.stdout.write("-" * len(header))
        for name, row in results.items():
            flag = "" if row["queries_small"] == row["queries_large"] else "  <- queries groeien"
            self.stdout.write(
                f"{name:<24}{row['queries_small']:>9}{row['queries_large']:>9}"
                f"{row['ms_small']:>10.1f}{row['ms_large']:>10.1f}{row['ratio']:>7.2f}{flag}"
            )
        for key, seconds in operations.items():
            self.stdout.write(f"{key:<24}{seconds:>9.2f} s")
