import csv
import datetime
import io
import time

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from register.columns import BY_KEY, COLUMNS
from register.models import GEB, Verwerkersovereenkomst, Verwerkingsactiviteit
from register.services import (
    export_register,
    import_register,
    register_as_csv,
    register_as_xlsx,
)
from tests.register.factories import (
    ActiviteitFactory,
    DomeinFactory,
    GEBFactory,
    OvereenkomstFactory,
    SysteemFactory,
    VerwerkerFactory,
)

pytestmark = pytest.mark.django_db


def _register():
    hr = DomeinFactory(naam="HR", groep="intern", nummer=1)
    leden = DomeinFactory(naam="Publieksservice", groep="extern", nummer=2)
    bisc = VerwerkerFactory(naam="BiSC")
    ovk = OvereenkomstFactory(verwerker=bisc, status="concept_gestuurd")
    a = ActiviteitFactory(
        domein=hr,
        volgnummer=2,
        naam="Personeelsinformatiesysteem",
        verwerker=bisc,
        systeem=SysteemFactory(naam="AFAS"),
        verwerkersovereenkomst=ovk,
        verwerkersovereenkomst_antwoord="ja",
        data_inwinning="ja",
        risicoanalyse="n.b.",
        bijzondere_persoonsgegevens="ja",
        bijzondere_categorieen="BSN",
        in_de_eu="ja",
        opt_in_mail="nvt",
        geb="ja",
        doorgifte_buiten_eer="nee",
        grondslag="overeenkomst",
        doeleinden="Personeelsadministratie;\nmet een puntkomma en een regelovergang",
        eigenaar="RH",
        contactpersoon_verwerker='=HYPERLINK("http://example.org")',
        laatst_beoordeeld_op=datetime.date(2025, 1, 15),
        opmerkingen="-1 rekenregel? +31 nummer, @iemand",
    )
    GEBFactory(activiteit=a, status="uitgevoerd", datum=datetime.date(2024, 5, 1), conclusie="Ok")
    ActiviteitFactory(
        domein=leden,
        volgnummer=1,
        naam="Uitleningen",
        bewaartermijn_getal=None,
        bewaartermijn_eenheid="",
        bewaartermijn_tekst="proc.",
        status_verwerkersovereenkomst="verder_inventariseren",
        verwerkersovereenkomst_antwoord="nee",
    )


Status = Verwerkersovereenkomst.Status


def reference_values(a: Verwerkingsactiviteit) -> dict:
    """One activity as spreadsheet cells, straight from the model instance: the export before
    it read values() (register.resources.export_values), kept here to compare against."""
    geb = getattr(a, "geb_beoordeling", None)
    ovk = a.verwerkersovereenkomst
    if ovk is not None:
        ovk_cell = ovk.verwerker.naam
        status = ovk.get_status_display()
    else:
        ovk_cell = a.verwerkersovereenkomst_antwoord
        status = (
            Status(a.status_verwerkersovereenkomst).label if a.status_verwerkersovereenkomst else ""
        )
    return {
        "groep": a.domein.groep_nummer,
        "intern_extern": a.domein.get_groep_display(),
        "domein": str(a.domein),
        "volgnummer": a.volgnummer,
        "naam": a.naam,
        "verwerker": a.verwerker.naam if a.verwerker else "geen",
        "systeem": a.systeem.naam if a.systeem else "",
        "data_inwinning": a.data_inwinning,
        "risicoanalyse": a.risicoanalyse,
        "bijzondere_persoonsgegevens": a.bijzondere_persoonsgegevens,
        "in_de_eu": a.in_de_eu,
        "opt_in_mail": a.opt_in_mail,
        "geb": a.geb,
        "verwerkersovereenkomst": ovk_cell,
        "bewaartermijn": a.bewaartermijn,
        "eigenaar": a.eigenaar,
        "contactpersoon_verwerker": a.contactpersoon_verwerker,
        "status_verwerkersovereenkomst": status,
        "doeleinden": a.doeleinden,
        "grondslag": a.get_grondslag_display() if a.grondslag else "",
        "grondslag_toelichting": a.grondslag_toelichting,
        "categorieen_betrokkenen": a.categorieen_betrokkenen,
        "categorieen_persoonsgegevens": a.categorieen_persoonsgegevens,
        "bijzondere_categorieen": a.bijzondere_categorieen,
        "ontvangers": a.ontvangers,
        "doorgifte_buiten_eer": a.doorgifte_buiten_eer,
        "waarborgen": a.waarborgen,
        "beveiligingsmaatregelen": a.beveiligingsmaatregelen,
        "geb_status": geb.get_status_display() if geb else "",
        "geb_datum": geb.datum if geb and geb.datum else "",
        "geb_conclusie": geb.conclusie if geb else "",
        "laatst_beoordeeld_op": a.laatst_beoordeeld_op or "",
        "laatst_opgeschoond_op": a.laatst_opgeschoond_op or "",
        "opmerkingen": a.opmerkingen,
    }


