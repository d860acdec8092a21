import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from register.models import GEB, Verwerkersovereenkomst, Verwerkingsactiviteit
from tests.register.factories import (
    ActiviteitFactory,
    DomeinFactory,
    GEBFactory,
    OvereenkomstFactory,
    SysteemFactory,
    VerwerkerFactory,
)
from tests.register.test_import import LIBRARY_CSV

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


def docx_bytes():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def _fill(n):
    domein = DomeinFactory()
    for _ in range(n):
        verwerker = VerwerkerFactory()
        ovk = OvereenkomstFactory(verwerker=verwerker)
        a = ActiviteitFactory(
            domein=domein,
            verwerker=verwerker,
            systeem=SysteemFactory(technicus=None),
            verwerkersovereenkomst=ovk,
            verwerkersovereenkomst_antwoord="ja",
        )
        GEBFactory(activiteit=a)


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries)


@pytest.mark.parametrize(
    "url_name", ["register:activiteit_list", "register:verwerker_list", "register:systeem_list"]
)
def test_list_pages_use_a_fixed_number_of_queries(url_name, client_for, medewerker):
    client = client_for(medewerker)
    _fill(3)
    small = _count(client, reverse(url_name))
    _fill(60)
    assert _count(client, reverse(url_name)) == small


def test_list_query_count_is_pinned(client_for, medewerker, django_assert_num_queries):
    client = client_for(medewerker)
    _fill(3)
    client.get(reverse("register:activiteit_list"))
    # session, user, roles, the domein and verwerker filter options, the count per domain,
    # the page's ids, the page's rows, and the session save (savepoint, update, release)
    with django_assert_num_queries(11):
        client.get(reverse("register:activiteit_list"))
    _fill(60)
    with django_assert_num_queries(11):
        client.get(reverse("register:activiteit_list") + "?q=Verwerking&geb=ontbreekt&page=2")


def test_detail_pages_use_a_fixed_number_of_queries(client_for, fg):
    client = client_for(fg)
    _fill(3)
    verwerker = VerwerkerFactory(naam="Groot")
    systeem = SysteemFactory(naam="Groot systeem")
    ovk = OvereenkomstFactory(verwerker=verwerker)
    first = ActiviteitFactory(verwerker=verwerker, systeem=systeem)
    urls = [
        reverse("register:activiteit_detail", kwargs={"pk": first.pk}),
        reverse("register:verwerker_detail", kwargs={"pk": verwerker.pk}),
        reverse("register:systeem_detail", kwargs={"pk": systeem.pk}),
    ]
    before = [_count(client, url) for url in urls]
    for _ in range(60):
        ActiviteitFactory(
            verwerker=verwerker,
            systeem=systeem,
            verwerkersovereenkomst=ovk,
            verwerkersovereenkomst_antwoord="ja",
        )
    assert [_count(client, url) for url in urls] == before


def test_medewerker_reads_the_register_without_edit_buttons(client_for, medewerker):
    a = ActiviteitFactory(naam="Ledenadministratie", bijzondere_persoonsgegevens="n.b.")
    client = client_for(medewerker)
    content = client.get(reverse("register:activiteit_list")).content.decode()
    assert "Ledenadministratie" in content
    assert "Nieuwe verwerking" not in content and "Export" not in content
    detail = client.get(a.get_absolute_url()).content.decode()
    assert "Bewerken" not in detail
    assert 'title="niet bekend">n.b.' in detail


def test_filters(client_for, medewerker):
    ActiviteitFactory(naam="Met bijzondere", bijzondere_persoonsgegevens="ja")
    ActiviteitFactory(
        naam="Extern ding",
        domein=DomeinFactory(naam="Programma", groep="extern", nummer=3),
        bijzondere_persoonsgegevens="nvt",
    )
    client = client_for(medewerker)
    content = client.get(reverse("register:activiteit_list") + "?bijzonder=ja").content.decode()
    assert "Met bijzondere" in content and "Extern ding" not in content
    content = client.get(reverse("register:activiteit_list") + "?groep=extern").content.decode()
    assert "Extern ding" in content and "Met bijzondere" not in content
    content = client.get(reverse("register:activiteit_list") + "?q=bijzondere").content.decode()
    assert "1 verwerking gevonden" in content


