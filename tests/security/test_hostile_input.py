"""Hostile and broken input on every form and import: a clear Dutch message on the form,
nothing stored, never a 500; and text with HTML shown escaped on the page."""

import io
import time
import zipfile
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from datalekken.models import Bijlage, Datalek, Gebeurtenis
from protocol.models import ProtocolVersie, Sectie, Situatie, Spreekuur
from register.models import GEB, Verwerkersovereenkomst, Verwerkingsactiviteit
from register.services import import_register
from register.spreadsheet import MAX_COLUMNS
from tests.datalekken.factories import DatalekFactory
from tests.protocol.factories import HoofdstukFactory, SituatieFactory, VersieFactory
from tests.register.factories import ActiviteitFactory, DomeinFactory, VerwerkerFactory

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200


def refused(response, *messages):
    """The form came back (200, not a redirect or a 500) with the Dutch messages."""
    assert response.status_code == 200, response.status_code
    text = response.content.decode()
    for message in messages:
        assert message in text, message
    return text


def zip_with(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


# --- datalekken ----------------------------------------------------------------------------

# Recent days: a discovery more than a year back is refused.
DAG = timezone.localdate() - timedelta(days=10)
DAG_ERNA = DAG + timedelta(days=1)
DAG_ERVOOR = DAG - timedelta(days=1)
VORIGE_DAG = DAG - timedelta(days=2)

MELDING = {
    "titel": "Laptop kwijt in de trein",
    "samenvatting": "De laptop van de balie is in de trein blijven liggen.",
    "soort": "verlies_diefstal",
    "ontdekt_op": f"{DAG:%Y-%m-%d}T09:30",
}


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"titel": "x" * 201}, "niet meer dan 200 tekens"),
        ({"ontdekt_op": "31-02-2025 25:99"}, "geldige datum"),
        ({"ontdekt_op": "2999-01-01T10:00"}, "ligt in de toekomst"),
        (
            {"begonnen_op": f"{DAG_ERNA:%Y-%m-%d}T09:30"},
            "kan niet na het moment van ontdekken liggen",
        ),
        ({"aantal_min": "50", "aantal_max": "5"}, "mag niet kleiner zijn dan het minimum"),
        ({"aantal_min": "-3"}, "minstens 0"),
        ({"aantal_max": "99999999999999999999"}, "hoogstens"),
        ({"soort": "<b>hack</b>"}, "geen beschikbare keuze"),
        ({"categorieen_persoonsgegevens": ["naw", "wachtwoorden"]}, "geen beschikbare keuze"),
        ({"samenvatting": ""}, "Dit veld is verplicht"),
    ],
)
def test_datalek_report_refuses_broken_input(client_for, medewerker, changes, message):
    response = client_for(medewerker).post(reverse("datalekken:melden"), {**MELDING, **changes})
    refused(response, message)
    assert not Datalek.objects.exists()


def test_datalek_report_shows_html_escaped(client_for, medewerker, melder):
    client_for(medewerker).post(
        reverse("datalekken:melden"), {**MELDING, "titel": SCRIPT[:200], "samenvatting": SCRIPT}
    )
    datalek = Datalek.objects.get()
    for user, url in [
        (melder, reverse("datalekken:detail", args=[datalek.pk])),
        (melder, reverse("datalekken:lijst")),
        (melder, reverse("datalekken:samenvatting", args=[datalek.pk])),
        (medewerker, reverse("datalekken:melding_status", args=[datalek.pk])),
    ]:
        text = client_for(user).get(url).content.decode()
        assert "<script>alert" not in text and "<img src=x" not in text, url
        assert "&lt;script&gt;" in text, url


@pytest.mark.parametrize(
    "changes, message",
    [
        (
            {"beeindigd_op": f"{VORIGE_DAG:%Y-%m-%d}T09:00"},
            "Het einde kan niet voor het begin liggen",
        ),
        ({"aantal_min": "10", "aantal_max": "2"}, "mag niet kleiner zijn dan het minimum"),
        ({"verwerker": "v" * 1000}, "niet meer dan"),
        ({"rol_organisatie": "baas"}, "geen beschikbare keuze"),
    ],
)
def test_facts_form_refuses_broken_input(client_for, melder, changes, message):
    datalek = DatalekFactory(titel="Oorspronkelijk")
    data = {
        **MELDING,
        "begonnen_op": f"{DAG_ERVOOR:%Y-%m-%d}T09:00",
        "rol_organisatie": "vv",
        "betrokkenen_buitenland": "",
        **changes,
    }
    response = client_for(melder).post(reverse("datalekken:feiten", args=[datalek.pk]), data)
    refused(response, message)
    datalek.refresh_from_db()
    assert datalek.titel == "Oorspronkelijk"


