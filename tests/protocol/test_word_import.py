"""Importing a protocol from a Word document: the parser, the upload with preview, the command."""

import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from protocol import services
from protocol.models import Hoofdstuk, ProtocolVersie, Sectie, Situatie, Sneltoets, Uitspraak
from protocol.plekken import open_placeholders
from protocol.views.word_import import SESSION_KEY, UPLOAD_DIR
from protocol.word_import import (
    IMAGE_PLACEHOLDER,
    WordImportFout,
    parse_docx,
)
from tests.protocol import factories as f
from tests.protocol.word_docs import DocBuilder, sample_protocol, situatie


def _docx_with_everything() -> bytes:
    b = DocBuilder().title("Privacyprotocol Rivierenland-Noord")
    b.h(1, "Algemeen")
    b.p("Dit hoofdstuk gaat over ", ("alle", "b"), " klantcontacten, ", ("ook", "i"), " online.")
    b.h(2, "Wat vraag je")
    b.bullets("Waarmee wil de klant hulp?", "Hoe dringend is het?")
    b.bullets("Ook: vandaag nog?", level=2)
    b.numbered("Eerst luisteren.", "Dan doorvragen.")
    b.h(3, "Dieper")
    b.p("Een kop op niveau 3 blijft een kop binnen de sectie.")
    b.h(2, "Wat vertel je")
    b.p("Uitleg bij de zinnen hieronder.")
    b.p("“Ik kijk even niet mee naar uw scherm.”")
    b.p('"Het inloggen doet u zelf."')
    b.p("Bij de uitzondering zeg je:")
    b.p("“Mag ik meekijken?”")
    b.h(1, "Doorverwijzen")
    b.p("Bel [nader in te vullen: telefoonnummer] voor vragen.")
    b.table(["Vraag", "Waar"], ["Belasting | toeslag", "Spreekuur"])
    b.h(1, "Situaties")
    situatie(
        b,
        "Een klant vraagt hulp bij zijn bank.",
        ("WEET", ["Dat je niet meekijkt."]),
        ("Verhaal:", ["Je legt uit waarom."]),
        ("doen?", ["Je wijst de weg."]),
        ("Laten", ["Je logt niet in."]),
    )
    situatie(
        b,
        "Een klant komt naar het spreekuur met een e-reader.",
        ("Doen", ["Je kijkt mee na toestemming."]),
    )
    return b.bytes()


# --- The parser ------------------------------------------------------------------------------


def test_headings_become_chapters_and_sections():
    resultaat = parse_docx(_docx_with_everything())
    assert resultaat.titel == "Privacyprotocol Rivierenland-Noord"
    assert [h.titel for h in resultaat.hoofdstukken] == ["Algemeen", "Doorverwijzen"]
    algemeen = resultaat.hoofdstukken[0]
    assert [s.titel for s in algemeen.secties] == ["Algemeen", "Wat vraag je", "Wat vertel je"]
    # The "Situaties" chapter held only situaties: no empty chapter.
    assert any("alleen situaties" in w for w in resultaat.waarschuwingen)


def test_paragraphs_lists_bold_and_italic_become_markdown():
    algemeen = parse_docx(_docx_with_everything()).hoofdstukken[0]
    assert algemeen.secties[0].tekst == (
        "Dit hoofdstuk gaat over **alle** klantcontacten, *ook* online."
    )
    assert algemeen.secties[1].tekst == (
        "- Waarmee wil de klant hulp?\n"
        "- Hoe dringend is het?\n"
        "   - Ook: vandaag nog?\n"
        "1. Eerst luisteren.\n"
        "1. Dan doorvragen.\n"
        "\n"
        "### Dieper\n"
        "\n"
        "Een kop op niveau 3 blijft een kop binnen de sectie."
    )


def test_tables_become_markdown_tables_with_escaped_pipes():
    sectie = parse_docx(_docx_with_everything()).hoofdstukken[1].secties[0]
    assert "| Vraag | Waar |\n| --- | --- |\n| Belasting \\| toeslag | Spreekuur |" in sectie.tekst


def test_situaties_are_recognised_in_any_spelling():
    situaties = parse_docx(_docx_with_everything()).situaties
    bank, spreekuur = situaties
    assert bank.titel == "Een klant vraagt hulp bij zijn bank."
    assert bank.context == "balie"
    assert bank.weet == "- Dat je niet meekijkt."
    assert bank.verhaal == "- Je legt uit waarom."
    assert bank.doen == "- Je wijst de weg."
    assert bank.laten == "- Je logt niet in."
    assert spreekuur.context == "digitaal_spreekuur"
    assert spreekuur.delen == ["doen"]


