"""Warn the melders by e-mail when the 72-hour deadline to notify the AP is close or past.

Art. 33(1) AVG gives 72 hours from discovery. The portal shows the clock on every page, but
nobody looks at a portal in the night or at the weekend: run this command from cron (e.g.
every hour) so the melders are warned by e-mail. Each case triggers at most two e-mails:
one when less than 24 hours remain and one when the deadline has passed. The e-mail holds
dossiernummers and links only, never the contents of a case.

    python manage.py datalek_deadlines            # send and remember
    python manage.py datalek_deadlines --dry-run  # show what would be sent; send nothing
"""

from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from datalekken import services
from datalekken.models import Datalek, Gebeurtenis, Klok


class Command(BaseCommand):
    help = (
        "Mailt de melders over datalekken waarvan de meldtermijn van 72 uur binnen 24 uur"
        " afloopt of al is verstreken (elk dossier hooguit één keer per stap)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Toon welke dossiers een herinnering zouden krijgen; verstuur en bewaar niets.",
        )

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        regels = []
        for datalek in Datalek.objects.deadline_binnenkort(now).order_by("ontdekt_op"):
            klok = datalek.klok(now)
            te_laat = klok.toestand == Klok.TE_LAAT
            if (datalek.herinnerd_te_laat_op if te_laat else datalek.herinnerd_krap_op) is None:
                regels.append(
                    {
                        "datalek": datalek,
                        "klok": klok,
                        "te_laat": te_laat,
                        "url": services.dossier_url(datalek),
                    }
                )
        if not regels:
            self.stdout.write("Geen dossiers die een herinnering nodig hebben.")
            return
        ontvangers = list(services.melders().values_list("email", flat=True))
        for regel in regels:
            self.stdout.write(f"{regel['datalek'].dossiernummer}: {regel['klok'].tekst}")
        if dry_run:
            self.stdout.write(
                f"Proefdraai: {len(regels)} herinnering(en) niet verstuurd aan"
                f" {len(ontvangers)} melder(s)."
            )
            return
        if not ontvangers:
            self.stderr.write("Er zijn geen melders met een e-mailadres; niets verstuurd.")
            return
        send_mail(
            subject=f"Meldtermijn datalekken: {len(regels)} dossier(s) vragen aandacht",
            message=render_to_string("datalekken/email/deadlines.txt", {"regels": regels}),
            from_email=None,
            recipient_list=ontvangers,
        )
        self._remember(regels, now)
        self.stdout.write(
            f"{len(regels)} herinnering(en) verstuurd aan {len(ontvangers)} melder(s)."
        )

    @transaction.atomic
    def _remember(self, regels, now):
        for regel in regels:
            datalek = regel["datalek"]
            veld = "herinnerd_te_laat_op" if regel["te_laat"] else "herinnerd_krap_op"
            Datalek.objects.filter(pk=datalek.pk).update(**{veld: now})
            services.log_gebeurtenis(
                datalek=datalek,
                wie=None,
                soort=Gebeurtenis.Soort.HERINNERING,
                omschrijving=f"Herinnering meldtermijn gemaild aan de melders ({regel['klok']})",
            )
