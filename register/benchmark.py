"""Benchmark data for the register: `size.activiteiten` activities spread over domeinen,
verwerkers and systemen, with agreements and GEBs; and the full-register export and import."""

import datetime
import random

from django.urls import reverse
from django.utils import timezone

from privacyportal.benchmark import Operation, Page
from register.models import (
    GEB,
    Antwoord,
    Domein,
    Systeem,
    Verwerker,
    Verwerkersovereenkomst,
    Verwerkingsactiviteit,
)
from register.services import export_register, import_register, register_as_xlsx

DOMEINEN = [
    ("HR", Domein.Groep.INTERN),
    ("Kantoorautomatisering", Domein.Groep.INTERN),
    ("Financiën", Domein.Groep.INTERN),
    ("Algemeen", Domein.Groep.INTERN),
    ("Publieksservice", Domein.Groep.EXTERN),
    ("Programma", Domein.Groep.EXTERN),
    ("Educatie", Domein.Groep.EXTERN),
    ("Landelijk", Domein.Groep.EXTERN),
]
STATUSSEN = list(Verwerkersovereenkomst.Status.values)
ANTWOORDEN = [*Antwoord.values, ""]


def build(size, users) -> None:
    rng = random.Random(6)
    today = timezone.localdate()
    domeinen = Domein.objects.bulk_create(
        Domein(naam=naam, groep=groep, nummer=i + 1) for i, (naam, groep) in enumerate(DOMEINEN)
    )
    aantal_verwerkers = max(size.activiteiten // 20, 5)
    verwerkers = Verwerker.objects.bulk_create(
        Verwerker(naam=f"Verwerker {i + 1:04d} B.V.", contactgegevens="servicedesk@example.org")
        for i in range(aantal_verwerkers)
    )
    overeenkomsten = Verwerkersovereenkomst.objects.bulk_create(
        Verwerkersovereenkomst(
            verwerker=verwerker,
            omschrijving=f"Verwerkersovereenkomst {verwerker.naam}",
            status=rng.choice(STATUSSEN),
            getekend_op=today - datetime.timedelta(days=rng.randint(30, 2000)),
            einddatum=today + datetime.timedelta(days=rng.randint(-30, 1500)),
            laatst_gecontroleerd_op=(
                today - datetime.timedelta(days=rng.randint(0, 700)) if i % 3 else None
            ),
        )
        for i, verwerker in enumerate(verwerkers)
    )
    systemen = Systeem.objects.bulk_create(
        Systeem(
            naam=f"Systeem {i + 1:04d}",
            leverancier=verwerkers[i % len(verwerkers)],
            technicus=users["technicus"] if i % 2 else None,
        )
        for i in range(max(size.activiteiten // 25, 4))
    )
    per_domein: dict[int, int] = {}
    activiteiten = []
    for i in range(size.activiteiten):
        domein = domeinen[i % len(domeinen)]
        per_domein[domein.pk] = per_domein.get(domein.pk, 0) + 1
        overeenkomst = overeenkomsten[i % len(overeenkomsten)] if i % 4 else None
        getal = rng.choice([None, 1, 2, 5, 7])
        activiteiten.append(
            Verwerkingsactiviteit(
                domein=domein,
                volgnummer=per_domein[domein.pk],
                naam=f"Ledenadministratie en uitleen {i + 1}",
                doeleinden="Uitlenen van materialen en innen van contributie.",
                grondslag=rng.choice(Verwerkingsactiviteit.Grondslag.values),
                categorieen_betrokkenen="leden, ouders van jeugdleden",
                categorieen_persoonsgegevens="NAW, geboortedatum, e-mailadres, IBAN",
                bijzondere_persoonsgegevens=rng.choice(ANTWOORDEN),
                doorgifte_buiten_eer=rng.choice(ANTWOORDEN),
                in_de_eu=rng.choice(ANTWOORDEN),
                geb=rng.choice(ANTWOORDEN),
                bewaartermijn_getal=getal,
                bewaartermijn_eenheid="jaar" if getal else "",
                bewaartermijn_tekst="" if getal else rng.choice(["proc.", "n.b.", ""]),
                verwerker=verwerkers[i % len(verwerkers)] if i % 7 else None,
                systeem=systemen[i % len(systemen)] if i % 5 else None,
                verwerkersovereenkomst=overeenkomst,
                verwerkersovereenkomst_antwoord="ja" if overeenkomst else rng.choice(ANTWOORDEN),
                eigenaar=rng.choice(["FG", "HR", "MT", "ICT"]),
                laatst_beoordeeld_op=(
                    today - datetime.timedelta(days=rng.randint(0, 400)) if i % 3 else None
                ),
            )
        )
    activiteiten = Verwerkingsactiviteit.objects.bulk_create(activiteiten, batch_size=2000)
    GEB.objects.bulk_create(
        GEB(
            activiteit=activiteit,
            status=rng.choice(GEB.Status.values),
            conclusie="Restrisico aanvaardbaar na maatregelen.",
        )
        for activiteit in activiteiten[::5]
    )


def pages(users) -> list[Page]:
    def detail_url():
        # The same kind of row at both sizes: with an agreement and a GEB.
        pks = list(
            Verwerkingsactiviteit.objects.filter(
                verwerkersovereenkomst__isnull=False, geb_beoordeling__isnull=False
            ).values_list("pk", flat=True)
        )
        return reverse("register:activiteit_detail", args=[pks[len(pks) // 2]])

    lijst = reverse("register:activiteit_list")
    return [
        Page("register", "medewerker", lambda: lijst),
        Page(
            "register gefilterd",
            "fg",
            lambda: lijst + "?q=uitleen&beoordeling=achterstallig&groep=extern",
        ),
        Page("register activiteit", "medewerker", detail_url),
        Page("register te doen", "fg", lambda: reverse("register:dashboard")),
    ]


def operations(users) -> list[Operation]:
    # The full export with a changed remark on every row: the file for the import below.
    dataset = export_register()
    column = dataset.headers.index("Opmerkingen")
    for index in range(len(dataset)):
        row = list(dataset[index])
        row[column] = "Gecontroleerd bij de benchmark"
        dataset[index] = row
    data = register_as_xlsx(dataset)

    def export():
        register_as_xlsx(export_register())

    def import_():
        # As the FG does it: first the preview (dry run), then for real.
        for dry_run in (True, False):
            report = import_register(
                filename="register.xlsx", data=data, dry_run=dry_run, user=users["fg"]
            )
            if report.has_errors:
                raise RuntimeError(f"Import gaf fouten: {report.fouten[:3]}")

    return [Operation("export_s", export), Operation("import_s", import_)]