def test_part_names_without_heading_style_still_count():
    b = DocBuilder().h(1, "Situaties").h(2, "Een klant vergeet zijn pas.")
    b.bold_p("Weet:").p("Dat de pas persoonlijk is.").p("Doen").bullets("Je bewaart de pas.")
    [situatie_] = parse_docx(b.bytes()).situaties
    assert situatie_.weet == "Dat de pas persoonlijk is."
    assert situatie_.doen == "- Je bewaart de pas."


def test_quotes_under_wat_vertel_je_become_uitspraken():
    resultaat = parse_docx(_docx_with_everything())
    assert [(u.tekst, u.uitzondering) for u in resultaat.uitspraken] == [
        ("Ik kijk even niet mee naar uw scherm.", False),
        ("Het inloggen doet u zelf.", False),
        ("Mag ik meekijken?", True),
    ]
    vertel = resultaat.hoofdstukken[0].secties[2]
    assert "Ik kijk even niet mee" not in vertel.tekst
    assert "Uitleg bij de zinnen hieronder." in vertel.tekst


def test_quotes_elsewhere_stay_text():
    b = DocBuilder().h(1, "Houding").p("“Nee” is ook een antwoord.").p("“Zo zeg je het.”")
    resultaat = parse_docx(b.bytes())
    assert resultaat.uitspraken == []
    assert "“Zo zeg je het.”" in resultaat.hoofdstukken[0].secties[0].tekst


def test_placeholders_survive():
    resultaat = parse_docx(_docx_with_everything())
    assert "[nader in te vullen: telefoonnummer]" in resultaat.hoofdstukken[1].secties[0].tekst
    assert resultaat.open_plekken == 1


def test_text_before_the_first_heading_and_images_are_not_dropped():
    b = DocBuilder().p("Losse tekst bovenaan.").picture().h(1, "Techniek").p("Over pc's.")
    resultaat = parse_docx(b.bytes())
    inleiding = resultaat.hoofdstukken[0]
    assert inleiding.titel == "Inleiding"
    assert inleiding.secties[0].tekst == f"Losse tekst bovenaan.\n\n{IMAGE_PLACEHOLDER}"
    assert any("vóór de eerste kop" in w for w in resultaat.waarschuwingen)
    assert any("afbeelding" in w for w in resultaat.waarschuwingen)
    assert resultaat.open_plekken == 1  # the picture's place is an open placeholder


def test_bold_short_paragraphs_are_kept_with_a_warning():
    b = DocBuilder().h(1, "Algemeen").bold_p("Bij eigen producten").p("Dan mag het wel.")
    resultaat = parse_docx(b.bytes())
    assert resultaat.hoofdstukken[0].secties[0].tekst.startswith("**Bij eigen producten**")
    assert any("kopstijl" in w for w in resultaat.waarschuwingen)


def test_markdown_characters_in_the_text_are_escaped():
    b = DocBuilder().h(1, "Tekens").p("- geen lijst").p("Sterretjes * en _ blijven tekst.")
    tekst = parse_docx(b.bytes()).hoofdstukken[0].secties[0].tekst
    assert tekst == "\\- geen lijst\n\nSterretjes \\* en \\_ blijven tekst."


def test_sneltoetsen_are_recognised():
    b = DocBuilder().h(1, "Techniek").h(2, "Handige snelkoppelingen")
    b.p("Windows").p("Ctrl + P\t=\tAfdrukken").p("Wise").p("F12 = Klant afsluiten")
    resultaat = parse_docx(b.bytes())
    assert [(s.toetsen, s.actie, s.systeem) for s in resultaat.sneltoetsen] == [
        ("Ctrl + P", "Afdrukken", "Windows"),
        ("F12", "Klant afsluiten", "Wise"),
    ]


def test_the_sample_protocol_reads_as_expected():
    resultaat = parse_docx(sample_protocol())
    assert len(resultaat.hoofdstukken) == 6
    assert len(resultaat.situaties) == 4
    assert len(resultaat.uitspraken) == 5
    assert len(resultaat.sneltoetsen) == 3
    assert resultaat.open_plekken >= 8


# --- Files that cannot be imported ----------------------------------------------------------------


