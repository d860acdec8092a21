import io

import pytest
from openpyxl import Workbook

from register.models import (
    GEB,
    Domein,
    Systeem,
    Verwerker,
    Verwerkersovereenkomst,
    Verwerkingsactiviteit,
)
from register.services import import_register
from tests.register.factories import ActiviteitFactory, DomeinFactory

pytestmark = pytest.mark.django_db

# The FG's register as Dutch Excel saves it: title rows, a header row whose first columns have
# no heading (and, as in the reference document, only three blank cells before "Verwerker"),
# `;` between the columns, Windows-1252.
LIBRARY_CSV = (
    "VOORBLAD VERWERKINGSREGISTER;;;;\r\n"
    "9a. Privacybeleid. Bijlage 1. Verwerkingsregister 20220502;;;;\r\n"
    "8-mei-18;;;;\r\n"
    ";;;Verwerker;Systeem;Data Inw.;Risico- analyse;Bijz. data?;in de EU?;Opt-in Mail;"
    "GEB? Mail;Verw. ovk.;Bewaars termijn;Wie;Contact persoon verw.;"
    "Status verwerkersovereenkomst;;\r\n"
    "1;Intern;1 HR;2;Personeelsinformatiesysteem;BiSC;AFAS;ja;ja;nee;ja;nvt;nvt;BiSC;5 jaar;"
    "RH;Anna de Vries;concept vo gestuurd\r\n"
    "1;Intern;1 HR;3;Coördinatie vrijwilligers;BiSC;AFAS;ja;n.b.;nee;ja;nvt;nee;BiSC;"
    "18 maanden;RH;Anna de Vries;concept vo gestuurd\r\n"
    "2;Extern;2 Publieksservice;1;Ledenadministratie;BiSC;BicatWISE;ja;ja;nee;ja;nvt;nvt;BiSC;"
    "proc.;GC;Anna de Vries;concept vo gestuurd\r\n"
    "2;Extern;3 Programma;2;Registratie digitale vaardigheden;geen;handmatig;ja;ja;ja;ja;ja;"
    "nvt;nee;2 jaar;AD;Sara Dam;verder inventariseren\r\n"
)


def run(text: str, name="register.csv", encoding="cp1252", dry_run=False):
    return import_register(filename=name, data=text.encode(encoding), dry_run=dry_run)


def test_the_library_register_imports_as_it_is():
    report = run(LIBRARY_CSV)

    assert report.fouten == []
    assert (report.rows_read, report.created, report.updated) == (4, 4, 0)
    pis = Verwerkingsactiviteit.objects.get(naam="Personeelsinformatiesysteem")
    assert (pis.domein.naam, pis.domein.groep, pis.domein.nummer) == ("HR", "intern", 1)
    assert pis.volgnummer == 2 and pis.code == "1.1.2"
    assert str(pis) == "1.1.2 Personeelsinformatiesysteem"
    assert (pis.verwerker.naam, pis.systeem.naam) == ("BiSC", "AFAS")
    assert (pis.data_inwinning, pis.risicoanalyse, pis.bijzondere_persoonsgegevens) == (
        "ja",
        "ja",
        "nee",
    )
    assert (pis.in_de_eu, pis.opt_in_mail, pis.geb) == ("ja", "nvt", "nvt")
    assert (pis.bewaartermijn_getal, pis.bewaartermijn_eenheid, pis.bewaartermijn_tekst) == (
        5,
        "jaar",
        "",
    )
    assert (pis.eigenaar, pis.contactpersoon_verwerker) == ("RH", "Anna de Vries")
    assert pis.verwerkersovereenkomst.verwerker.naam == "BiSC"
    assert pis.overeenkomst_status == Verwerkersovereenkomst.Status.CONCEPT_GESTUURD

    # nvt and n.b. stay different answers; cp1252 text arrives intact.
    coord = Verwerkingsactiviteit.objects.get(volgnummer=3)
    assert coord.naam == "Coördinatie vrijwilligers"
    assert coord.risicoanalyse == "n.b." and coord.opt_in_mail == "nvt"
    assert coord.bewaartermijn == "18 maanden"

    leden = Verwerkingsactiviteit.objects.get(naam="Ledenadministratie")
    assert leden.domein.groep == "extern" and leden.code == "2.2.1"
    assert (leden.bewaartermijn_getal, leden.bewaartermijn_tekst) == (None, "proc.")

    digi = Verwerkingsactiviteit.objects.get(naam="Registratie digitale vaardigheden")
    assert digi.verwerker is None and digi.systeem.naam == "handmatig"
    assert digi.verwerkersovereenkomst is None and digi.verwerkersovereenkomst_antwoord == "nee"
    assert digi.overeenkomst_status == Verwerkersovereenkomst.Status.VERDER_INVENTARISEREN

    # Verwerkers and systems are created once and reused.
    assert Verwerker.objects.filter(naam="BiSC").count() == 1
    assert Verwerkersovereenkomst.objects.count() == 1
    assert Systeem.objects.filter(naam="AFAS").count() == 1
    assert report.nieuwe_verwerkers == ["BiSC"]
    assert Domein.objects.count() == 3