def test_history_is_shown_on_the_detail_page(client_for, fg):
    client = client_for(fg)
    domein = DomeinFactory()
    client.post(
        reverse("register:activiteit_create"),
        {"domein": domein.pk, "volgnummer": 7, "naam": "Werving", "bewaartermijn": "4 weken"},
    )
    activiteit = Verwerkingsactiviteit.objects.get(naam="Werving")
    assert activiteit.bewaartermijn_getal == 4 and activiteit.bewaartermijn_eenheid == "weken"
    response = client.post(
        reverse("register:activiteit_update", kwargs={"pk": activiteit.pk}),
        {
            "domein": domein.pk,
            "volgnummer": 7,
            "naam": "Werving en selectie",
            "bewaartermijn": "tot einde procedure",
        },
    )
    assert response.status_code == 302
    content = client.get(activiteit.get_absolute_url()).content.decode()
    assert "Historie" in content
    assert "Werving → Werving en selectie" in content
    assert "Aangemaakt" in content
    assert escape(fg.get_full_name()) in content


def test_dutch_validation_messages_on_the_field(client_for, fg):
    domein = DomeinFactory()
    ActiviteitFactory(domein=domein, volgnummer=1)
    response = client_for(fg).post(
        reverse("register:activiteit_create"),
        {
            "domein": domein.pk,
            "volgnummer": 1,
            "naam": "Dubbel",
            "bijzondere_persoonsgegevens": "ja",
            "doorgifte_buiten_eer": "ja",
            "grondslag": "gerechtvaardigd_belang",
        },
    )
    form = response.context["form"]
    assert form.errors["volgnummer"] == ["Domein HR heeft al een verwerking met volgnummer 1."]
    assert form.errors["bijzondere_categorieen"] == [
        "Geef aan welke bijzondere persoonsgegevens het zijn."
    ]
    assert "waarborgen" in form.errors and "grondslag_toelichting" in form.errors
    assert "Niet opgeslagen" in response.content.decode()


def test_agreement_upload_checks_content_and_downloads_safely(client_for, fg, medewerker):
    verwerker = VerwerkerFactory(naam="BiSC")
    url = reverse("register:overeenkomst_create", kwargs={"pk": verwerker.pk})
    client = client_for(fg)
    fake = SimpleUploadedFile("contract.pdf", b"MZ\x90\x00 not a pdf", "application/pdf")
    response = client.post(url, {"status": "in_afwachting", "document": fake})
    assert "past niet bij .pdf" in response.context["form"].errors["document"][0]

    exe = SimpleUploadedFile("contract.exe", b"MZ\x90\x00", "application/octet-stream")
    response = client.post(url, {"status": "in_afwachting", "document": exe})
    assert (
        "Alleen PDF-, Word- (.docx) en OpenDocument"
        in response.context["form"].errors["document"][0]
    )

    good = SimpleUploadedFile('../../"overeenkomst".pdf', PDF, "application/pdf")
    response = client.post(
        url, {"status": "getekend", "getekend_op": "2025-01-10", "document": good}
    )
    assert response.status_code == 302
    ovk = Verwerkersovereenkomst.objects.get()
    assert ovk.document_naam == "overeenkomst.pdf"
    assert not ovk.document.name.endswith("overeenkomst.pdf")  # stored under a random name

    download = client.get(reverse("register:overeenkomst_document", kwargs={"pk": ovk.pk}))
    assert download.status_code == 200
    assert download["Content-Disposition"] == 'attachment; filename="overeenkomst.pdf"'
    assert b"".join(download.streaming_content) == PDF

    other = client_for(medewerker)
    url = reverse("register:overeenkomst_document", kwargs={"pk": ovk.pk})
    assert other.get(url).status_code == 403


def test_upload_size_cap(client_for, fg, settings):
    settings.UPLOAD_MAX_BYTES = 10
    a = ActiviteitFactory()
    response = client_for(fg).post(
        reverse("register:geb_edit", kwargs={"pk": a.pk}),
        {"status": "nodig", "document": SimpleUploadedFile("geb.pdf", PDF)},
    )
    assert "te groot" in response.context["form"].errors["document"][0]


def test_geb_document_is_open_to_staff(client_for, fg, medewerker):
    a = ActiviteitFactory()
    response = client_for(fg).post(
        reverse("register:geb_edit", kwargs={"pk": a.pk}),
        {
            "status": "uitgevoerd",
            "datum": "2025-03-01",
            "conclusie": "Restrisico aanvaardbaar",
            "document": SimpleUploadedFile("GEB leden.docx", docx_bytes()),
        },
    )
    assert response.status_code == 302
    assert GEB.objects.get().document_naam == "GEB leden.docx"
    download = client_for(medewerker).get(reverse("register:geb_document", kwargs={"pk": a.pk}))
    assert download.status_code == 200
    assert "GEB%20leden.docx" in download["Content-Disposition"] or (
        'filename="GEB leden.docx"' in download["Content-Disposition"]
    )


