"""Demo register of the fictional Bibliotheek Rivierenland-Noord.

About 25 processing activities across the domains, with verwerkers, agreements, systems and
GEB's. Dates are relative to today, so the FG's "Te doen" always has something to show: a
few overdue reviews, an agreement that ends soon and one that has ended, a missing GEB, a
transfer outside the EEA without safeguards, and an unknown bewaartermijn. Contact names are
invented.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from register.models import (
    GEB,
    Beoordeling,
    Controle,
    Domein,
    Systeem,
    Verwerker,
    Verwerkersovereenkomst,
    Verwerkingsactiviteit,
)

S = Verwerkersovereenkomst.Status
G = Verwerkingsactiviteit.Grondslag

DOMEINEN = [
    ("HR", "intern", 1),
    ("Kantoorautomatisering", "intern", 2),
    ("Algemeen", "extern", 1),
    ("Publieksservice", "extern", 2),
    ("Programma", "extern", 3),
    ("Landelijk", "extern", 4),
]

# naam: (contactgegevens, agreement status, signed days ago, ends in days, checked this year)
VERWERKERS = {
    "BiSC": ("Servicedesk BiSC, servicedesk@bisc.example.nl", S.GETEKEND, 900, 60, True),
    "Microsoft": ("Via de licentie van BiSC", S.ONDERDEEL_LICENTIE, None, None, True),
    "OCLC": ("Accountmanager bibliotheeksystemen", S.GETEKEND, 1200, None, False),
    "Loonbureau Waalzicht": ("Lotte Verhoef, 0123-456 800", S.GETEKEND, 700, None, True),
    "Arbodienst Rivierland": ("Casemanagement, 0123-456 810", S.IN_AFWACHTING, None, None, False),
    "Vigilant Beveiliging": (
        "Planning, planning@vigilant.example.nl",
        S.CONCEPT_GESTUURD,
        None,
        None,
        False,
    ),
    "Webbureau Klik": ("Joris Klink, support@klik.example.nl", S.GETEKEND, 400, 400, True),
    "Mailchimp": ("Online verwerkersvoorwaarden", S.ONDERDEEL_LICENTIE, None, None, False),
    "Incassobureau Zuidwaard": ("Debiteurenbeheer, 0123-456 830", S.GETEKEND, 1500, -20, False),
    "Nedap": ("Support zelfbediening", S.GETEKEND, 600, None, True),
    "Stichting VoorleesExpress": ("Landelijk bureau", S.GETEKEND, 500, None, True),
    "Koninklijke Bibliotheek": (
        "Via de landelijke afspraken",
        S.ONDERDEEL_LICENTIE,
        None,
        None,
        True,
    ),
}

# naam: (leverancier, with the demo technicus, technisch contact)
SYSTEMEN = {
    "AFAS": ("BiSC", True, "Servicedesk BiSC, 0123-456 900"),
    "BicatWISE": ("OCLC", True, "Servicedesk BiSC, 0123-456 900"),
    "Microsoft 365": ("Microsoft", False, "Servicedesk BiSC, 0123-456 900"),
    "Website": ("Webbureau Klik", False, "support@klik.example.nl"),
    "Mailchimp": ("Mailchimp", False, ""),
    "Camerasysteem": ("Vigilant Beveiliging", False, "Storingsnummer 0123-456 820"),
    "Zelfbedieningsautomaten": ("Nedap", False, ""),
    "Publiekspc's": ("BiSC", False, "Servicedesk BiSC, 0123-456 900"),
    "Mijn VoorleesExpress": ("Stichting VoorleesExpress", False, ""),
    "handmatig": (None, False, "Papieren dossiers in de afsluitbare kast"),
}

NAW = "naam, adres, woonplaats, e-mailadres, telefoonnummer"


def A(domein, nr, naam, verwerker, systeem, antwoorden, bewaartermijn, wie, contact, **extra):
    """antwoorden: Data Inw., Risico-analyse, Bijz. data?, in de EU?, Opt-in, GEB?, Verw. ovk."""
    keys = [
        "data_inwinning",
        "risicoanalyse",
        "bijzondere_persoonsgegevens",
        "in_de_eu",
        "opt_in_mail",
        "geb",
        "verwerkersovereenkomst_antwoord",
    ]
    return {
        "domein": domein,
        "volgnummer": nr,
        "naam": naam,
        "verwerker": verwerker,
        "systeem": systeem,
        **dict(zip(keys, antwoorden.split(), strict=True)),
        "bewaartermijn": bewaartermijn,
        "eigenaar": wie,
        "contactpersoon_verwerker": contact,
        **extra,
    }


ACTIVITEITEN = [
    A(
        "HR",
        1,
        "Werving en selectie",
        None,
        "Microsoft 365",
        "ja ja nee ja nvt nee nvt",
        "4 weken",
        "RB",
        "",
        doeleinden="Sollicitanten beoordelen en uitnodigen voor gesprekken.",
        grondslag=G.OVEREENKOMST,
        categorieen_betrokkenen="Sollicitanten",
        categorieen_persoonsgegevens=f"{NAW}, cv, motivatiebrief",
        ontvangers="Leden van de sollicitatiecommissie",
        beveiligingsmaatregelen="Sollicitaties in een afgeschermde map; verwijderd vier weken "
        "na de procedure, tenzij de sollicitant toestemming geeft voor een jaar.",
    ),
    A(
        "HR",
        2,
        "Personeelsdossiers",
        "BiSC",
        "AFAS",
        "ja ja ja ja nvt nvt ja",
        "2 jaar",
        "RB",
        "Mirjam Bosch",
        doeleinden="Personeelsadministratie en het voeren van personeelsdossiers.",
        grondslag=G.OVEREENKOMST,
        categorieen_betrokkenen="Medewerkers, oud-medewerkers",
        categorieen_persoonsgegevens=f"{NAW}, geboortedatum, functie, beoordelingen",
        bijzondere_categorieen="BSN (kopie identiteitsbewijs voor de loonheffing)",
        beveiligingsmaatregelen="Toegang alleen voor HR en de directie; tweefactorauthenticatie.",
    ),
    A(
        "HR",
        3,
        "Salarisadministratie",
        "Loonbureau Waalzicht",
        "AFAS",
        "ja ja ja ja nvt nee ja",
        "7 jaar",
        "RB",
        "Lotte Verhoef",
        doeleinden="Salarissen berekenen en betalen, loonaangifte doen.",
        grondslag=G.WETTELIJKE_VERPLICHTING,
        categorieen_betrokkenen="Medewerkers",
        categorieen_persoonsgegevens=f"{NAW}, IBAN, salaris, loonheffingsgegevens",
        bijzondere_categorieen="BSN",
        ontvangers="Belastingdienst, pensioenfonds",
        beveiligingsmaatregelen="Versleutelde uitwisseling met het loonbureau.",
    ),
    A(
        "HR",
        4,
        "Verzuimregistratie",
        "Arbodienst Rivierland",
        "AFAS",
        "ja ja ja ja nvt ja ja",
        "2 jaar",
        "RB",
        "",
        doeleinden="Verzuim begeleiden en de re-integratie volgen.",
        grondslag=G.WETTELIJKE_VERPLICHTING,
        categorieen_betrokkenen="Zieke medewerkers",
        categorieen_persoonsgegevens="Naam, ziekmelddatum, verwachte duur, afspraken",
        bijzondere_categorieen="Gezondheid: alleen bij de arbodienst, niet bij de bibliotheek",
        ontvangers="Arbodienst, bedrijfsarts",
    ),
    A(
        "HR",
        5,
        "Vrijwilligersadministratie",
        None,
        "handmatig",
        "ja nee nee ja ja nee nvt",
        "tot einde inzet + 1 jaar",
        "GV",
        "",
        doeleinden="Vrijwilligers inroosteren en bedanken.",
        grondslag=G.GERECHTVAARDIGD_BELANG,
        grondslag_toelichting="Zonder contactgegevens kan de inzet niet worden geregeld; er "
        "worden alleen gegevens bewaard die daarvoor nodig zijn.",
        categorieen_betrokkenen="Vrijwilligers",
        categorieen_persoonsgegevens=NAW,
    ),
    A(
        "Kantoorautomatisering",
        1,
        "E-mail en agenda",
        "Microsoft",
        "Microsoft 365",
        "nee ja nee ja nvt nee ja",
        "n.b.",
        "RB",
        "",
        doeleinden="Communicatie van medewerkers.",
        grondslag=G.GERECHTVAARDIGD_BELANG,
        grondslag_toelichting="Noodzakelijk voor de bedrijfsvoering.",
        categorieen_betrokkenen="Medewerkers, klanten en relaties die mailen",
        categorieen_persoonsgegevens="Naam, e-mailadres, inhoud van berichten",
        opmerkingen="Bewaartermijn van mailboxen van vertrokken medewerkers nog vaststellen.",
    ),
    A(
        "Kantoorautomatisering",
        2,
        "Gebruikersaccounts en logging",
        "BiSC",
        "Microsoft 365",
        "nee ja nee ja nvt nee ja",
        "6 maanden",
        "RB",
        "Mirjam Bosch",
        doeleinden="Toegang tot systemen beheren en misbruik opsporen.",
        grondslag=G.GERECHTVAARDIGD_BELANG,
        grondslag_toelichting="Informatiebeveiliging.",
        categorieen_betrokkenen="Medewerkers, vrijwilligers",
        categorieen_persoonsgegevens="Gebruikersnaam, inlogtijden, IP-adres",
    ),
    A(
        "Kantoorautomatisering",
        3,
        "Camerabeelden hoofdvestiging",
        "Vigilant Beveiliging",
        "Camerasysteem",
        "ja ja nee ja nvt ja ja",
        "4 weken",
        "MdW",
        "",
        doeleinden="Beveiliging van bezoekers, medewerkers en eigendommen.",
        grondslag=G.GERECHTVAARDIGD_BELANG,
        grondslag_toelichting="Herhaalde diefstal bij de ingang; camera's alleen bij in- en "
        "uitgang, met borden.",
        categorieen_betrokkenen="Bezoekers, medewerkers",
        categorieen_persoonsgegevens="Camerabeelden",
        ontvangers="Politie, alleen op vordering",
    ),
    A(
        "Algemeen",
        1,
        "Website en contactformulier",
        "Webbureau Klik",
        "Website",
        "ja ja nee ja nvt nee ja",
        "1 jaar",
        "GV",
        "Joris Klink",
        doeleinden="Vragen van bezoekers van de website beantwoorden.",
        grondslag=G.GERECHTVAARDIGD_BELANG,
        grondslag_toelichting="Beantwoorden van vragen.",
        categorieen_betrokkenen="Websitebezoekers",
        categorieen_persoonsgegevens="Naam, e-mailadres, vraag",
    ),
    A(
        "Algemeen",
        2,
        "Nieuwsbrief",
        "Mailchimp",
        "Mailchimp",
        "ja ja nee nee ja nee ja",
        "tot afmelding",
        "GV",
        "",
        doeleinden="Leden en belangstellenden informeren over activiteiten.",
        grondslag=G.TOESTEMMING,
        categorieen_betrokkenen="Abonnees van de nieuwsbrief",
        categorieen_persoonsgegevens="E-mailadres, voornaam, openen en klikken",
        doorgifte_buiten_eer="ja",
    ),
    A(
        "Algemeen",
        3,
        "Verzoeken en klachten van betrokkenen",
        None,
        "handmatig",
        "ja nee nee ja nvt nee nvt",
        "2 jaar",
        "RB",
        "",
        doeleinden="Inzage-, correctie- en verwijderverzoeken en klachten afhandelen.",
        grondslag=G.WETTELIJKE_VERPLICHTING,
        categorieen_betrokkenen="Leden, bezoekers",
        categorieen_persoonsgegevens=f"{NAW}, inhoud van het verzoek",
    ),
    A(
        "Publieksservice",
        1,
        "Ledenadministratie",
        "BiSC",
        "BicatWISE",
        "ja ja nee ja nvt nvt ja",
        "tot einde lidmaatschap + 2 jaar",
        "MdW",
        "Mirjam Bosch",
        doeleinden="Lidmaatschappen registreren en innen.",
        grondslag=G.OVEREENKOMST,
        categorieen_betrokkenen="Leden en ouders van jeugdleden",
        categorieen_persoonsgegevens=f"{NAW}, geboortedatum, pasnummer, abonnementsvorm",
        beveiligingsmaatregelen="Rollen en rechten in BicatWISE; klantgegevens sluiten na "
        "gebruik (F12).",
    ),
    A(
        "Publieksservice",
        2,
        "Uitleningen en reserveringen",
        "OCLC",
        "BicatWISE",
        "ja ja nee ja nvt nvt ja",
        "proc.",
        "MdW",
        "",
        doeleinden="Materialen uitlenen, reserveren en terugvorderen.",
        grondslag=G.OVEREENKOMST,
        categorieen_betrokkenen="Leden",
        categorieen_persoonsgegevens="Pasnummer, geleende titels",
        opmerkingen="Leenhistorie wordt volgens de procedure in BicatWISE na inlevering "
        "losgekoppeld, tenzij het lid anders kiest.",
    ),
    A(
        "Publieksservice",
        3,
        "Betalingen en incasso",
        "Incassobureau Zuidwaard",
        "BicatWISE",
        "ja ja nee ja nvt nee ja",
        "7 jaar",
        "MdW",
        "",
        doeleinden="Contributie en boetes innen.",
        grondslag=G.OVEREENKOMST,
        categorieen_betrokkenen="Leden met een betalingsachterstand",
        categorieen_persoonsgegevens=f"{NAW}, IBAN, openstaand bedrag",
    ),
    A(
        "Publieksservice",
        4,
        "Publiekspc's en printen",
        "BiSC",
        "Publiekspc's",
        "nee ja nee ja nvt nee ja",
        "1 dag",
        "MdW",
        "Mirjam Bosch",
        doeleinden="Bezoekers laten werken en printen op de publiekspc's.",
        grondslag=G.OVEREENKOMST,
        categorieen_betrokkenen="Bezoekers",
        categorieen_persoonsgegevens="Pasnummer, sessietijd",
        beveiligingsmaatregelen="Sessies worden bij afmelden gewist.",
    ),
    A(
        "Publieksservice",
        5,
        "Zelfbedieningsautomaten",
        "Nedap",
        "Zelfbedieningsautomaten",
        "nee ja nee ja nvt nee ja",
        "3 maanden",
        "MdW",
        "",
        doeleinden="Zelf lenen en inleveren.",
        grondslag=G.OVEREENKOMST,
        categorieen_betrokkenen="Leden",
        categorieen_persoonsgegevens="Pasnummer, transacties",
    ),
    A(
        "Publieksservice",
        6,
        "Informatiepunt Digitale Overheid",
        None,
        "handmatig",
        "ja nee nee ja nvt nee nvt",
        "1 jaar",
        "AK",
        "",
        doeleinden="Vragen tellen en terugbellen.",
        grondslag=G.TOESTEMMING,
        categorieen_betrokkenen="Bezoekers van het informatiepunt",
        categorieen_persoonsgegevens="Voornaam, telefoonnummer, onderwerp van de vraag",
    ),
    A(
        "Programma",
        1,
        "Cursusadministratie",
        None,
        "Website",
        "ja ja nee ja ja nee nvt",
        "2 jaar",
        "AK",
        "",
        doeleinden="Inschrijvingen voor cursussen en workshops.",
        grondslag=G.OVEREENKOMST,
        categorieen_betrokkenen="Cursisten",
        categorieen_persoonsgegevens=NAW,
    ),
    A(
        "Programma",
        2,
        "Registratie digitale vaardigheden",
        None,
        "handmatig",
        "ja ja ja ja ja nvt nee",
        "2 jaar",
        "AK",
        "",
        status_verwerkersovereenkomst=S.VERDER_INVENTARISEREN,
        doeleinden="Deelnemers aan trainingen digitale vaardigheden volgen.",
        grondslag=G.TOESTEMMING,
        categorieen_betrokkenen="Deelnemers",
        categorieen_persoonsgegevens=f"{NAW}, leerdoelen",
        bijzondere_categorieen="Soms informatie over gezondheid of schulden in de notities",
    ),
    A(
        "Programma",
        3,
        "VoorleesExpress",
        "Stichting VoorleesExpress",
        "Mijn VoorleesExpress",
        "ja ja ja ja nvt ja ja",
        "2 jaar",
        "AK",
        "",
        doeleinden="Gezinnen en voorlezers koppelen en begeleiden.",
        grondslag=G.TOESTEMMING,
        categorieen_betrokkenen="Gezinnen, kinderen, vrijwillige voorlezers",
        categorieen_persoonsgegevens=f"{NAW}, samenstelling gezin, taalniveau",
        bijzondere_categorieen="Thuistaal, gezinssituatie",
    ),
    A(
        "Programma",
        4,
        "Taalhuis intake",
        None,
        "handmatig",
        "ja nee n.b. ja nvt n.b. nvt",
        "1 jaar",
        "AK",
        "",
        doeleinden="Taalvragers doorverwijzen naar passend aanbod.",
        grondslag=G.TOESTEMMING,
        categorieen_betrokkenen="Taalvragers",
        categorieen_persoonsgegevens="Naam, telefoonnummer, taalniveau",
    ),
    A(
        "Programma",
        5,
        "Boek aan huis",
        None,
        "BicatWISE",
        "ja ja ja ja nvt ja nvt",
        "tot einde deelname",
        "AK",
        "",
        doeleinden="Boeken bezorgen bij leden die niet naar de bibliotheek kunnen komen.",
        grondslag=G.TOESTEMMING,
        categorieen_betrokkenen="Leden van de bezorgservice",
        categorieen_persoonsgegevens=f"{NAW}, leesvoorkeuren",
        bijzondere_categorieen="Gezondheid (reden voor bezorging aan huis)",
    ),
    A(
        "Landelijk",
        1,
        "Online Bibliotheek (e-books)",
        "Koninklijke Bibliotheek",
        None,
        "nee ja nee ja nvt nee ja",
        "proc.",
        "MdW",
        "",
        doeleinden="Leden toegang geven tot e-books en luisterboeken.",
        grondslag=G.OVEREENKOMST,
        categorieen_betrokkenen="Leden",
        categorieen_persoonsgegevens="Pasnummer, leengeschiedenis e-books",
    ),
    A(
        "Landelijk",
        2,
        "Interbibliothecair leenverkeer",
        "Koninklijke Bibliotheek",
        "BicatWISE",
        "nee ja nee ja nvt nee ja",
        "3 maanden",
        "MdW",
        "",
        doeleinden="Titels uit andere bibliotheken aanvragen.",
        grondslag=G.OVEREENKOMST,
        categorieen_betrokkenen="Leden",
        categorieen_persoonsgegevens="Pasnummer, aangevraagde titel",
    ),
    A(
        "Landelijk",
        3,
        "Bibliotheekmonitor",
        None,
        None,
        "nee nee nee ja nvt nee nvt",
        "n.b.",
        "RB",
        "",
        doeleinden="Geanonimiseerde cijfers aanleveren voor de landelijke monitor.",
        grondslag=G.WETTELIJKE_VERPLICHTING,
        categorieen_betrokkenen="Leden (alleen geteld)",
        categorieen_persoonsgegevens="Geen herleidbare gegevens",
    ),
]


# What the FG wrote down at this year's check, per verwerker (fictional).
CONTROLE_BEVINDINGEN = {
    "BiSC": "Nieuwe versie van het landelijke model ondertekend; subverwerkers bijgewerkt.",
    "Microsoft": "Overeenkomst is onderdeel van de licentie; dataopslag binnen de EU bevestigd.",
}


@transaction.atomic
def load(users: dict) -> None:
    if Verwerkingsactiviteit.objects.exists():
        return
    today = timezone.localdate()

    def days(n):
        return today - datetime.timedelta(days=n)

    domeinen = {
        naam: Domein.objects.create(naam=naam, groep=groep, nummer=nr)
        for naam, groep, nr in DOMEINEN
    }
    verwerkers, overeenkomsten = {}, {}
    for naam, (contact, status, signed, ends, checked) in VERWERKERS.items():
        verwerker = Verwerker.objects.create(naam=naam, contactgegevens=contact)
        verwerkers[naam] = verwerker
        overeenkomsten[naam] = Verwerkersovereenkomst.objects.create(
            verwerker=verwerker,
            omschrijving=f"Verwerkersovereenkomst {naam}",
            status=status,
            getekend_op=days(signed) if signed else None,
            looptijd="3 jaar" if ends else ("" if status != S.GETEKEND else "onbepaalde tijd"),
            einddatum=today + datetime.timedelta(days=ends) if ends is not None else None,
            laatst_gecontroleerd_op=(
                datetime.date(today.year, 1, 20)
                if checked
                else datetime.date(today.year - 1, 2, 10)
            ),
        )
        # The yearly checks as records, with findings for the bestuursverslag.
        Controle.objects.create(
            overeenkomst=overeenkomsten[naam],
            datum=datetime.date(today.year - 1, 2, 10),
            door=users.get("fg"),
            bevindingen="Actueel; geen wijzigingen nodig.",
        )
        if checked:
            Controle.objects.create(
                overeenkomst=overeenkomsten[naam],
                datum=datetime.date(today.year, 1, 20),
                door=users.get("fg"),
                bevindingen=CONTROLE_BEVINDINGEN.get(naam, ""),
            )
    systemen = {}
    for naam, (leverancier, with_technicus, contact) in SYSTEMEN.items():
        systemen[naam] = Systeem.objects.create(
            naam=naam,
            leverancier=verwerkers.get(leverancier) if leverancier else None,
            technicus=users.get("technicus") if with_technicus else None,
            technisch_contact=contact,
        )
    for index, data in enumerate(ACTIVITEITEN):
        data = dict(data)
        verwerker = data.pop("verwerker")
        systeem = data.pop("systeem")
        activiteit = Verwerkingsactiviteit(
            domein=domeinen[data.pop("domein")],
            verwerker=verwerkers.get(verwerker) if verwerker else None,
            systeem=systemen.get(systeem) if systeem else None,
            # Most were reviewed recently; every fifth is overdue, one never reviewed.
            laatst_beoordeeld_op=None if index == 0 else days(130 if index % 5 == 2 else 20),
            laatst_opgeschoond_op=datetime.date(today.year - 1, 2, 15),
        )
        activiteit.set_bewaartermijn(data.pop("bewaartermijn"))
        for key, value in data.items():
            setattr(activiteit, key, value)
        if activiteit.verwerkersovereenkomst_antwoord == "ja" and verwerker:
            activiteit.verwerkersovereenkomst = overeenkomsten[verwerker]
        activiteit.save()
        if activiteit.laatst_beoordeeld_op:
            # A review every quarter, the latest on the date above.
            Beoordeling.objects.bulk_create(
                Beoordeling(
                    activiteit=activiteit,
                    datum=activiteit.laatst_beoordeeld_op - datetime.timedelta(days=91 * n),
                    door=users.get("fg"),
                )
                for n in range(4)
            )
        if activiteit.naam == "Camerabeelden hoofdvestiging":
            GEB.objects.create(
                activiteit=activiteit,
                status=GEB.Status.UITGEVOERD,
                datum=days(300),
                conclusie="Restrisico aanvaardbaar: camera's alleen bij in- en uitgang, "
                "beelden na vier weken automatisch overschreven.",
            )
        elif activiteit.naam == "VoorleesExpress":
            GEB.objects.create(
                activiteit=activiteit,
                status=GEB.Status.UITGEVOERD,
                datum=days(450),
                conclusie="Uitgevoerd met het model van de stichting; afspraken over "
                "toegang van voorlezers aangescherpt.",
            )
        elif activiteit.naam == "Verzuimregistratie":
            GEB.objects.create(activiteit=activiteit, status=GEB.Status.NODIG)