def test_utf8_csv_and_a_second_import_updates_instead_of_duplicating():
    run(LIBRARY_CSV)
    again = run(LIBRARY_CSV.replace("5 jaar", "7 jaar"), encoding="utf-8-sig")
    assert again.fouten == []
    assert (again.created, again.updated, again.unchanged) == (0, 1, 3)
    assert Verwerkingsactiviteit.objects.count() == 4
    assert Verwerkingsactiviteit.objects.get(volgnummer=2, domein__naam="HR").bewaartermijn == (
        "7 jaar"
    )
    # Each change is in the history, with the import as its reason.
    pis = Verwerkingsactiviteit.objects.get(volgnummer=2, domein__naam="HR")
    assert pis.history.count() == 2
    assert pis.history.first().history_change_reason == "Import uit spreadsheet"


def test_existing_verwerkers_and_domains_are_reused():
    DomeinFactory(naam="HR", groep="intern", nummer=1)
    existing = Verwerker.objects.create(naam="bisc")
    run(LIBRARY_CSV)
    assert Verwerker.objects.count() == 1
    assert Verwerkingsactiviteit.objects.filter(verwerker=existing).count() == 3


def test_an_xlsx_with_title_rows_imports():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["VOORBLAD VERWERKINGSREGISTER"])
    sheet.append([])
    sheet.append(
        [
            None,
            None,
            None,
            None,
            None,
            "Verwerker",
            "Systeem",
            "Bijz. data?",
            "Bewaars termijn",
            "Wie",
        ]
    )
    sheet.append([1, "Intern", "1 HR", 1, "Werving", "geen", "handmatig", "nee", "4 weken", "RB"])
    # Merged cells read as blanks below their first row.
    sheet.append([None, None, None, 2.0, "Verzuim", "Arbo", "AFAS", "ja", "2 jaar", "RB"])
    out = io.BytesIO()
    workbook.save(out)

    report = import_register(filename="register.xlsx", data=out.getvalue(), dry_run=False)

    assert report.fouten == []
    assert report.created == 2
    verzuim = Verwerkingsactiviteit.objects.get(naam="Verzuim")
    assert verzuim.domein.naam == "HR" and verzuim.volgnummer == 2
    assert verzuim.bijzondere_persoonsgegevens == "ja"
    assert verzuim.bewaartermijn_getal == 2


def test_a_file_with_errors_writes_nothing_and_names_row_and_column():
    broken = LIBRARY_CSV.replace("nee;ja;nvt;nvt;BiSC;5 jaar", "misschien;ja;nvt;nvt;BiSC;5 jaar")
    broken = broken.replace("Extern;2 Publieksservice;1;", "Extern;2 Publieksservice;x;")
    broken = broken.replace(
        "concept vo gestuurd\r\n2;Extern",
        "onderdeel van licentieovereenkomst\r\n2;Extern",
    )
    report = run(broken)

    assert report.has_errors
    assert not report.written
    messages = {(f.rij, f.kolom): f.melding for f in report.fouten}
    assert messages[(5, "Bijz. data?")] == (
        "‘misschien’ is geen geldig antwoord; gebruik ja, nee, nvt of n.b."
    )
    assert messages[(7, "kolom D (Volgnummer)")].startswith("‘x’ is geen volgnummer")
    # Two rows give one agreement two different statuses.
    assert "wijkt af van" in messages[(6, "Status verwerkersovereenkomst")]
    assert "rij 5" in messages[(6, "Status verwerkersovereenkomst")]
    # All or nothing: not even the valid rows, verwerkers or domains were written.
    assert Verwerkingsactiviteit.objects.count() == 0
    assert Verwerker.objects.count() == 0
    assert Domein.objects.count() == 0
    # The preview still lists every row.
    assert [r["rij"] for r in report.rows] == [5, 6, 7, 8]


