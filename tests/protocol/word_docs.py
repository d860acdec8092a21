"""Word documents built in the tests with python-docx.

`sample_protocol()` resembles the generic protocol klantcontact in its structure (title,
introduction, chapters with sections, "Wat vertel je" with quoted sentences, techniek with
sneltoetsen, a table of spreekuren, situaties with Weet/Verhaal/Doen/Laten, placeholders and a
picture); its sentences are our own.
"""

import base64
import io

import docx
from docx.shared import Pt

# The smallest valid PNG: one transparent pixel.
PIXEL_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


class DocBuilder:
    """A thin fluent wrapper: `DocBuilder().title("…").h(1, "…").p("…").bytes()`."""

    def __init__(self):
        self.doc = docx.Document()

    def title(self, text):
        self.doc.add_paragraph(text, style="Title")
        return self

    def h(self, level, text):
        self.doc.add_heading(text, level)
        return self

    def p(self, *parts, style=None):
        """A paragraph; parts are strings or ("text", "b"/"i"/"bi") tuples."""
        paragraph = self.doc.add_paragraph(style=style)
        for part in parts:
            text, fmt = (part, "") if isinstance(part, str) else part
            run = paragraph.add_run(text)
            run.bold = "b" in fmt or None
            run.italic = "i" in fmt or None
        return self

    def bold_p(self, text):
        return self.p((text, "b"))

    def bullets(self, *items, level=1):
        style = "List Bullet" if level == 1 else f"List Bullet {level}"
        for item in items:
            self.p(item, style=style)
        return self

    def numbered(self, *items):
        for item in items:
            self.p(item, style="List Number")
        return self

    def table(self, *rows):
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        for row, values in zip(table.rows, rows, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
        return self

    def picture(self):
        self.doc.add_picture(io.BytesIO(PIXEL_PNG))
        return self

    def link(self, before, text, url):
        paragraph = self.doc.add_paragraph(before)
        part = paragraph.part
        r_id = part.relate_to(
            url,
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
            is_external=True,
        )
        hyperlink = docx.oxml.OxmlElement("w:hyperlink")
        hyperlink.set(docx.oxml.ns.qn("r:id"), r_id)
        run = docx.oxml.OxmlElement("w:r")
        t = docx.oxml.OxmlElement("w:t")
        t.text = text
        run.append(t)
        hyperlink.append(run)
        paragraph._p.append(hyperlink)
        return self

    def bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()


def situatie(builder, titel, *delen, level=2):
    """A situatie: a heading, then per (kop, items) a subheading and its bullets."""
    builder.h(level, titel)
    for kop, items in delen:
        builder.h(level + 1, kop)
        builder.bullets(*items)
    return builder


def sample_protocol() -> bytes:
    b = DocBuilder()
    b.doc.styles["Normal"].font.size = Pt(11)
    b.title("Protocol klantcontact met privacygevoelige en financiële informatie")
    b.p("Versie voor Bibliotheek Rivierenland-Noord, opgesteld door het team publieksservice.")

    b.h(1, "Inleiding")
    b.p(
        "Steeds meer bezoekers vragen ons om hulp bij zaken waarbij hun persoonlijke of "
        "financiële gegevens in beeld komen: de belastingaangifte, een uitkering, de bank. "
        "Dit protocol legt vast hoe ver we daarin gaan, zodat niemand dat aan de balie zelf "
        "hoeft te bedenken."
    )
    b.p(
        "Het protocol is een ",
        ("naslagwerk", "i"),
        ". Voor de dagelijkse praktijk is er het verkort protocol op één A4.",
    )

    b.h(1, "Bijsluiter")
    b.h(2, "Achtergrond")
    b.p(
        "Het protocol is ontstaan in gesprekken met medewerkers en leidinggevenden van alle "
        "vestigingen. De afspraken werken alleen als iedereen ze kent en begrijpt."
    )
    b.h(2, "Gebruik van het protocol")
    b.p(
        "Op een aantal plekken moet de bibliotheek nog iets invullen; daar staat "
        "[nader in te vullen]. Wie het protocol bijhoudt: [nader in te vullen: naam of functie]."
    )

    b.h(1, "Uitgangspunt van de bibliotheek")
    b.p("[Aanpassen aan de lokale missie en visie]")
    b.p(
        "De bibliotheek helpt mensen ",
        ("zelfredzaam", "b"),
        " te worden en te blijven. We wijzen de weg, we nemen de zaak niet over.",
    )
    b.h(2, "Niveau van de dienstverlening")
    b.p("Je laat zien waar de klant de informatie vindt en waar hij kan inloggen. Daarna:")
    b.bullets("Je stapt opzij.")
    b.p("De klant doet ", ("zelf", "bi"), " alle handelingen.", style="List Bullet")
    b.h(3, "Uitzondering")
    b.p(
        "Bij apparatuur en diensten van de bibliotheek zelf mag je ook ",
        ("na", "i"),
        " het inloggen meekijken. Je wijst aan, de klant klikt.",
    )

    b.h(1, "Algemeen")
    b.h(2, "Wat vraag je")
    b.bullets(
        "Waar heeft de klant precies hulp bij nodig?",
        "Kan het wachten, of moet het vandaag geregeld zijn?",
        "Staan er persoonlijke gegevens op het scherm? Vraag dat voordat je kijkt.",
    )
    b.h(2, "Wat vertel je")
    b.bullets(
        "Leg uit waarom je niet meekijkt: de gegevens zijn van de klant.",
        "Raad bankzaken via de open wifi af; de app van de bank op mobiel internet is veiliger.",
    )
    b.p("“Staan er persoonlijke gegevens op uw scherm? Dan kijk ik even niet mee.”")
    b.p("“Ik laat u zien waar u moet zijn, het inloggen doet u zelf.”")
    b.p('"Voor deze vraag verwijs ik u graag door naar een spreekuur bij ons in de bibliotheek."')
    b.p("Bij de uitzondering (producten van de bibliotheek) kun je zeggen:")
    b.p("“Mag ik even meekijken? Ik zie dan misschien uw gegevens, die blijven bij mij.”")
    b.p("“Ik wijs aan waar het zit, maar u klikt zelf.”")
    b.h(2, "Wat is je houding")
    b.bullets(
        "Je bent vriendelijk en duidelijk over wat je wel en niet doet.",
        "“Nee” is ook een antwoord, als je uitlegt waarom en een alternatief biedt.",
        "Je geeft geen financieel advies.",
    )
    b.h(2, "Wat als je er niet zelf uitkomt")
    b.bullets("Vraag het aan [nader in te vullen: aanspreekpunt voor medewerkers].")

    b.h(1, "Techniek")
    b.h(2, "Publiekspc's")
    b.bullets("Op de publiekspc's blijven sporen achter, zoals:")
    b.bullets("bezochte websites", "gedownloade bestanden", level=2)
    b.bullets("Bij sluitingstijd wordt alles gewist. [Aanpassen aan de lokale situatie]")
    b.picture()
    b.h(2, "Printen en scannen")
    b.numbered(
        "De klant betaalt de print bij de kassa.",
        "De klant haalt de print zelf op bij de printer.",
        "Blijft er iets liggen, volg dan de situatie over achtergelaten documenten.",
    )
    b.h(2, "Handige snelkoppelingen")
    b.p("Windows")
    b.p("Ctrl + P\t=\tAfdrukken")
    b.p("Windows-toets + L\t=\tComputer vergrendelen")
    b.p("Wise [Aanpassen aan het lokale bibliotheeksysteem]")
    b.p("F12\t=\tKlant afsluiten")
    b.h(2, "Tips")
    b.link(
        "Veel banken hebben uitlegfilmpjes. Een goed begin: ",
        "de site van de Rijksoverheid",
        "https://www.rijksoverheid.nl/",
    )

    b.h(1, "Doorverwijzen")
    b.p("De volgende spreekuren organiseren we zelf: [nader in te vullen]")
    b.table(
        ["Welke vragen", "Spreekuur", "Waar", "Wanneer"],
        ["Belastingaangifte | toeslagen", "Belastingspreekuur", "Vestiging Centrum", "dinsdag"],
    )

    b.h(1, "Situaties")
    situatie(
        b,
        "Een klant vraagt aan de balie hulp bij het inloggen op de site van zijn bank.",
        (
            "Weet",
            [
                "Dat je niet meekijkt zodra er bankgegevens op het scherm staan.",
                "Dat een vergissing nare gevolgen kan hebben, ook als het niet jouw schuld is.",
            ],
        ),
        ("Verhaal", ["Je legt uit dat je helpt tot aan het inloggen, en waarom."]),
        ("Doen", ["Je laat zien waar de klant moet inloggen.", "Je loopt weg als hij inlogt."]),
        ("Laten", ["Je logt niet in voor de klant.", "Je neemt de muis niet over."]),
    )
    situatie(
        b,
        "Je moet de personeelspc even verlaten terwijl er klantgegevens op staan.",
        ("WEET", ["Dat andere klanten die gegevens niet mogen zien."]),
        ("doen", ["Je vergrendelt het scherm (Windows-toets + L).", "Je sluit de klant af."]),
        ("Laten", ["Je laat geen briefjes met klantgegevens liggen."]),
    )
    b.h(2, "Een klant laat het origineel van een kopie op de glasplaat liggen.")
    b.p("Dit gebeurt vaker dan je denkt, vooral bij paspoorten.")
    b.h(3, "Doen:")
    b.bullets(
        "Je zoekt uit van wie het document is.",
        "Je bewaart het in een envelop op [nader in te vullen: vaste afgesloten plek].",
    )
    b.h(3, "laten?")
    b.bullets("Je laat het document niet open op de balie liggen.")
    situatie(
        b,
        "Een klant heeft tijdens het digitaal spreekuur problemen met de e-book-app.",
        ("Weet", ["Dat je bij producten van de bibliotheek na het inloggen mag meekijken."]),
        ("Verhaal:", ["Je vraagt eerst of je mag meekijken."]),
        ("Doen", ["Je wijst aan, de klant doet het zelf."]),
        ("Laten", ["Je typt geen wachtwoorden voor de klant."]),
    )
    return b.bytes()