def _zip(**members) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name.replace("__", "/"), content)
    return buffer.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize(
    ("data", "fout"),
    [
        (b"", "leeg"),
        (OLE + b"\x00" * 1024, "oud Word-bestand"),
        (OLE + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 100, "wachtwoord"),
        (b"%PDF-1.7\n1 0 obj\n", "PDF-bestand"),
        (_zip(foto__jpg=b"x", notities__txt=b"y"), "zip-bestand, maar geen Word-document"),
        (b"Gewoon wat tekst.", "geen Word-document"),
        (_zip(mimetype=b"application/vnd.oasis.opendocument.text"), "OpenDocument"),
        (DocBuilder().bytes(), "leeg"),
        (DocBuilder().bytes()[:2000], "geen Word-document"),
    ],
    ids=["leeg", "doc", "wachtwoord", "pdf", "zip", "tekst", "odt", "leeg-docx", "kapot"],
)
def test_files_that_are_not_a_usable_docx_give_a_dutch_error(data, fout):
    with pytest.raises(WordImportFout, match=fout):
        parse_docx(data)


def test_too_big_files_are_refused(settings):
    settings.UPLOAD_MAX_BYTES = 1000
    with pytest.raises(WordImportFout, match="te groot"):
        parse_docx(sample_protocol())


def test_zip_bombs_are_refused_by_their_uncompressed_size(monkeypatch):
    monkeypatch.setattr("protocol.word_import.checks.MAX_UNCOMPRESSED_BYTES", 10_000)
    with pytest.raises(WordImportFout, match="uitgepakt te groot"):
        parse_docx(sample_protocol())


def test_documents_with_too_much_xml_are_refused(monkeypatch):
    monkeypatch.setattr("protocol.word_import.checks.MAX_DOCUMENT_XML_BYTES", 1000)
    with pytest.raises(WordImportFout, match="te veel tekst"):
        parse_docx(sample_protocol())


def test_documents_with_too_many_paragraphs_are_refused(monkeypatch):
    monkeypatch.setattr("protocol.word_import.reader.MAX_PARAGRAPHS", 10)
    with pytest.raises(WordImportFout, match="meer dan 10 alinea's"):
        parse_docx(sample_protocol())


# --- Writing the concept --------------------------------------------------------------------------


@pytest.mark.django_db
def test_import_creates_a_concept_with_the_structure(redacteur):
    huidige = f.published_version()
    concept = services.import_concept(
        resultaat=parse_docx(_docx_with_everything()), door=redacteur, bestandsnaam="p.docx"
    )
    assert concept.is_concept
    assert concept.versienummer == huidige.versienummer + 1
    assert concept.titel == "Privacyprotocol Rivierenland-Noord"
    assert concept.aangemaakt_door == redacteur
    assert "p.docx" in concept.samenvatting_wijzigingen
    assert list(Hoofdstuk.objects.filter(versie=concept).values_list("titel", flat=True)) == [
        "Algemeen",
        "Doorverwijzen",
    ]
    assert list(Sectie.objects.filter(versie=concept).values_list("hoofdstuk__titel", "titel")) == [
        ("Algemeen", "Algemeen"),
        ("Algemeen", "Wat vraag je"),
        ("Algemeen", "Wat vertel je"),
        ("Doorverwijzen", "Doorverwijzen"),
    ]
    bank = Situatie.objects.get(versie=concept, titel="Een klant vraagt hulp bij zijn bank.")
    assert (bank.weet, bank.laten) == ("- Dat je niet meekijkt.", "- Je logt niet in.")
    assert Situatie.objects.filter(versie=concept, context="digitaal_spreekuur").count() == 1
    assert Uitspraak.objects.filter(versie=concept).count() == 3
    assert Uitspraak.objects.filter(versie=concept, uitzondering=True).count() == 1
    # The published version is untouched.
    huidige.refresh_from_db()
    assert huidige.is_gepubliceerd


@pytest.mark.django_db
def test_imported_placeholders_show_in_the_placeholder_list(redacteur):
    concept = services.import_concept(resultaat=parse_docx(sample_protocol()), door=redacteur)
    plekken = [plek.tekst for plek in open_placeholders(concept)]
    assert "[nader in te vullen: naam of functie]" in plekken
    assert "[Aanpassen aan de lokale missie en visie]" in plekken
    assert IMAGE_PLACEHOLDER in plekken
    assert "[nader in te vullen: vaste afgesloten plek]" in plekken  # in a situatie
    assert any("Wise [Aanpassen" in s for s in Sneltoets.objects.values_list("systeem", flat=True))


@pytest.mark.django_db
def test_import_is_refused_while_a_concept_exists(redacteur):
    f.published_version()
    services.start_concept(door=redacteur)
    with pytest.raises(services.ValidationError, match="al een conceptversie"):
        services.import_concept(resultaat=parse_docx(sample_protocol()), door=redacteur)
    assert ProtocolVersie.objects.concept().count() == 1


