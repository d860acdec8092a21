"""Fixes from the review in the protocol: the .docx check needs both of its parts, the Word
import's message counts in good Dutch, and open placeholders show plain text around them."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from protocol.models import ProtocolVersie, Sectie
from protocol.plekken import open_placeholders, strip_markdown
from protocol.views.word_import import SESSION_KEY
from protocol.word_import import WordImportFout, parse_docx
from tests.protocol import factories as f
from tests.protocol.word_docs import DocBuilder, situatie


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "members",
    [
        # An Excel workbook: content types, but no word/document.xml.
        {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"},
        # A bare document.xml without the package around it.
        {"word/document.xml": b"<w:document/>"},
    ],
    ids=["xlsx", "zonder-content-types"],
)
def test_a_zip_needs_both_docx_parts(members):
    with pytest.raises(WordImportFout, match="zip-bestand, maar geen Word-document"):
        parse_docx(_zip(members))


@pytest.mark.django_db
def test_the_import_message_counts_in_good_dutch(redacteur, client_for):
    doc = DocBuilder().h(1, "Balie").h(2, "Wat vertel je").p("“Goedemorgen.”")
    situatie(doc, "Een klant vergeet zijn pas.", ("Doen", ["Zoek de klant op."]))
    client = client_for(redacteur)
    client.post(
        reverse("protocol:word_import"),
        {"bestand": SimpleUploadedFile("protocol.docx", doc.bytes())},
    )
    token = client.session[SESSION_KEY]["bestand"].rsplit("/", 1)[-1].removesuffix(".docx")
    response = client.post(
        reverse("protocol:word_import_bevestigen"), {"token": token}, follow=True
    )
    html = response.content.decode()
    assert "1 hoofdstuk, " in html
    assert "1 situatie en " in html
    assert "1 situaties" not in html and "1 hoofdstukken" not in html


def test_strip_markdown():
    text = "## Kop\n\n- Eerste **vet** punt\n1. Met [een link](https://example.org) en `code`"
    assert strip_markdown(text) == "Kop Eerste vet punt Met een link en code"
    # A piece from the middle of a line: its dash is a dash, not a list item.
    assert strip_markdown(" - 5 jaar", line_start=False) == " - 5 jaar"


@pytest.mark.django_db
def test_open_placeholders_show_plain_text_around_them(redacteur, client_for):
    f.published_version()
    client = client_for(redacteur)
    client.post(reverse("protocol:concept_starten"))
    concept = ProtocolVersie.objects.concept().get()
    sectie = Sectie.objects.filter(versie=concept).first()
    sectie.tekst = (
        "- **Altijd** eerst de pas vragen.\n"
        "- Bel bij twijfel [nader in te vullen: telefoonnummer] en *noteer* het.\n"
        "- Nooit `wachtwoorden` opschrijven."
    )
    sectie.save()
    [plek] = [p for p in open_placeholders(concept) if p.tekst.endswith("telefoonnummer]")]
    assert plek.voor == "Altijd eerst de pas vragen. Bel bij twijfel "
    assert plek.na == " en noteer het. Nooit wachtwoorden opschrijven."
    html = client.get(reverse("protocol:open_plekken")).content.decode()
    assert "**Altijd**" not in html and "*noteer*" not in html
