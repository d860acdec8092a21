"""Import a protocol from a Word document (.docx) as a new concept version.

For a library that starts with the portal: its protocol exists as a Word document, and
retyping thirty pages is what keeps such portals from being adopted. `--dry-run` shows the
tree of chapters, sections and situaties (and the warnings) without writing anything. The
same parser and service serve the upload in the redactie pages.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from protocol import services
from protocol.word_import import WordImportFout, mb, parse_docx


class Command(BaseCommand):
    help = "Importeer een protocol uit een Word-document (.docx) als nieuwe conceptversie."

    def add_arguments(self, parser):
        parser.add_argument("bestand", help="Het Word-document (.docx).")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Laat zien wat er geïmporteerd zou worden, zonder iets op te slaan.",
        )
        parser.add_argument(
            "--gebruiker",
            help="Gebruikersnaam die als aanmaker van het concept wordt vastgelegd.",
        )

    def handle(self, *args, bestand, dry_run, gebruiker, **options):
        path = Path(bestand)
        if not path.is_file():
            raise CommandError(f"Bestand niet gevonden: {bestand}")
        if path.stat().st_size > settings.UPLOAD_MAX_BYTES:
            raise CommandError(
                f"Het bestand is te groot ({mb(path.stat().st_size)}). Het maximum is "
                f"{mb(settings.UPLOAD_MAX_BYTES)}."
            )
        door = None
        if gebruiker:
            door = get_user_model().objects.filter(username=gebruiker).first()
            if door is None:
                raise CommandError(f"Gebruiker “{gebruiker}” bestaat niet.")
        try:
            resultaat = parse_docx(path.read_bytes())
        except WordImportFout as error:
            raise CommandError(str(error)) from error
        for line in resultaat.describe():
            self.stdout.write(line)
        if dry_run:
            self.stdout.write("Proefdraai: er is niets opgeslagen.")
            return
        try:
            concept = services.import_concept(
                resultaat=resultaat, door=door, bestandsnaam=path.name
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(
            self.style.SUCCESS(f"Conceptversie {concept.versienummer} is aangemaakt.")
        )