@pytest.mark.parametrize(
    "changes, message",
    [
        (
            {
                "begonnen_op": f"{DAG_ERVOOR:%Y-%m-%d}T10:00",
                "beeindigd_op": f"{DAG_ERVOOR:%Y-%m-%d}T09:00",
            },
            "Het einde kan niet voor het begin liggen",
        ),
        ({"aantal_min": "7", "aantal_max": "6"}, "mag niet kleiner zijn dan het minimum"),
        ({"begonnen_op": "gisteren"}, "geldige datum"),
    ],
)
def test_technical_form_refuses_broken_input(client_for, technicus, changes, message):
    datalek = DatalekFactory(technicus=technicus)
    response = client_for(technicus).post(
        reverse("datalekken:techniek", args=[datalek.pk]),
        {"technische_bevindingen": "Gevonden in de logs.", **changes},
    )
    refused(response, message)
    datalek.refresh_from_db()
    assert datalek.technische_bevindingen == ""


@pytest.mark.parametrize(
    "changes, files, message",
    [
        ({"ap_meldingsnummer": ""}, {}, "Dit veld is verplicht"),
        ({"ap_meldingsnummer": "M" * 51}, {}, "niet meer dan 50 tekens"),
        ({"ap_gemeld_op": "2000-01-01T10:00"}, {}, "kan niet voor de ontdekking liggen"),
        ({"ap_gemeld_op": "2999-01-01T10:00"}, {}, "ligt in de toekomst"),
        ({}, {"afschrift": ("melding.pdf", EXE)}, "past niet bij de extensie .pdf"),
        ({}, {"ontvangstbevestiging": ("bevestiging.exe", EXE)}, "niet toegestaan"),
    ],
)
def test_ap_notification_refuses_broken_input(client_for, melder, changes, files, message):
    datalek = DatalekFactory()
    data = {"ap_meldingsnummer": "M-1", "ap_gemeld_op": "", **changes}
    if not data["ap_gemeld_op"]:
        data["ap_gemeld_op"] = datalek.ontdekt_op.strftime("%Y-%m-%dT%H:%M")
    for field, (name, content) in files.items():
        data[field] = SimpleUploadedFile(name, content)
    response = client_for(melder).post(reverse("datalekken:ap_melding", args=[datalek.pk]), data)
    refused(response, message)
    datalek.refresh_from_db()
    assert datalek.ap_gemeld_op is None and not Bijlage.objects.exists()


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("afschrift.pdf", EXE, "past niet bij de extensie .pdf"),
        ("rapport.docx", zip_with({"iets.txt": b"geen word"}), "past niet bij de extensie .docx"),
        ("leden.xlsx", b"dit is tekst", "past niet bij de extensie .xlsx"),
        ("foto.png", b"GIF89a....", "past niet bij de extensie .png"),
        ("script.html", b"<script>alert(1)</script>", "niet toegestaan"),
        ("leeg.txt", b"", "leeg"),
    ],
)
def test_attachment_refuses_files_that_are_something_else(
    client_for, melder, name, content, message
):
    datalek = DatalekFactory()
    response = client_for(melder).post(
        reverse("datalekken:bijlage_toevoegen", args=[datalek.pk]),
        {"bestand": SimpleUploadedFile(name, content), "soort": "overig"},
    )
    refused(response, message)
    assert not Bijlage.objects.exists()


def test_attachment_description_too_long_and_bad_kind(client_for, melder):
    datalek = DatalekFactory()
    response = client_for(melder).post(
        reverse("datalekken:bijlage_toevoegen", args=[datalek.pk]),
        {
            "bestand": SimpleUploadedFile("a.txt", b"logregel"),
            "soort": "virus",
            "omschrijving": "o" * 201,
        },
    )
    refused(response, "geen beschikbare keuze", "niet meer dan 200 tekens")
    assert not Bijlage.objects.exists()


def test_note_too_long_is_refused_without_500(client_for, melder):
    datalek = DatalekFactory()
    before = Gebeurtenis.objects.count()
    response = client_for(melder).post(
        reverse("datalekken:notitie", args=[datalek.pk]), {"tekst": "n" * 5001}
    )
    assert response.status_code < 500
    assert Gebeurtenis.objects.count() == before


# --- register ------------------------------------------------------------------------------


