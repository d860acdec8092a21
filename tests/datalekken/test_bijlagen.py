"""Attachments: checked by content, capped in size, stored without URL, downloaded only
through the access check, every download in the timeline."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from datalekken.bijlagen import safe_filename
from datalekken.models import Bijlage, Gebeurtenis
from tests.datalekken.factories import PDF, DatalekFactory, bijlage_for


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archief:
        archief.writestr("[Content_Types].xml", "<Types/>")
        archief.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def upload(client, datalek, naam, inhoud, soort="bewijs"):
    return client.post(
        reverse("datalekken:bijlage_toevoegen", args=[datalek.pk]),
        {"bestand": SimpleUploadedFile(naam, inhoud), "soort": soort},
    )


@pytest.mark.parametrize(
    "naam, inhoud",
    [
        ("afschrift.pdf", PDF),
        ("scherm.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20),
        ("foto.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 20),
        ("lijst.docx", docx_bytes()),
        ("log.txt", "Inlogpoging om 03:12 vanaf onbekend adres — geblokkeerd.\n".encode()),
        ("ontvangst.eml", b"From: meldloket@example.org\nSubject: Ontvangst\n\nBedankt.\n"),
        ("bericht.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40),
    ],
)
def test_allowed_types_are_stored_under_a_generated_name(client_for, melder, naam, inhoud):
    datalek = DatalekFactory()
    response = upload(client_for(melder), datalek, naam, inhoud)
    assert response.status_code == 302
    bijlage = Bijlage.objects.get()
    assert bijlage.bestandsnaam == naam
    assert naam not in bijlage.bestand.name
    assert bijlage.bestand.name.startswith("datalekken/")
    assert bijlage.grootte == len(inhoud)
    assert datalek.gebeurtenissen.filter(soort=Gebeurtenis.Soort.BIJLAGE).count() == 1


@pytest.mark.parametrize(
    "naam, inhoud, fout",
    [
        ("rapport.pdf", b"MZ\x90\x00 this is an exe", "past niet bij de extensie .pdf"),
        ("lijst.docx", b"PK\x03\x04 not really a zip", "past niet bij de extensie .docx"),
        ("lijst.xlsx", docx_bytes(), "past niet bij de extensie .xlsx"),
        ("notitie.txt", b"\x00\x01\x02binary", "past niet bij de extensie .txt"),
        ("script.exe", b"MZ\x90\x00", "Dit bestandstype is niet toegestaan"),
        ("pagina.html", b"<script>alert(1)</script>", "Dit bestandstype is niet toegestaan"),
        ("leeg.pdf", b"", "leeg"),
    ],
)
def test_wrong_type_by_content_is_refused(client_for, melder, naam, inhoud, fout):
    response = upload(client_for(melder), DatalekFactory(), naam, inhoud)
    assert response.status_code == 200
    assert fout in response.context["form"].errors["bestand"][0]
    assert not Bijlage.objects.exists()


def test_too_big_is_refused(client_for, melder, settings):
    settings.UPLOAD_MAX_BYTES = 1024
    response = upload(client_for(melder), DatalekFactory(), "groot.pdf", PDF + b"0" * 2000)
    assert "te groot" in response.context["form"].errors["bestand"][0]
    assert not Bijlage.objects.exists()


def test_ap_notification_with_copy_and_receipt(client_for, melder):
    datalek = DatalekFactory()
    response = client_for(melder).post(
        reverse("datalekken:ap_melding", args=[datalek.pk]),
        {
            "ap_meldingsnummer": "M-2025-777",
            "ap_gemeld_op": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "afschrift": SimpleUploadedFile("afschrift.pdf", PDF),
            "ontvangstbevestiging": SimpleUploadedFile(
                "ontvangst.eml", b"From: ap@example.org\n\nOk"
            ),
        },
    )
    assert response.status_code == 302
    assert sorted(datalek.bijlagen.values_list("soort", flat=True)) == ["afschrift", "ontvangst"]


def test_ap_notification_refuses_a_bad_copy(client_for, melder):
    datalek = DatalekFactory()
    response = client_for(melder).post(
        reverse("datalekken:ap_melding", args=[datalek.pk]),
        {
            "ap_meldingsnummer": "M-2025-777",
            "ap_gemeld_op": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "afschrift": SimpleUploadedFile("afschrift.pdf", b"not a pdf"),
        },
    )
    assert response.context["form"].errors["afschrift"]
    datalek.refresh_from_db()
    assert not datalek.ap_meldingsnummer


def test_download_for_insiders_is_logged(client_for, fg, melder):
    datalek = DatalekFactory()
    bijlage = bijlage_for(datalek, melder, naam='afschrift "AP"\r\n.pdf')
    response = client_for(fg).get(
        reverse("datalekken:bijlage_downloaden", args=[datalek.pk, bijlage.pk])
    )
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "\r" not in disposition and "\n" not in disposition
    regel = datalek.gebeurtenissen.get(soort=Gebeurtenis.Soort.DOWNLOAD)
    assert regel.wie == fg


@pytest.mark.parametrize("rol", ["medewerker", "management", "buitenstaander", "technicus"])
def test_download_denied_to_outsiders_and_not_logged(client_for, cast, rol):
    datalek = DatalekFactory(ontdekker=cast["medewerker"])  # no technicus assigned
    bijlage = bijlage_for(datalek, cast["melder"])
    response = client_for(cast[rol]).get(
        reverse("datalekken:bijlage_downloaden", args=[datalek.pk, bijlage.pk])
    )
    assert response.status_code == 404
    assert not datalek.gebeurtenissen.filter(soort=Gebeurtenis.Soort.DOWNLOAD).exists()


def test_attachment_of_another_case_is_not_found_through_this_case(client_for, melder):
    eigen, ander = DatalekFactory(), DatalekFactory()
    bijlage = bijlage_for(ander, melder)
    url = reverse("datalekken:bijlage_downloaden", args=[eigen.pk, bijlage.pk])
    assert client_for(melder).get(url).status_code == 404


def test_case_page_links_to_the_download_view_not_to_the_file(client_for, melder):
    datalek = DatalekFactory()
    bijlage = bijlage_for(datalek, melder)
    page = client_for(melder).get(datalek.get_absolute_url()).content.decode()
    assert reverse("datalekken:bijlage_downloaden", args=[datalek.pk, bijlage.pk]) in page
    assert bijlage.bestand.name not in page


def test_safe_filename():
    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename('a"b;c\r\n.pdf') == "ab_c.pdf"
    assert safe_filename("...") == "bijlage"