def _reference_rows() -> list[list]:
    activiteiten = Verwerkingsactiviteit.objects.with_list_data().select_related(
        "verwerkersovereenkomst__verwerker"
    )
    return [[reference_values(a)[c.key] for c in COLUMNS] for a in activiteiten]


def _snapshot():
    rows = []
    for row in _reference_rows():
        rows.append([v.isoformat() if isinstance(v, datetime.date) else v for v in row])
    return rows


def test_the_export_equals_the_cells_read_from_model_instances():
    _register()
    hr = DomeinFactory(naam="HR")
    programma = DomeinFactory(naam="Programma", groep="extern", nummer=3)
    OvereenkomstFactory(verwerker=VerwerkerFactory(naam="Zonder activiteit"))
    ovk = OvereenkomstFactory(verwerker=VerwerkerFactory(naam="Licentiegever"))
    ovk.status = "onderdeel_licentie"
    ovk.save()
    variants = [
        {"bewaartermijn_getal": 1, "bewaartermijn_eenheid": "dagen"},
        {"bewaartermijn_getal": 1, "bewaartermijn_eenheid": "maanden", "grondslag": ""},
        {"bewaartermijn_getal": 3, "bewaartermijn_eenheid": "weken", "grondslag": "vitaal_belang"},
        {"bewaartermijn_getal": None, "bewaartermijn_eenheid": "", "bewaartermijn_tekst": ""},
        {"verwerkersovereenkomst": ovk, "verwerkersovereenkomst_antwoord": "ja"},
        {"verwerkersovereenkomst_antwoord": "n.b.", "status_verwerkersovereenkomst": "nvt"},
        {"laatst_opgeschoond_op": datetime.date(2025, 2, 28), "doorgifte_buiten_eer": "ja"},
    ]
    activiteiten = [
        ActiviteitFactory(domein=programma if i % 2 else hr, volgnummer=10 + i, **variant)
        for i, variant in enumerate(variants)
    ]
    GEBFactory(activiteit=activiteiten[0], status="niet_nodig", datum=None, conclusie="")
    GEBFactory(activiteit=activiteiten[1], status="nodig", conclusie="Nog doen")

    dataset = export_register()

    assert [list(row) for row in dataset] == _reference_rows()
    assert len(dataset) == 9 and dataset.headers == [c.heading for c in COLUMNS]
    # A filtered queryset exports only its rows.
    filtered = export_register(queryset=Verwerkingsactiviteit.objects.filter(domein=programma))
    assert [row[COLUMNS.index(BY_KEY["volgnummer"])] for row in filtered] == [11, 13, 15]


@pytest.mark.parametrize("formaat", ["xlsx", "csv"])
def test_export_then_import_gives_the_same_register(formaat):
    _register()
    before = _snapshot()
    dataset = export_register()
    content = register_as_xlsx(dataset) if formaat == "xlsx" else register_as_csv(dataset)

    # Into an empty portal: everything is created again, verwerkers and systems included.
    Verwerkingsactiviteit.objects.all().delete()
    GEB.objects.all().delete()
    report = import_register(filename=f"export.{formaat}", data=content, dry_run=False)
    assert report.fouten == []
    assert report.created == 2
    assert _snapshot() == before

    # And over itself: every row is an update, nothing changes.
    report = import_register(filename=f"export.{formaat}", data=content, dry_run=False)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert _snapshot() == before


