"""Benchmark data for the datalek register: `size.datalekken` cases spread over five years and
over the states (new, assigned, qualified, notified, archived), each with its six phases and
a timeline; some assigned to the technicus. (The home pages are measured by
privacyportal/reports/benchmark.py.)"""

import datetime
import random

from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from datalekken.models import Datalek, Dossierteller, Fase, Gebeurtenis
from datalekken.models.keuzes import CategorieBetrokkenen, CategoriePersoonsgegevens, SoortIncident
from privacyportal.benchmark import Operation, Page

JAREN = 5


def build(size, users) -> None:
    rng = random.Random(6)
    now = timezone.now()
    melder, technicus = users["melder"], users["technicus"]
    melder.email = "melder@example.org"
    melder.save(update_fields=["email"])
    ontdekkers = [users["medewerker"], *users["staff"]]
    per_jaar: dict[int, int] = {}
    datalekken = []
    for i in range(size.datalekken):
        # The newest few cases are hours old (the clock runs); the rest spread over the years.
        if i < 10:
            ontdekt = now - datetime.timedelta(hours=rng.randint(1, 100))
        else:
            ontdekt = now - datetime.timedelta(days=rng.randint(3, 365 * JAREN))
        jaar = timezone.localtime(ontdekt).year
        per_jaar[jaar] = per_jaar.get(jaar, 0) + 1
        archief = i >= 10 and i % 10 < 8  # four in five cases are done
        gekwalificeerd = archief or i % 3 == 0
        melden = gekwalificeerd and i % 4 == 0
        datalekken.append(
            Datalek(
                dossiernummer=f"{jaar}-{per_jaar[jaar]:03d}",
                ontdekker=ontdekkers[i % len(ontdekkers)],
                ingevoerd_door=ontdekkers[i % len(ontdekkers)],
                melder=melder if i % 5 else None,
                technicus=technicus if i % 3 == 0 else None,
                titel=f"E-mail met ledenlijst naar verkeerde ontvanger ({i + 1})",
                samenvatting="Een medewerker stuurde een lijst met namen en e-mailadressen "
                "naar een verkeerd adres.",
                soort=rng.choice(SoortIncident.values),
                ontdekt_op=ontdekt,
                geregistreerd_op=ontdekt + datetime.timedelta(hours=1),
                categorieen_persoonsgegevens=[CategoriePersoonsgegevens.NAW],
                categorieen_betrokkenen=[CategorieBetrokkenen.KLANTEN],
                aantal_min=10,
                aantal_max=rng.randint(10, 500),
                feit_persoonsgegevens=True,
                aard_vertrouwelijkheid=True,
                besluit_is_datalek=True if gekwalificeerd else None,
                besluit_melden_ap=melden if gekwalificeerd else None,
                besluit_informeren_betrokkenen=False if gekwalificeerd else None,
                besluit_motivering="Beperkt risico." if gekwalificeerd else "",
                gekwalificeerd_op=ontdekt + datetime.timedelta(hours=20)
                if gekwalificeerd
                else None,
                gekwalificeerd_door=melder if gekwalificeerd else None,
                ap_meldingsnummer=f"M{i:06d}" if melden else "",
                ap_gemeld_op=ontdekt + datetime.timedelta(hours=48) if melden else None,
                gearchiveerd_op=ontdekt + datetime.timedelta(days=2) if archief else None,
            )
        )
    datalekken = Datalek.objects.bulk_create(datalekken, batch_size=1000)
    Dossierteller.objects.bulk_create(
        Dossierteller(jaar=jaar, laatste=laatste) for jaar, laatste in per_jaar.items()
    )
    fasen, gebeurtenissen = [], []
    for datalek in datalekken:
        klaar = datalek.gearchiveerd_op is not None
        for volgorde, soort in enumerate(Fase.Soort, start=1):
            afgerond = klaar or soort == Fase.Soort.ONTDEKKEN
            fasen.append(
                Fase(
                    datalek=datalek,
                    soort=soort,
                    volgorde=volgorde,
                    status=Fase.Status.AFGEROND if afgerond else Fase.Status.OPEN,
                    gestart_op=datalek.ontdekt_op if afgerond else None,
                    afgerond_op=datalek.ontdekt_op if afgerond else None,
                    bijgewerkt_door=melder,
                    bijgewerkt_op=datalek.ontdekt_op,
                )
            )
        for stap, (soort, wat) in enumerate(
            [
                (Gebeurtenis.Soort.GEMELD, "Incident gemeld"),
                (Gebeurtenis.Soort.TOEGEWEZEN, "Technicus toegewezen"),
                (Gebeurtenis.Soort.FEITEN, "Feiten bijgewerkt"),
                (Gebeurtenis.Soort.NOTITIE, "Notitie toegevoegd"),
                (Gebeurtenis.Soort.FASE, "Fase bijgewerkt"),
            ]
        ):
            gebeurtenissen.append(
                Gebeurtenis(
                    datalek=datalek,
                    wanneer=datalek.ontdekt_op + datetime.timedelta(hours=stap),
                    wie=melder,
                    soort=soort,
                    omschrijving=wat,
                )
            )
    Fase.objects.bulk_create(fasen, batch_size=5000)
    Gebeurtenis.objects.bulk_create(gebeurtenissen, batch_size=5000)


def pages(users) -> list[Page]:
    def detail_url():
        # An open case of the technicus, in the middle of the list.
        pks = list(
            Datalek.objects.filter(technicus=users["technicus"], gearchiveerd_op__isnull=True)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        return reverse("datalekken:detail", args=[pks[len(pks) // 2]])

    lijst = reverse("datalekken:lijst")
    return [
        Page("datalekken (melder)", "melder", lambda: lijst),
        Page("datalekken alle (melder)", "melder", lambda: lijst + "?status=alle"),
        Page("datalek", "melder", detail_url),
        Page("datalekken (technicus)", "technicus", lambda: lijst),
        Page("overzicht datalekken", "management", lambda: reverse("datalekken:overzicht")),
    ]


def operations(users) -> list[Operation]:
    def deadlines():
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            call_command("datalek_deadlines", stdout=_Discard())

    return [Operation("deadline_command_s", deadlines)]


class _Discard:
    def write(self, text):
        pass

    def flush(self):
        pass
