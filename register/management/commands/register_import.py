"""Imports the FG's register spreadsheet from the command line.

Why: the first import of the existing Excel register is often done by the administrator,
and a large file is easier to check from a terminal. Nothing is written when any row has an
error; --dry-run only checks.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from register.services import import_register


class Command(BaseCommand):
    help = (
        "Importeert het verwerkingsregister uit een .xlsx- of .csv-bestand. Bij een fout wordt "
        "niets opgeslagen."
    )

    def add_arguments(self, parser):
        parser.add_argument("bestand", type=Path, help="Het .xlsx- of .csv-bestand.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Alleen controleren; niets opslaan.",
        )

    def handle(self, *args, bestand: Path, dry_run: bool, **options):
        if not bestand.is_file():
            raise CommandError(f"Bestand niet gevonden: {bestand}")
        report = import_register(filename=bestand.name, data=bestand.read_bytes(), dry_run=dry_run)
        for warning in report.waarschuwingen:
            self.stdout.write(f"Let op: {warning}")
        self.stdout.write(f"Regels gelezen: {report.rows_read}")
        if report.has_errors:
            self.stdout.write(f"Fouten: {len(report.fouten)}")
            for fout in report.fouten:
                where = f"regel {fout.rij}" if fout.rij else "bestand"
                column = f", kolom {fout.kolom}" if fout.kolom else ""
                self.stdout.write(f"  {where}{column}: {fout.melding}")
            raise CommandError("Er zijn fouten gevonden; er is niets opgeslagen.")
        verb = "Zou aanmaken" if dry_run else "Aangemaakt"
        verb2 = "Zou bijwerken" if dry_run else "Bijgewerkt"
        self.stdout.write(f"{verb}: {report.created}")
        self.stdout.write(f"{verb2}: {report.updated}")
        self.stdout.write("Fouten: 0")
        if report.nieuwe_verwerkers:
            self.stdout.write("Nieuwe verwerkers: " + ", ".join(report.nieuwe_verwerkers))
        if report.nieuwe_systemen:
            self.stdout.write("Nieuwe systemen: " + ", ".join(report.nieuwe_systemen))
        if dry_run:
            self.stdout.write("Controle geslaagd (--dry-run): er is niets opgeslagen.")
        else:
            self.stdout.write(self.style.SUCCESS("Import voltooid."))