def activiteit_data(**changes):
    domein = DomeinFactory()
    return {"domein": domein.pk, "volgnummer": "1", "naam": "Ledenadministratie", **changes}


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"naam": "n" * 201}, "niet meer dan 200 tekens"),
        ({"volgnummer": "-1"}, "minstens 0"),
        ({"volgnummer": "een"}, "geheel getal"),
        ({"laatst_beoordeeld_op": "2025-02-30"}, "geldige datum"),
        ({"grondslag": "omdat het kan"}, "geen beschikbare keuze"),
        ({"bewaartermijn": "b" * 201}, "niet meer dan 200 tekens"),
        ({"domein": "999999"}, "Selecteer een geldige keuze"),
    ],
)
def test_activity_form_refuses_broken_input(client_for, fg, changes, message):
    response = client_for(fg).post(
        reverse("register:activiteit_create"), activiteit_data(**changes)
    )
    refused(response, message)
    assert not Verwerkingsactiviteit.objects.exists()


def test_activity_with_html_is_shown_escaped(client_for, fg, medewerker):
    activiteit = ActiviteitFactory(naam=SCRIPT[:200], doeleinden=SCRIPT)
    for url in (
        reverse("register:activiteit_detail", args=[activiteit.pk]),
        reverse("register:activiteit_list"),
    ):
        text = client_for(medewerker).get(url).content.decode()
        assert "<script>alert" not in text and "<img src=x" not in text
        assert "&lt;script&gt;" in text


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("overeenkomst.pdf", EXE, "past niet bij .pdf"),
        ("overeenkomst.docx", zip_with({"a.txt": b"x"}), "past niet bij .docx"),
        ("overeenkomst.odt", b"PK\x03\x04kapot", "past niet bij .odt"),
        ("overeenkomst.exe", EXE, "Alleen PDF-, Word- (.docx) en OpenDocument"),
    ],
)
def test_agreement_upload_refuses_files_that_are_something_else(
    client_for, fg, name, content, message
):
    verwerker = VerwerkerFactory()
    response = client_for(fg).post(
        reverse("register:overeenkomst_create", args=[verwerker.pk]),
        {
            "status": "getekend",
            "getekend_op": "2024-01-01",
            "document": SimpleUploadedFile(name, content),
        },
    )
    refused(response, message)
    assert not Verwerkersovereenkomst.objects.exists()


def test_agreement_end_before_signing_is_refused(client_for, fg):
    verwerker = VerwerkerFactory()
    response = client_for(fg).post(
        reverse("register:overeenkomst_create", args=[verwerker.pk]),
        {"status": "getekend", "getekend_op": "2024-06-01", "einddatum": "2024-01-01"},
    )
    refused(response, "De einddatum ligt vóór de datum van ondertekening")
    assert not Verwerkersovereenkomst.objects.exists()


def test_odt_with_a_huge_mimetype_entry_is_not_decompressed(client_for, fg):
    # 100 MB of zeros behind a "mimetype" entry: refused by its declared size, unread.
    bomb = zip_with({"mimetype": b"\x00" * 100_000_000})
    activiteit = ActiviteitFactory()
    started = time.perf_counter()
    response = client_for(fg).post(
        reverse("register:geb_edit", args=[activiteit.pk]),
        {"status": "nodig", "document": SimpleUploadedFile("geb.odt", bomb)},
    )
    refused(response, "past niet bij .odt")
    assert time.perf_counter() - started < 2
    assert not GEB.objects.exists()


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"status": "uitgevoerd"}, "Vul in wanneer de GEB is afgerond"),
        ({"datum": "01-13-2024"}, "geldige datum"),
        ({"status": "misschien"}, "geen beschikbare keuze"),
    ],
)
def test_geb_form_refuses_broken_input(client_for, fg, changes, message):
    activiteit = ActiviteitFactory()
    response = client_for(fg).post(
        reverse("register:geb_edit", args=[activiteit.pk]), {"status": "nodig", **changes}
    )
    refused(response, message)
    assert not GEB.objects.exists()


def test_verwerker_and_systeem_names_too_long(client_for, fg):
    refused(
        client_for(fg).post(reverse("register:verwerker_create"), {"naam": "v" * 151}),
        "niet meer dan 150 tekens",
    )
    refused(
        client_for(fg).post(reverse("register:systeem_create"), {"naam": "s" * 151}),
        "niet meer dan 150 tekens",
    )