def test_geb_form_requires_conclusion(client_for, fg):
    a = ActiviteitFactory()
    response = client_for(fg).post(
        reverse("register:geb_edit", kwargs={"pk": a.pk}), {"status": "uitgevoerd"}
    )
    errors = response.context["form"].errors
    assert errors["datum"] == ["Vul in wanneer de GEB is afgerond."]
    assert errors["conclusie"] == ["Vat de uitkomst van de GEB samen."]


def test_import_through_the_portal_preview_then_confirm(client_for, fg):
    client = client_for(fg)
    broken = LIBRARY_CSV.replace("Intern;1 HR;2;", "Intern;1 HR;twee;")
    response = client.post(
        reverse("register:import"),
        {"bestand": SimpleUploadedFile("register.csv", broken.encode("cp1252"))},
    )
    content = response.content.decode()
    assert "er is niets opgeslagen" in content
    assert "‘twee’ is geen volgnummer" in content
    assert "Coördinatie vrijwilligers" in content  # every row is in the preview
    assert Verwerkingsactiviteit.objects.count() == 0

    response = client.post(
        reverse("register:import"),
        {"bestand": SimpleUploadedFile("register.csv", LIBRARY_CSV.encode("cp1252"))},
    )
    assert response.context["report"].fouten == []
    token = response.context["token"]
    assert Verwerkingsactiviteit.objects.count() == 0
    response = client.post(reverse("register:import_confirm"), {"token": token})
    assert response.status_code == 302
    assert Verwerkingsactiviteit.objects.count() == 4
    imported = Verwerkingsactiviteit.objects.first()
    assert imported.history.get().history_user == fg

    # The token is spent.
    response = client.post(reverse("register:import_confirm"), {"token": token})
    assert response.status_code == 302 and response.url == reverse("register:import")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("register.xlsx", b"PK\x03\x04" + b"\x00" * 100),
        ("register.xlsx", b"%PDF-1.4 not a workbook"),
        ("register.csv", b"\x00\x00\x00"),
        ("register.pdf", PDF),
    ],
)
def test_a_broken_upload_gets_a_dutch_message_not_a_500(client_for, fg, name, data):
    response = client_for(fg).post(
        reverse("register:import"), {"bestand": SimpleUploadedFile(name, data)}
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Kies een .xlsx- of .csv-bestand" in content or "er is niets opgeslagen" in content


def test_systeem_lists_its_personal_data_and_technicus(client_for, medewerker, technicus):
    systeem = SysteemFactory(naam="AFAS", technicus=technicus)
    ActiviteitFactory(
        naam="Salaris",
        systeem=systeem,
        categorieen_persoonsgegevens="IBAN, BSN",
        bijzondere_persoonsgegevens="ja",
    )
    assert systeem.persoonsgegevens()[0]["categorieen_persoonsgegevens"] == "IBAN, BSN"
    content = client_for(medewerker).get(systeem.get_absolute_url()).content.decode()
    assert "IBAN, BSN" in content and escape(technicus.get_full_name()) in content


def test_systeem_form_offers_only_technici(client_for, fg, technicus, medewerker):
    response = client_for(fg).get(reverse("register:systeem_create"))
    choices = [c[1] for c in response.context["form"].fields["technicus"].choices]
    assert technicus.get_full_name() in choices
    assert medewerker.get_full_name() not in choices


def test_home_panel_for_fg_and_staff(client_for, fg, medewerker, technicus):
    ActiviteitFactory(laatst_beoordeeld_op=None)
    assert "Verwerkingsregister: te doen" in client_for(fg).get("/").content.decode()
    assert "Register bekijken" in client_for(medewerker).get("/").content.decode()
    assert "Verwerkingsregister" not in client_for(technicus).get("/").content.decode()


def test_demo_data_loads_once(cast):
    from register import demo

    users = dict(cast)
    demo.load(users)
    count = Verwerkingsactiviteit.objects.count()
    assert 22 <= count <= 30
    demo.load(users)
    assert Verwerkingsactiviteit.objects.count() == count
    assert cast["technicus"].register_systemen.count() == 2


def test_the_list_counts_in_the_page_query_and_handles_any_page_number(client_for, medewerker):
    client = client_for(medewerker)
    _fill(60)
    url = reverse("register:activiteit_list")
    for page, first in (("", 1), ("2", 2), ("999", 2), ("abc", 1), ("0", 2), ("-1", 2)):
        response = client.get(url + (f"?page={page}" if page else ""))
        assert response.status_code == 200
        page_obj = response.context["page_obj"]
        assert page_obj.paginator.count == 60
        assert page_obj.number == first, page
    response = client.get(url + "?q=bestaatnietxyz&page=3")
    assert response.context["page_obj"].paginator.count == 0