@pytest.mark.django_db
def test_matching_titles_keep_their_sleutel_for_the_diff(redacteur):
    huidige = f.published_version()
    hoofdstuk = huidige.hoofdstukken.first()
    b = DocBuilder().h(1, hoofdstuk.titel).p("Nieuwe tekst.")
    concept = services.import_concept(resultaat=parse_docx(b.bytes()), door=redacteur)
    assert concept.hoofdstukken.get().sleutel == hoofdstuk.sleutel


@pytest.mark.django_db
def test_import_uses_a_constant_number_of_queries(redacteur):
    def count(data):
        ProtocolVersie.objects.concept().delete()
        with CaptureQueriesContext(connection) as context:
            services.import_concept(resultaat=parse_docx(data), door=redacteur)
        return len(context)

    # One of everything against the whole sample protocol.
    klein = DocBuilder().h(1, "A").h(2, "Wat vertel je").p("“Goedemorgen.”")
    klein.h(2, "Sneltoetsen").p("F12 = Klant afsluiten")
    situatie(klein, "Een situatie.", ("Doen", ["Iets."]))
    assert count(klein.bytes()) == count(sample_protocol())


# --- In the portal --------------------------------------------------------------------------------


def _upload(client, data=None, naam="protocol.docx"):
    bestand = SimpleUploadedFile(naam, sample_protocol() if data is None else data)
    return client.post(reverse("protocol:word_import"), {"bestand": bestand})


def _stored_uploads():
    try:
        return default_storage.listdir(UPLOAD_DIR)[1]
    except FileNotFoundError:
        return []


@pytest.mark.django_db
def test_the_redactie_page_links_to_the_import(redacteur, client_for):
    html = client_for(redacteur).get(reverse("protocol:redactie")).content.decode()
    assert reverse("protocol:word_import") in html


@pytest.mark.django_db
def test_upload_preview_and_confirm(redacteur, client_for):
    f.published_version()
    client = client_for(redacteur)
    response = _upload(client)
    assert response.status_code == 302
    assert response.url == reverse("protocol:word_import_voorbeeld")
    assert len(_stored_uploads()) == 1

    # The preview shows the tree and the warnings, and writes nothing.
    aantal_versies = ProtocolVersie.objects.count()
    response = client.get(reverse("protocol:word_import_voorbeeld"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Wat vertel je" in html
    assert "Een klant vraagt aan de balie hulp bij het inloggen op de site van zijn bank." in html
    assert "Tijdens het digitaal spreekuur" in html
    assert "afbeelding(en) zijn niet overgenomen" in html
    assert "Ctrl + P" in html
    assert ProtocolVersie.objects.count() == aantal_versies
    assert not ProtocolVersie.objects.concept().exists()

    token = client.session[SESSION_KEY]["bestand"].rsplit("/", 1)[-1].removesuffix(".docx")
    response = client.post(reverse("protocol:word_import_bevestigen"), {"token": token})
    assert response.url == reverse("protocol:redactie")
    concept = ProtocolVersie.objects.concept().get()
    assert concept.hoofdstukken.count() == 6
    assert Situatie.objects.filter(versie=concept).count() == 4
    assert _stored_uploads() == []  # the uploaded file is gone
    assert SESSION_KEY not in client.session

    html = client.get(reverse("protocol:redactie")).content.decode()
    assert f"Conceptversie {concept.versienummer} is aangemaakt uit “protocol.docx”" in html
    html = client.get(reverse("protocol:open_plekken")).content.decode()
    assert "[nader in te vullen: aanspreekpunt voor medewerkers]" in html

    # Confirming twice does not import twice.
    response = client.post(reverse("protocol:word_import_bevestigen"), {"token": token})
    assert response.url == reverse("protocol:word_import")
    assert ProtocolVersie.objects.concept().count() == 1


@pytest.mark.django_db
def test_cancel_removes_the_upload_and_writes_nothing(redacteur, client_for):
    client = client_for(redacteur)
    _upload(client)
    token = client.session[SESSION_KEY]["bestand"].rsplit("/", 1)[-1].removesuffix(".docx")
    response = client.post(
        reverse("protocol:word_import_bevestigen"), {"token": token, "annuleren": "1"}
    )
    assert response.url == reverse("protocol:redactie")
    assert _stored_uploads() == []
    assert not ProtocolVersie.objects.exists()


@pytest.mark.django_db
def test_a_wrong_token_is_refused(redacteur, client_for):
    client = client_for(redacteur)
    _upload(client)
    response = client.post(reverse("protocol:word_import_bevestigen"), {"token": "verzonnen"})
    assert response.url == reverse("protocol:word_import")
    assert not ProtocolVersie.objects.exists()


@pytest.mark.django_db
def test_another_users_upload_is_not_theirs(redacteur, client_for, django_user_model):
    client = client_for(redacteur)
    _upload(client)
    token = client.session[SESSION_KEY]["bestand"].rsplit("/", 1)[-1].removesuffix(".docx")
    client.logout()
    from tests.factories import UserFactory

    collega = UserFactory(username="tweede-redacteur", rollen=["redacteur"])
    client.force_login(collega)
    response = client.post(reverse("protocol:word_import_bevestigen"), {"token": token})
    assert response.url == reverse("protocol:word_import")
    assert not ProtocolVersie.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "fout"),
    [
        (b"%PDF-1.4 nep", "Dit is een PDF-bestand"),
        (OLE + "EncryptionInfo".encode("utf-16-le"), "beveiligd met een wachtwoord"),
        (_zip(a__txt=b"x"), "geen Word-document"),
        (b"", "Het bestand is leeg."),
    ],
    ids=["pdf", "wachtwoord", "zip", "leeg"],
)
def test_unusable_uploads_show_a_dutch_error_on_the_form(redacteur, client_for, data, fout):
    response = _upload(client_for(redacteur), data)
    assert response.status_code == 200
    assert fout in response.content.decode()
    assert _stored_uploads() == []


