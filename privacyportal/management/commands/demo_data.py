"""Fills an empty portal with demo users and each app's demo content (`<app>.demo.load`).

Run by `make run`; safe to run again: existing data is left alone."""

from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import transaction

from privacyportal.demo_users import DEMO_USERS, ensure_demo_users
from privacyportal.navigation import PORTAL_APPS


class Command(BaseCommand):
    help = "Laadt demogebruikers en democontent (alleen wat nog ontbreekt) en toont de logins."

    def add_arguments(self, parser):
        parser.add_argument(
            "--logins-file",
            type=Path,
            default=Path(".pgdata/demo-logins.txt"),
            help="Bestand (buiten git) waarin de wachtwoorden van de demogebruikers staan.",
        )

    @transaction.atomic
    def handle(self, *args, logins_file, **options):
        users, logins = ensure_demo_users(logins_file)
        for app in PORTAL_APPS:
            if find_spec(f"{app}.demo") is not None:
                import_module(f"{app}.demo").load(users)
        self.stdout.write("\nDemogebruikers (gebruikersnaam / wachtwoord / rol):")
        for username, _first, _last, rol in DEMO_USERS:
            self.stdout.write(f"  {username:<12} {logins[username]:<14} {rol.label}")