def test_csv_is_dutch_excel_style_and_formulas_are_escaped():
    _register()
    content = register_as_csv(export_register())
    assert content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    header = rows[0]
    row = dict(zip(header, rows[1], strict=True))
    assert row["Contactpersoon verwerker"] == '\'=HYPERLINK("http://example.org")'
    assert row["Opmerkingen"] == "'-1 rekenregel? +31 nummer, @iemand"
    assert row["Laatst beoordeeld op"] == "15-01-2025"
    assert row["Bijzondere persoonsgegevens"] == "ja" and row["Risicoanalyse"] == "n.b."
    assert row["Domein"] == "1 HR" and row["Groep"] == "1" and row["Intern/Extern"] == "Intern"


def test_xlsx_cells_never_hold_a_formula():
    _register()
    workbook = load_workbook(io.BytesIO(register_as_xlsx(export_register())))
    sheet = workbook.active
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, list(sheet[2]), strict=True))
    cell = row["Contactpersoon verwerker"]
    assert cell.data_type != "f"
    assert cell.value.startswith("'=")
    assert row["Laatst beoordeeld op"].value.date() == datetime.date(2025, 1, 15)


def test_export_download_for_the_fg(client_for, fg):
    _register()
    response = client_for(fg).get(reverse("register:export") + "?formaat=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'attachment; filename="verwerkingsregister-' in response["Content-Disposition"]
    response = client_for(fg).get(reverse("register:export") + "?formaat=xlsx")
    assert response.content.startswith(b"PK")


def test_ten_thousand_rows_export_and_import_in_seconds(capsys):
    domeinen = [DomeinFactory(naam=f"Domein {i}", groep="extern", nummer=i) for i in range(1, 11)]
    verwerkers = [VerwerkerFactory(naam=f"Leverancier {i}") for i in range(50)]
    Verwerkingsactiviteit.objects.bulk_create(
        Verwerkingsactiviteit(
            domein=domeinen[i % 10],
            volgnummer=i + 1,
            naam=f"Verwerking {i}",
            verwerker=verwerkers[i % 50],
            bewaartermijn_getal=1 + i % 7,
            bewaartermijn_eenheid="jaar",
            bijzondere_persoonsgegevens="nee",
        )
        for i in range(10_000)
    )
    start = time.perf_counter()
    content = register_as_csv(export_register())
    exported = time.perf_counter()
    report = import_register(filename="groot.csv", data=content, dry_run=False)
    imported = time.perf_counter()
    xlsx = register_as_xlsx(export_register())
    xlsx_done = time.perf_counter()

    assert report.fouten == [] and report.unchanged == 10_000
    # Now every row changes: the update path with its history.
    content = content.replace(b";1 jaar;", b";10 jaar;")
    changed_start = time.perf_counter()
    report = import_register(filename="groot.csv", data=content, dry_run=False)
    changed = time.perf_counter() - changed_start
    assert report.fouten == [] and report.updated > 1000
    with capsys.disabled():
        print(
            f"\n10.000 regels: export csv {exported - start:.1f}s,"
            f" import {imported - exported:.1f}s,"
            f" export xlsx {xlsx_done - imported:.1f}s ({len(xlsx) // 1024} kB),"
            f" import met {report.updated} wijzigingen {changed:.1f}s"
        )
    Verwerkingsactiviteit.objects.all().delete()
    created_start = time.perf_counter()
    report = import_register(filename="groot.csv", data=content, dry_run=False)
    created = time.perf_counter() - created_start
    assert report.fouten == [] and report.created == 10_000
    with capsys.disabled():
        print(f"10.000 nieuwe regels importeren: {created:.1f}s")
    assert imported - exported < 30 and changed < 30 and created < 30