@pytest.mark.django_db
def test_too_big_uploads_show_a_dutch_error(redacteur, client_for, settings):
    settings.UPLOAD_MAX_BYTES = 2000
    response = _upload(client_for(redacteur))
    assert "Het bestand is te groot" in response.content.decode()


@pytest.mark.django_db
def test_the_upload_is_refused_while_a_concept_exists(redacteur, client_for):
    f.published_version()
    services.start_concept(door=redacteur)
    client = client_for(redacteur)
    assert "Publiceer of verwijder het bestaande concept" in (
        client.get(reverse("protocol:word_import")).content.decode()
    )
    response = _upload(client)
    assert response.status_code == 200
    assert _stored_uploads() == []


@pytest.mark.django_db
def test_stale_uploads_are_cleaned_up(redacteur, client_for):
    import os
    import time

    oud = default_storage.save(f"{UPLOAD_DIR}/oud.docx", io.BytesIO(b"x"))
    path = default_storage.path(oud)
    twee_dagen = time.time() - 2 * 24 * 3600
    os.utime(path, (twee_dagen, twee_dagen))
    _upload(client_for(redacteur))
    assert "oud.docx" not in _stored_uploads()
    assert len(_stored_uploads()) == 1


# --- The command ----------------------------------------------------------------------------------


@pytest.fixture
def docx_file(tmp_path) -> Path:
    path = tmp_path / "protocol.docx"
    path.write_bytes(sample_protocol())
    return path


@pytest.mark.django_db
def test_dry_run_prints_the_tree_and_writes_nothing(docx_file, capsys):
    call_command("protocol_import", str(docx_file), "--dry-run")
    out = capsys.readouterr().out
    assert "1. Inleiding" in out
    assert "   - Wat vertel je" in out
    assert "Situatie (digitaal_spreekuur): Een klant heeft tijdens het digitaal spreekuur" in out
    assert "Totaal: 6 hoofdstukken" in out
    assert "Let op:" in out
    assert "er is niets opgeslagen" in out
    assert not ProtocolVersie.objects.exists()


@pytest.mark.django_db
def test_the_command_creates_the_concept(docx_file, redacteur, capsys):
    call_command("protocol_import", str(docx_file), "--gebruiker", "redacteur")
    concept = ProtocolVersie.objects.concept().get()
    assert concept.aangemaakt_door == redacteur
    assert concept.hoofdstukken.count() == 6
    assert "Conceptversie 1 is aangemaakt." in capsys.readouterr().out


@pytest.mark.django_db
def test_the_command_reports_errors_in_dutch(tmp_path):
    pdf = tmp_path / "protocol.docx"
    pdf.write_bytes(b"%PDF-1.7")
    with pytest.raises(CommandError, match="PDF-bestand"):
        call_command("protocol_import", str(pdf))
    with pytest.raises(CommandError, match="niet gevonden"):
        call_command("protocol_import", str(tmp_path / "bestaat-niet.docx"))