def test_duplicate_keys_in_one_file_are_an_error():
    text = LIBRARY_CSV.replace("1 HR;3;", "1 HR;2;")
    report = run(text)
    assert any("staat ook al in rij 5" in f.melding for f in report.fouten)
    assert Verwerkingsactiviteit.objects.count() == 0


def test_dry_run_checks_but_writes_nothing():
    report = run(LIBRARY_CSV, dry_run=True)
    assert report.fouten == [] and report.created == 4
    assert Verwerkingsactiviteit.objects.count() == 0
    assert Verwerker.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("foto.png", b"\x89PNG\r\n\x1a\n....", "Kies een .xlsx- of .csv-bestand"),
        ("register.xlsx", b"dit is geen excel", "geen echt Excel-bestand"),
        ("register.xlsx", b"PK\x03\x04kapot" + b"\x00" * 50, "beschadigd"),
        ("register.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Oude Excel-bestanden"),
        ("register.csv", b"\x00\x01\x02binary", "geen spreadsheet"),
        ("register.csv", b"naam;adres\r\nPiet;Straat 1\r\n", "Geen kopregel gevonden"),
    ],
)
def test_files_that_are_not_a_register_get_a_clear_message(name, data, message):
    report = import_register(filename=name, data=data, dry_run=True)
    assert report.has_errors
    assert message in report.fouten[0].melding


def test_missing_key_columns_are_named():
    text = "Naam verwerking;Verwerker;Systeem;Bewaartermijn\r\nWerving;geen;handmatig;1 jaar\r\n"
    report = run(text)
    assert "Deze kolommen ontbreken: Domein, Volgnummer" in report.fouten[0].melding


def test_our_own_headings_are_recognised_and_geb_columns_import():
    text = (
        "Intern/Extern;Domein;Volgnummer;Naam verwerking;GEB nodig;GEB status;GEB datum;"
        "GEB conclusie;Grondslag;Doorgifte buiten de EER;Laatst beoordeeld op\r\n"
        "Extern;Programma;1;VoorleesExpress;ja;uitgevoerd;15-03-2024;Restrisico klein;"
        "Toestemming (art. 6 lid 1 sub a);nee;01-02-2025\r\n"
    )
    report = run(text, encoding="utf-8")
    assert report.fouten == []
    activiteit = Verwerkingsactiviteit.objects.get()
    assert activiteit.grondslag == "toestemming"
    assert activiteit.laatst_beoordeeld_op.isoformat() == "2025-02-01"
    geb = GEB.objects.get()
    assert (geb.activiteit, geb.status, geb.datum.isoformat()) == (
        activiteit,
        "uitgevoerd",
        "2024-03-15",
    )


def test_a_new_domain_needs_intern_or_extern():
    text = "Domein;Volgnummer;Naam verwerking;Verwerker\r\nMarketing;1;Campagnes;geen\r\n"
    report = run(text, encoding="utf-8")
    assert [(f.rij, f.kolom) for f in report.fouten] == [(2, "Intern/Extern")]


def test_the_group_of_an_existing_domain_must_match():
    ActiviteitFactory(domein=DomeinFactory(naam="HR", groep="intern"))
    text = "Intern/Extern;Domein;Volgnummer;Naam verwerking\r\nExtern;HR;9;Iets\r\n"
    report = run(text, encoding="utf-8")
    assert report.fouten[0].melding == "Domein HR hoort bij Intern, niet bij Extern."