def test_register_list_filters_with_garbage_do_not_break(client_for, medewerker):
    url = reverse("register:activiteit_list")
    for query in (
        "?domein=abc&verwerker=-1&page=999999",
        "?q=" + "%00" * 10,
        "?bewaartermijn=" + "9" * 500,
        "?geb=<script>&status=x&beoordeling=y&aandacht=z",
        "?q=" + "x" * 5000,
    ):
        response = client_for(medewerker).get(url + query)
        assert response.status_code == 200, query
        assert "<script>" not in response.content.decode().split("<main", 1)[-1]


def bomb_xlsx(size=300_000_000) -> bytes:
    """A workbook whose sheet XML decompresses to hundreds of MB of one repeated byte."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as entry:
            chunk = b" " * 10_000_000
            for _ in range(size // len(chunk)):
                entry.write(chunk)
    return out.getvalue()


def test_import_refuses_a_zip_bomb_quickly():
    data = bomb_xlsx()
    assert len(data) < 1_000_000  # a few hundred kB on the wire
    started = time.perf_counter()
    report = import_register(filename="register.xlsx", data=data, dry_run=True)
    assert time.perf_counter() - started < 1
    assert "te groot om te importeren" in report.fouten[0].melding


def test_import_refuses_a_bomb_that_lies_about_its_size():
    # The directory claims 1 kB; zipfile stops there and the checksum fails.
    data = bytearray(bomb_xlsx(50_000_000))
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = archive.getinfo("xl/worksheets/sheet1.xml")
    assert info.file_size == 50_000_000
    lied = bytes(data).replace((50_000_000).to_bytes(8, "little"), (1000).to_bytes(8, "little"))
    started = time.perf_counter()
    report = import_register(filename="register.xlsx", data=lied, dry_run=True)
    assert time.perf_counter() - started < 2
    assert report.has_errors
    assert not Verwerkingsactiviteit.objects.exists()


def test_import_refuses_too_many_columns():
    row = ";".join(["Verwerker", "Systeem", "Bewaartermijn", *["x"] * MAX_COLUMNS])
    report = import_register(filename="r.csv", data=row.encode(), dry_run=True)
    assert "te groot om te importeren" in report.fouten[0].melding


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("register.xlsx", EXE, "geen echt Excel-bestand"),
        ("register.xlsx", zip_with({"word/document.xml": b"<w/>"}), "beschadigd"),
        ("register.xlsx", zip_with({"xl/workbook.xml": b"<<<kapot"}), "kon niet worden gelezen"),
        ("register.csv", b"\x00\x01\x02binair", "geen spreadsheet"),
        ("register.pdf", b"%PDF-1.4", "Kies een .xlsx- of .csv-bestand"),
    ],
)
def test_import_view_refuses_files_that_are_not_a_register(client_for, fg, name, data, message):
    response = client_for(fg).post(
        reverse("register:import"), {"bestand": SimpleUploadedFile(name, data)}
    )
    refused(response, message)
    assert not Verwerkingsactiviteit.objects.exists()


def test_import_of_xxe_is_not_resolved():
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&e;'
        b"</workbook>"
    )
    report = import_register(
        filename="r.xlsx", data=zip_with({"xl/workbook.xml": xxe}), dry_run=True
    )
    assert report.has_errors
    assert "root:" not in str(report.fouten)


# --- protocol ------------------------------------------------------------------------------


@pytest.fixture
def concept(db):
    return VersieFactory(status=ProtocolVersie.Status.CONCEPT)


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"titel": "t" * 201}, "niet meer dan 200 tekens"),
        ({"ingangsdatum": "2025-13-01"}, "geldige datum"),
        ({"werkwijze": "9"}, "geen beschikbare keuze"),
        (
            {"ingangsdatum": "2025-01-01", "vastgesteld_op": "2025-03-01"},
            "De ingangsdatum ligt vóór de datum van vaststelling",
        ),
    ],
)
def test_version_form_refuses_broken_input(client_for, redacteur, concept, changes, message):
    data = {"titel": "Privacyprotocol", "werkwijze": "2", **changes}
    response = client_for(redacteur).post(reverse("protocol:concept_gegevens"), data)
    refused(response, message)
    concept.refresh_from_db()
    assert concept.titel == "Privacyprotocol klantcontact"


def test_publish_form_refuses_start_before_adoption(client_for, redacteur, concept):
    response = client_for(redacteur).post(
        reverse("protocol:publiceren"),
        {"ingangsdatum": "2025-01-01", "vastgesteld_door": "MT", "vastgesteld_op": "2025-02-01"},
    )
    refused(response, "De ingangsdatum ligt vóór de datum van vaststelling")
    concept.refresh_from_db()
    assert concept.is_concept


def test_section_form_refuses_broken_input(client_for, redacteur):
    other = HoofdstukFactory()  # of another version, published below
    ProtocolVersie.objects.filter(pk=other.versie_id).update(
        status=ProtocolVersie.Status.GEPUBLICEERD, gepubliceerd_op="2025-01-01T10:00Z"
    )
    hoofdstuk = HoofdstukFactory(versie=VersieFactory())
    url = reverse("protocol:inhoud_nieuw", args=["secties"])
    client = client_for(redacteur)
    refused(
        client.post(url, {"hoofdstuk": hoofdstuk.pk, "titel": "t" * 201, "tekst": "x"}),
        "niet meer dan 200 tekens",
    )
    refused(
        client.post(url, {"hoofdstuk": other.pk, "titel": "Elders", "tekst": "x"}),
        "Selecteer een geldige keuze",
    )
    refused(
        client.post(url, {"hoofdstuk": hoofdstuk.pk, "titel": "Kort", "hoofdpunt": "on"}),
        "verkort protocol",
    )
    assert not Sectie.objects.exists()


def test_situatie_form_refuses_broken_input(client_for, redacteur, concept):
    url = reverse("protocol:inhoud_nieuw", args=["situaties"])
    refused(
        client_for(redacteur).post(url, {"titel": "s" * 401, "context": "balie"}),
        "niet meer dan 400 tekens",
    )
    refused(
        client_for(redacteur).post(url, {"titel": "Bank", "context": "kantine"}),
        "geen beschikbare keuze",
    )
    assert not Situatie.objects.exists()


def test_content_with_html_is_rendered_safely(client_for, redacteur, medewerker):
    versie = VersieFactory()
    hoofdstuk = HoofdstukFactory(versie=versie, titel=SCRIPT[:200])
    Sectie.objects.create(hoofdstuk=hoofdstuk, versie=versie, titel=SCRIPT[:200], tekst=SCRIPT)
    situatie = SituatieFactory(versie=versie, titel=SCRIPT, weet=SCRIPT)
    ProtocolVersie.objects.filter(pk=versie.pk).update(
        status=ProtocolVersie.Status.GEPUBLICEERD, gepubliceerd_op="2025-01-01T10:00Z"
    )
    for url in (
        reverse("protocol:index"),
        reverse("protocol:hoofdstuk", args=[versie.versienummer, hoofdstuk.pk]),
        reverse("protocol:situatie", args=[versie.versienummer, situatie.pk]),
        reverse("protocol:zoeken") + "?q=alert",
    ):
        text = client_for(medewerker).get(url).content.decode()
        assert "<script>alert" not in text and "<img src=x" not in text, url


@pytest.mark.parametrize(
    "soort, data, message",
    [
        ("spreekuren", {"naam": "n" * 201, "vragen": "x"}, "niet meer dan"),
        ("locaties", {"naam": "Centrale", "volgorde": "-5"}, "minstens 0"),
        ("locaties", {"naam": "Centrale", "volgorde": "veel"}, "geheel getal"),
        ("cursussen", {"naam": ""}, "Dit veld is verplicht"),
        ("doorverwijsadressen", {"organisatie": "o" * 1000}, "niet meer dan"),
    ],
)
def test_list_forms_refuse_broken_input(client_for, redacteur, soort, data, message):
    response = client_for(redacteur).post(reverse("protocol:lijst_nieuw", args=[soort]), data)
    refused(response, message)
    assert not Spreekuur.objects.exists()


def test_search_with_hostile_query_does_not_break(client_for, medewerker):
    VersieFactory(status=ProtocolVersie.Status.GEPUBLICEERD, gepubliceerd_op="2025-01-01T10:00Z")
    for q in ("<script>", "'\"&|!:*()", "x" * 201, "\x00", "a & | ! b"):
        response = client_for(medewerker).get(reverse("protocol:zoeken"), {"q": q})
        assert response.status_code == 200, q
        assert "<script>" not in response.content.decode().split("<main", 1)[-1]


def test_rows_without_history_do_not_break_the_history_panels(client_for, fg, melder):
    # Rows written by bulk inserts (or from before the history) have no history records.
    domein = DomeinFactory()
    (activiteit,) = Verwerkingsactiviteit.objects.bulk_create(
        [Verwerkingsactiviteit(domein=domein, volgnummer=1, naam="Zonder historie")]
    )
    response = client_for(fg).get(reverse("register:activiteit_detail", args=[activiteit.pk]))
    assert response.status_code == 200
    datalek = DatalekFactory()
    datalek.history.all().delete()
    response = client_for(melder).get(reverse("datalekken:detail", args=[datalek.pk]))
    assert response.status_code == 200
