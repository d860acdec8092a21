"""Demo content of the privacy handbook (Privacyprotocol klantcontact).

The handbook of the fictional Bibliotheek Rivierenland-Noord, written in Dutch for its
front-office staff. All names, addresses, phone numbers and e-mail addresses are invented.

Text fields hold Markdown. The top-level names form the published version 1, which is fully
localised and contains no placeholders. ``CONCEPT`` describes the concept version 2: edits
applied on top of version 1 (``wijzigingen`` replace the text of existing sections,
``nieuwe_secties`` are added), which reintroduce a few open placeholders such as
``[nader in te vullen: ...]`` and ``[Aanpassen aan de lokale situatie]``.
"""

PROTOCOL = {
    "titel": "Privacyprotocol klantcontact",
    "werkwijze": 2,
    "werkwijze_toelichting": (
        "Bibliotheek Rivierenland-Noord werkt volgens **werkwijze 2**: je helpt de klant op weg "
        "tot aan het moment van inloggen. Je laat zien waar de informatie staat en waar de "
        "klant inlogt, en daarna doet de klant alles zelf. Zo zie je geen gegevens die niet "
        "voor jou bedoeld zijn, en blijft de klant zelf verantwoordelijk voor wat hij invult en "
        "verstuurt.\n"
        "\n"
        "In drie gevallen mag je een stap verder gaan, naar **werkwijze 3**:\n"
        "\n"
        "- bij **producten en diensten van de bibliotheek**, zoals e-books en luisterboeken, de "
        "Bibliotheek-app, Mijn Bibliotheek en onze website;\n"
        "- bij **technische problemen met onze eigen apparatuur**, zoals de publiekspc's, de "
        "printers en de scanners;\n"
        "- tijdens een **digitaal spreekuur** van de bibliotheek, waar meer tijd is en de "
        "begeleider voor dit soort vragen is opgeleid.\n"
        "\n"
        "Ook dan kijk je pas na het inloggen mee als de klant daar uitdrukkelijk toestemming "
        "voor geeft. Je wijst aan en legt uit, maar de klant houdt zelf de muis en het "
        "toetsenbord. Je bent coach, geen invuller.\n"
        "\n"
        "Waarom deze keuze? We willen dat klanten met al hun vragen bij ons binnen kunnen "
        "lopen, maar gegevens van de bank, de Belastingdienst of het UWV zijn van de klant "
        "alleen. Door niet mee te kijken bij het inloggen en bij zulke gegevens bescherm je de "
        "klant én jezelf: niemand kan je verantwoordelijk houden voor een handeling die je niet "
        "hebt gedaan."
    ),
}

LOCATIES = [
    {
        "naam": "Hoofdvestiging Waalkade",
        "adres": "Waalkade 12, 1234 AB Rivierstad",
        "bijzonderheden": (
            "- **Printer en kopieerapparaat** staan op de eerste verdieping bij de "
            "studieplekken, buiten het zicht van de infobalie. Loop er in elke dienst een paar "
            "keer langs, en altijd bij sluitingstijd.\n"
            "- **Gevonden documenten** gaan in een envelop in de afsluitbare kast in de "
            "backoffice achter de infobalie. De sleutel hangt in het sleutelkastje; de code "
            "heeft de teamleider van dienst.\n"
            "- **Spreekkamer**: naast de leeszaal, voor gesprekken die niet aan de balie "
            "thuishoren. Is hij vrij, dan kun je hem direct gebruiken, samen met de "
            "spreekuurlaptop uit de backoffice.\n"
            "- **Informatiepunt Digitale Overheid**: dinsdag 10.00–12.00 uur en donderdag "
            "14.00–16.00 uur. In het voorjaar is hier ook het Belastingspreekuur.\n"
            "- **Aanspreekpunt**: de teamleider publieksservice die dienst heeft (zie het "
            "rooster in de backoffice). Op de koopavond is dat de senior-medewerker van de "
            "avonddienst."
        ),
    },
    {
        "naam": "Vestiging Zandhoven",
        "adres": "Dorpsplein 3, 1235 CD Zandhoven",
        "bijzonderheden": (
            "- Er is één **multifunctionele printer** voor printen, kopiëren en scannen. Hij "
            "staat naast de balie, dus je ziet meteen als er iets blijft liggen.\n"
            "- **Gevonden documenten** bewaar je in een envelop in de afsluitbare lade "
            "rechtsonder in de balie. Geef de sleutel bij een wisseling van dienst persoonlijk "
            "door.\n"
            "- **Digitaal spreekuur Hulp bij e-books en de Bibliotheek-app**: woensdag "
            "14.00–16.00 uur aan de leestafel achter in de vestiging.\n"
            "- Op zaterdag staan er vaak alleen vrijwilligers aan de balie. Twijfel je, bel dan "
            "gerust de teamleider publieksservice: 0123-456 701.\n"
            "- **Aanspreekpunt**: de vestigingscoördinator Zandhoven, bereikbaar op 0123-456 "
            "702."
        ),
    },
    {
        "naam": "Servicepunt De Linde",
        "adres": ("Multifunctioneel centrum De Linde, Lindelaan 40, 1236 EF Lindeoord"),
        "bijzonderheden": (
            "- Het servicepunt is **bemand op dinsdag en vrijdag van 13.00 tot 17.00 uur**. Op "
            "andere momenten kunnen leden met hun pas zelf lenen en inleveren.\n"
            "- De **printer** staat in de bibliotheekhoek bij de ramen. Controleer hem aan het "
            "begin en aan het eind van je dienst: wat er buiten de bemande uren is blijven "
            "liggen, kan er al een paar dagen liggen.\n"
            "- **Gevonden documenten** gaan in een envelop in de afsluitbare kast in het "
            "kantoortje van de bibliotheek. Alleen bibliotheekmedewerkers hebben daar een "
            "sleutel van, de medewerkers van het centrum niet.\n"
            "- **Spreekuur Geldzaken** van de gemeente: vrijdag 13.30–15.30 uur in spreekruimte "
            "2 van het centrum.\n"
            "- **Aanspreekpunt**: de vestigingscoördinator Zandhoven, telefonisch bereikbaar op "
            "0123-456 702."
        ),
    },
]

HOOFDSTUKKEN = [
    {
        "titel": "Over dit protocol",
        "secties": [
            {
                "titel": "Waar gaat dit protocol over",
                "tekst": (
                    "Aan de balie, bij de publiekspc's en tijdens spreekuren krijg je steeds "
                    "vaker vragen waarbij persoonlijke, financiële of juridische gegevens van "
                    "klanten een rol spelen. Denk aan een belastingaangifte, een brief van het "
                    "UWV of een overschrijving bij de bank. Dit protocol beschrijft hoe ver je "
                    "gaat als je zo'n klant helpt, en waar je grens ligt.\n"
                    "\n"
                    "- Het geldt voor iedereen die in onze vestigingen klanten helpt: "
                    "medewerkers, invalkrachten, stagiairs en vrijwilligers.\n"
                    "- Het geldt in alle drie de vestigingen en tijdens alle spreekuren en "
                    "cursussen van de bibliotheek.\n"
                    "- Het gaat vooral om vragen die onverwacht binnenkomen, als je weinig tijd "
                    "hebt om na te denken.\n"
                    "- Met vaste afspraken hoef je niet elke keer zelf te bepalen wat wel en "
                    "niet kan. Dat geeft duidelijkheid, aan jou en aan de klant."
                ),
                "hoofdpunt": False,
            },
            {
                "titel": "Waar gaat dit protocol niet over",
                "tekst": (
                    "Het overgrote deel van je klantcontacten heeft niets met gevoelige "
                    "gegevens te maken: een boek reserveren, de weg wijzen, een abonnement "
                    "verlengen. Daarvoor heb je dit protocol niet nodig.\n"
                    "\n"
                    "Ook buiten dit protocol vallen:\n"
                    "\n"
                    "- het privacybeleid van de bibliotheek als organisatie en het "
                    "verwerkingsregister; die beheert de functionaris gegevensbescherming (FG);\n"
                    "- de omgang met gegevens van collega's en andere interne administratie;\n"
                    "- agressie en onveilige situaties aan de balie; daarvoor heeft de "
                    "bibliotheek een apart protocol;\n"
                    "- het inhoudelijk beantwoorden van juridische, fiscale of financiële "
                    "vragen: dat laten we over aan de specialisten (zie **Doorverwijzen**)."
                ),
                "hoofdpunt": False,
            },
            {
                "titel": "Voorbeeldsituaties",
                "tekst": (
                    "Een paar situaties die je waarschijnlijk herkent:\n"
                    "\n"
                    "- Een klant vraagt je om hulp bij iets op de computer, en onder het helpen "
                    "verschijnen er persoonlijke of financiële gegevens op het scherm.\n"
                    "- Een klant is op een publiekspc bezig met internetbankieren, zijn "
                    "belastingaangifte of zijn werkmap bij het UWV, loopt vast en roept je "
                    "erbij.\n"
                    "- Je zoekt aan de balie de gegevens van een klant op en wordt direct "
                    "daarna ergens anders nodig.\n"
                    "- Bij het kopieerapparaat ligt een paspoort of een loonstrook die iemand "
                    "is vergeten.\n"
                    "- Een klant krijgt een e-book niet geopend, of komt niet in Mijn "
                    "Bibliotheek.\n"
                    '- Iemand vraagt je om even met zijn DigiD in te loggen, "want u kunt dat '
                    'veel beter dan ik".\n'
                    "\n"
                    "Het zijn voorbeelden, geen volledige lijst. Onder **Situaties** lees je "
                    "per geval wat je moet weten, wat je tegen de klant zegt, wat je doet en "
                    "wat je laat. Krijg je een vraag die er niet tussen staat, gebruik dan de "
                    "uitgangspunten van dit protocol als leidraad."
                ),
                "hoofdpunt": False,
            },
            {
                "titel": "Hoe gebruik je dit handboek",
                "tekst": (
                    "Dit handboek is het volledige protocol: een naslagwerk om rustig door te "
                    "lezen en om op terug te vallen als je twijfelt. Voor de dagelijkse "
                    "praktijk is er het **verkort protocol**, met de hoofdpunten op één A4. Dat "
                    "hangt in elke vestiging bij de balie.\n"
                    "\n"
                    "- Lees het handboek helemaal door als je bij ons begint, en opnieuw bij "
                    "elke nieuwe versie.\n"
                    "- Bevestig in het portaal dat je de huidige versie hebt gelezen. Komt er "
                    "een nieuwe versie, dan vragen we je dat opnieuw.\n"
                    "- Zoek je iets op, gebruik dan de zoekfunctie: je ziet meteen de passage "
                    "waarin je zoekwoord staat.\n"
                    "- Twee keer per jaar bespreken we in het teamoverleg een paar situaties "
                    "uit de praktijk. Zo blijven de afspraken levend en verdwijnt het protocol "
                    "niet in een la."
                ),
                "hoofdpunt": False,
            },
        ],
    },
    {
        "titel": "Uitgangspunt en werkwijze",
        "secties": [
            {
                "titel": "Uitgangspunt van de bibliotheek",
                "tekst": (
                    "Bibliotheek Rivierenland-Noord wil een plek zijn waar iedereen binnen kan "
                    "lopen om te lezen, te leren en mee te doen. Steeds meer zaken regel je "
                    "online, en lang niet iedereen redt dat zonder hulp. Daarom helpen we "
                    "inwoners om zelf hun weg te vinden in de digitale samenleving.\n"
                    "\n"
                    "- **Zelfredzaamheid** staat voorop. We leren de klant hoe iets werkt, in "
                    "plaats van het over te nemen. Dan kan hij het de volgende keer zelf.\n"
                    "- Je bent geen belastingadviseur, jurist of schuldhulpverlener. Je kracht "
                    "is dat je snel begrijpt wat iemand nodig heeft en weet waar hij het best "
                    "terechtkan.\n"
                    "- De gegevens van de klant zijn van de klant. We gaan er zorgvuldig mee om "
                    "en zien er niet meer van dan nodig is."
                ),
                "hoofdpunt": False,
            },
            {
                "titel": "Werkwijze: helpen tot aan het inloggen",
                "tekst": (
                    "In je dagelijkse werk help je de klant **tot aan het inloggen**. Concreet "
                    "betekent dat:\n"
                    "\n"
                    "- Je zoekt samen met de klant uit wat hij precies wil en hoe dringend het "
                    "is.\n"
                    "- Je laat zien op welke website of in welke app hij moet zijn en waar hij "
                    "inlogt.\n"
                    "- Zodra de klant gaat inloggen, stap je terug. Je kijkt niet mee naar "
                    "gebruikersnamen, wachtwoorden of codes.\n"
                    "- Na het inloggen doet de klant alles zelf. Je kijkt niet op het scherm "
                    "als daar persoonlijke of financiële gegevens staan.\n"
                    "- Komt de klant er zelf niet uit, dan vertel je waarom je niet verder gaat "
                    "en wijs je de weg naar een spreekuur, een cursus of een andere "
                    "organisatie."
                ),
                "hoofdpunt": True,
                "hoofdpunt_tekst": (
                    "Je helpt de klant tot aan het inloggen. Daarna stap je terug en doet de "
                    "klant alles zelf."
                ),
            },
            {
                "titel": (
                    "Uitzondering: bibliotheekproducten, eigen apparatuur en digitaal spreekuur"
                ),
                "tekst": (
                    "In drie gevallen mag je ook **na het inloggen** met de klant meekijken:\n"
                    "\n"
                    "- bij producten en diensten van de bibliotheek zelf: e-books en "
                    "luisterboeken, de Bibliotheek-app, Mijn Bibliotheek, de website, "
                    "reserveren en verlengen;\n"
                    "- bij een storing of probleem met onze eigen apparatuur: publiekspc's, "
                    "printers, scanners en de zelfbedieningsautomaten. Je lost dan het "
                    "technische probleem op, niet de vraag over de inhoud;\n"
                    "- tijdens een digitaal spreekuur van de bibliotheek, voor de vragen "
                    "waarvoor dat spreekuur bedoeld is.\n"
                    "\n"
                    "Ook dan gelden vaste spelregels:\n"
                    "\n"
                    "- Je vraagt eerst uitdrukkelijk of je mag meekijken. Ga er nooit van uit "
                    "dat het goed is.\n"
                    "- Je kijkt niet mee terwijl de klant inlogt.\n"
                    "- Je wijst aan en legt uit; de klant houdt zelf de muis, het toetsenbord "
                    "of de telefoon.\n"
                    "- Wat je toevallig ziet, houd je voor jezelf."
                ),
                "hoofdpunt": True,
                "hoofdpunt_tekst": (
                    "Bij bibliotheekproducten, onze eigen apparatuur en tijdens het digitaal "
                    "spreekuur mag je na het inloggen meekijken: alleen met toestemming, en de "
                    "klant doet alles zelf."
                ),
            },
        ],
    },
    {
        "titel": "Algemeen",
        "secties": [
            {
                "titel": "Wat vraag je",
                "tekst": (
                    "- Vraag door tot je precies weet waarmee de klant geholpen wil worden. De "
                    "eerste vraag is niet altijd wat iemand echt nodig heeft.\n"
                    "- Vraag hoe dringend het is. Een aangifte die vandaag binnen moet zijn, "
                    "vraagt om een andere oplossing dan een vraag die kan wachten tot het "
                    "spreekuur van volgende week.\n"
                    "- Ga na of je zelf kunt helpen, of dat de klant beter af is bij een "
                    "spreekuur, een cursus of een andere organisatie.\n"
                    "- Zit de klant al achter een computer, vraag dan **altijd eerst** of er "
                    "persoonlijke gegevens op het scherm staan, voordat je kijkt."
                ),
                "hoofdpunt": True,
                "hoofdpunt_tekst": (
                    "Vraag altijd eerst of er persoonlijke gegevens op het scherm staan, "
                    "voordat je met een klant meekijkt."
                ),
            },
            {
                "titel": "Wat vertel je",
                "tekst": (
                    "- Leg uit waarom je niet meekijkt: de gegevens op het scherm zijn van de "
                    "klant, en het is in zijn eigen belang dat niemand anders ze ziet, ook jij "
                    "niet.\n"
                    "- Vertel dat de schermen van de publiekspc's voor iedereen zichtbaar zijn, "
                    "en dat andere bezoekers dus kunnen meelezen.\n"
                    "- Wijs op de risico's van de open wifi van de bibliotheek. Bankzaken "
                    "regelt de klant veiliger met de app van zijn bank, via mobiel internet.\n"
                    "- Maak duidelijk wat je wél kunt doen: de weg wijzen, laten zien waar hij "
                    "inlogt, doorverwijzen.\n"
                    "- Vertel over ons eigen aanbod: de spreekuren, de cursussen en het "
                    "Informatiepunt Digitale Overheid.\n"
                    "\n"
                    "Onder **Uitspraken** vind je zinnen die je letterlijk zo kunt gebruiken."
                ),
                "hoofdpunt": False,
            },
            {
                "titel": "Wat is je houding",
                "tekst": (
                    "- Je bent vriendelijk, geduldig en open, ook als je nee moet zeggen.\n"
                    "- Je bent duidelijk over je grenzen. **Nee is ook een antwoord**, zolang "
                    "je uitlegt waarom en een alternatief biedt.\n"
                    "- Je begrijpt dat een klant in de knel kan zitten, maar je laat je niet "
                    'onder druk zetten. "Het is maar even" of "ik vertrouw u wel" verandert '
                    "niets aan de afspraken.\n"
                    "- Je maakt het probleem van de klant niet tot jouw probleem. De klant "
                    "blijft verantwoordelijk voor zijn eigen zaken en beslissingen.\n"
                    "- Je geeft geen advies over geld, belastingen of rechten. Een verkeerd "
                    "advies kan de klant schaden, en de bibliotheek kan er dan op worden "
                    "aangesproken.\n"
                    "- Wat je over een klant te weten komt, blijft bij jou. Ook na je dienst, "
                    "en ook tegenover collega's die er niets mee te maken hebben.\n"
                    "- Twijfel je, vraag je dan af: hoe zou ik het vinden als het om mijn eigen "
                    "gegevens ging?"
                ),
                "hoofdpunt": False,
            },
            {
                "titel": "Wat doe je wel",
                "tekst": (
                    "- Je laat de klant zien waar hij de informatie vindt.\n"
                    "- Je wijst aan waar hij moet inloggen, en je loopt weg of kijkt zichtbaar "
                    "de andere kant op zodra hij dat gaat doen.\n"
                    "- Je stelt voor om een gevoelig gesprek in de spreekkamer of op een "
                    "rustige plek te voeren als anderen kunnen meeluisteren.\n"
                    "- Je verwijst door als de vraag buiten onze werkwijze valt of meer tijd "
                    "kost dan je aan de balie hebt.\n"
                    "- Je sluit de klant af in het bibliotheeksysteem en vergrendelt de "
                    "personeelspc als je wegloopt.\n"
                    "\n"
                    "**Bij producten en apparatuur van de bibliotheek** help je ook na het "
                    "inloggen als het niet anders kan: met toestemming van de klant, door aan "
                    "te wijzen en uit te leggen."
                ),
                "hoofdpunt": False,
            },
            {
                "titel": "Wat doe je niet",
                "tekst": (
                    "- Je logt niet in voor de klant, met geen enkel account: geen DigiD, geen "
                    "bank, geen e-mail.\n"
                    "- Je vraagt niet naar wachtwoorden of inlogcodes en je schrijft ze niet "
                    "voor de klant op.\n"
                    "- Je kijkt niet mee als er persoonlijke of financiële gegevens op het "
                    "scherm staan.\n"
                    "- Je neemt de muis en het toetsenbord niet over en voert geen handelingen "
                    "uit namens de klant.\n"
                    "- Je geeft geen financieel, fiscaal of juridisch advies.\n"
                    "- Je bewaart geen gegevens of documenten van klanten: niet op papier, niet "
                    "op de personeelspc en niet op je telefoon.\n"
                    "\n"
                    "**Ook bij producten van de bibliotheek** vraag je altijd eerst toestemming "
                    "en laat je het klikken en typen aan de klant."
                ),
                "hoofdpunt": True,
                "hoofdpunt_tekst": (
                    "Je logt nooit in voor een klant, neemt de muis niet over en geeft geen "
                    "financieel of juridisch advies."
                ),
            },
            {
                "titel": "Als je er niet uitkomt",
                "tekst": (
                    "Soms past een situatie niet in de afspraken, of raakt een klant boos of "
                    "wanhopig. Je hoeft het dan niet alleen op te lossen.\n"
                    "\n"
                    "- Overleg met het aanspreekpunt van je vestiging (zie **Locaties**): in de "
                    "hoofdvestiging de teamleider publieksservice van dienst, in Zandhoven en "
                    "De Linde de vestigingscoördinator.\n"
                    "- Is er niemand bereikbaar, bel dan de teamleider publieksservice via "
                    "0123-456 701.\n"
                    "- Zeg tegen de klant dat je even overlegt, en doe geen beloftes die je "
                    "niet kunt waarmaken.\n"
                    "- Twijfel je achteraf of je goed hebt gehandeld, of denk je dat er "
                    "gegevens in verkeerde handen zijn gekomen? Bespreek het met je "
                    "aanspreekpunt en meld een mogelijk datalek altijd in het portaal.\n"
                    "- Situaties waar je iets van hebt geleerd, zijn welkom in het teamoverleg. "
                    "Zo worden de afspraken steeds beter."
                ),
                "hoofdpunt": False,
            },
        ],
    },
    {
        "titel": "Techniek",
        "secties": [
            {
                "titel": "Publiekspc's",
                "tekst": (
                    "Wie een publiekspc gebruikt, laat sporen achter: bezochte websites, "
                    "ingevulde formulieren, gedownloade en geprinte bestanden, soms een account "
                    "dat nog openstaat.\n"
                    "\n"
                    "- Bij het afmelden, en uiterlijk bij sluitingstijd, wordt de pc "
                    "automatisch teruggezet. Bestanden, browsergeschiedenis en opgeslagen "
                    "wachtwoorden worden dan gewist.\n"
                    "- Tot dat moment kan de volgende gebruiker zien wat er is achtergebleven. "
                    "Vraag klanten daarom om bij websites uit te loggen en zich op de pc af te "
                    "melden voordat ze weggaan.\n"
                    "- Is een klant weggegaan terwijl hij nog is aangemeld, klik dan op "
                    "**Afmelden** zonder te bekijken wat er openstaat.\n"
                    "- De schermen staan bewust zo dat je ze vanaf de balie kunt zien; zo "
                    "kunnen we ingrijpen bij misbruik. Dat betekent ook dat andere bezoekers "
                    "kunnen meekijken. Vertel dat aan klanten die met gevoelige zaken bezig "
                    "zijn.\n"
                    "- Bij elke publiekspc ligt een kaartje met tips voor veilig gebruik."
                ),
                "hoofdpunt": False,
            },
            {
                "titel": "Printen en scannen",
                "tekst": (
                    "- Klanten printen, kopiëren en scannen zelf, met tegoed op hun "
                    "bibliotheekpas. Tegoed opwaarderen kan bij de betaalautomaat of aan de "
                    "balie.\n"
                    "- De klant haalt zijn print zelf op bij de printer. Je pakt geen prints "
                    'van anderen uit het apparaat om ze "even" aan te geven.\n'
                    "- Scans gaan naar een eigen USB-stick of naar het e-mailadres dat de klant "
                    "zelf op de scanner invoert. Dat adres typ je niet voor hem in.\n"
                    "- Er blijven regelmatig papieren liggen: een loonstrook, een brief van de "
                    "Belastingdienst, soms een paspoort. Controleer de printer en het "
                    "kopieerapparaat daarom een paar keer per dienst en bij sluitingstijd.\n"
                    "- Gevonden documenten doe je in een envelop met de datum en, als je die "
                    "weet, de naam van de eigenaar. De envelop gaat in de afsluitbare kast of "
                    "lade van je vestiging (zie **Locaties**), nooit open op de balie.\n"
                    "- Hoe je de eigenaar probeert te bereiken, lees je bij de situatie over "
                    "een vergeten origineel."
                ),
                "hoofdpunt": True,
                "hoofdpunt_tekst": (
                    "Gevonden prints en documenten leg je nooit open op de balie: ze gaan in "
                    "een envelop in de afsluitbare kast of lade."
                ),
            },
            {
                "titel": "Wifi",
                "tekst": (
                    "- In alle vestigingen is er gratis wifi (netwerk **Bibliotheek-Gasten**) "
                    "zonder wachtwoord. Dat is makkelijk, maar niet veilig.\n"
                    "- Op een open netwerk is het voor kwaadwillenden eenvoudiger om verkeer af "
                    "te luisteren of een nepnetwerk met een bijna gelijke naam op te zetten. Zo "
                    "kunnen inloggegevens en andere persoonlijke gegevens in verkeerde handen "
                    "komen.\n"
                    "- Raad klanten daarom af om via de wifi van de bibliotheek te bankieren of "
                    "andere geldzaken te regelen. Het veiligst doen ze dat met de app van hun "
                    "bank, via het mobiele netwerk van hun telefoon.\n"
                    "- Klanten helpen om verbinding te maken met de wifi mag wel: dat hoort bij "
                    "onze eigen dienstverlening."
                ),
                "hoofdpunt": True,
                "hoofdpunt_tekst": (
                    "Raad klanten af om via de open wifi van de bibliotheek te bankieren: met "
                    "de app van hun bank via mobiel internet is het veiliger."
                ),
            },
            {
                "titel": "Tips",
                "tekst": (
                    "- Veel banken, de Belastingdienst en het UWV hebben korte uitlegvideo's. "
                    'Zoek bijvoorbeeld op "jaaropgave downloaden" met de naam van de bank '
                    "erbij; dan kan de klant de stappen zelf volgen.\n"
                    "- Help de klant een eigen stappenlijstje te maken, op zijn eigen papier en "
                    "zonder wachtwoorden of codes erop.\n"
                    "- Weet je het zelf niet, zeg dat dan gewoon. Samen uitzoeken waar het "
                    "antwoord staat, is ook helpen.\n"
                    "- De sneltoetsen die je zelf het meest nodig hebt, vind je onder "
                    "**Sneltoetsen**. De belangrijkste is Windows-toets + L."
                ),
                "hoofdpunt": False,
            },
        ],
    },
    {
        "titel": "Gegevens van klanten aan de balie",
        "secties": [
            {
                "titel": "Je scherm vergrendelen",
                "tekst": (
                    "Aan de balie heb je vaak gegevens van klanten open: een adres, een "
                    "telefoonnummer, de leengeschiedenis, openstaande bedragen. Die zijn niet "
                    "bedoeld voor de volgende klant, of voor wie over de balie meekijkt.\n"
                    "\n"
                    "- Sluit de klant af in het bibliotheeksysteem zodra je klaar bent (F12 in "
                    "Wise).\n"
                    "- Vergrendel de personeelspc altijd als je wegloopt, ook als het maar even "
                    "is: **Windows-toets + L**.\n"
                    "- Minimaliseer je mail en andere vensters als een klant kan meekijken "
                    "(Windows-toets + D).\n"
                    '- Klanten gebruiken de personeelspc\'s nooit, ook niet "even snel".\n'
                    "- Zet je scherm zo neer dat klanten aan de andere kant van de balie het "
                    "niet kunnen lezen."
                ),
                "hoofdpunt": True,
                "hoofdpunt_tekst": (
                    "Loop je weg van de personeelspc, sluit dan de klant af (F12) en vergrendel "
                    "je scherm met Windows-toets + L."
                ),
            },
            {
                "titel": "Briefjes en papieren",
                "tekst": (
                    "- Schrijf geen klantgegevens op losse briefjes. Moet een collega iemand "
                    "terugbellen, zet het dan in een notitie bij de klant in het "
                    "bibliotheeksysteem.\n"
                    "- Heb je toch iets opgeschreven, gooi het briefje dan nog dezelfde dag in "
                    "de container voor vertrouwelijk papier in de backoffice.\n"
                    "- Afhaallijsten en reserveringsbriefjes met namen liggen niet zichtbaar op "
                    "de balie.\n"
                    "- Formulieren die klanten invullen, zoals een inschrijfformulier, verwerk "
                    "je meteen en daarna gaan ze in de container voor vertrouwelijk papier.\n"
                    "- We maken geen kopieën van identiteitsbewijzen. Bij een inschrijving "
                    "bekijk je het document en geef je het direct terug."
                ),
                "hoofdpunt": False,
            },
            {
                "titel": "USB-sticks en bestanden van klanten",
                "tekst": (
                    "- Steek nooit een USB-stick van een klant in een personeelspc, en open "
                    "geen bestanden of bijlagen van klanten op je werkplek. Zo houd je virussen "
                    "en gijzelsoftware buiten ons netwerk.\n"
                    "- Wil een klant iets printen van een stick of uit zijn mail, verwijs hem "
                    "dan naar een publiekspc.\n"
                    "- Stuur geen bestanden van klanten door, niet vanuit je eigen mail en niet "
                    "vanuit die van de bibliotheek.\n"
                    "- Vind je een achtergelaten USB-stick, stop hem dan niet in een computer "
                    "om te kijken van wie hij is. Behandel hem als een gevonden document: in "
                    "een envelop, in de afsluitbare kast of lade."
                ),
                "hoofdpunt": False,
            },
            {
                "titel": "Gevoelige gesprekken",
                "tekst": (
                    "Wat aan de balie wordt besproken, kunnen anderen in de rij vaak woord voor "
                    "woord volgen.\n"
                    "\n"
                    "- Let op je stemvolume als het over persoonlijke zaken gaat. Vraag bij het "
                    "opzoeken liever om de bibliotheekpas dan hardop naar een adres of "
                    "geboortedatum.\n"
                    "- Gaat het gesprek over geld, gezondheid of problemen thuis, stel dan voor "
                    "om naar de spreekkamer of een rustig hoekje te gaan.\n"
                    "- Praat niet met collega's over klanten waar bezoekers bij zijn.\n"
                    "- Overleg alleen over een klant als dat nodig is om hem te helpen, en "
                    "alleen met wie hem verder kan helpen."
                ),
                "hoofdpunt": False,
            },
        ],
    },
    {
        "titel": "Doorverwijzen",
        "secties": [
            {
                "titel": "Wanneer en hoe verwijs je door",
                "tekst": (
                    "Doorverwijzen is geen afschepen. Vaak is het juist de beste hulp die je "
                    "kunt geven.\n"
                    "\n"
                    "Verwijs door als:\n"
                    "\n"
                    "- de vraag inhoudelijke kennis vraagt over belastingen, uitkeringen, "
                    "schulden of recht;\n"
                    "- de klant na het inloggen hulp nodig heeft bij iets wat geen product van "
                    "de bibliotheek is;\n"
                    "- het helpen meer tijd kost dan je aan de balie hebt;\n"
                    "- de klant iets blijvend wil leren.\n"
                    "\n"
                    "Zo pak je het aan:\n"
                    "\n"
                    "- Noem de organisatie of het spreekuur, en vertel in een paar woorden wat "
                    "de klant daar kan verwachten.\n"
                    "- Geef het adres, het telefoonnummer of de website op papier mee. Bij elke "
                    "balie liggen kaartjes met de belangrijkste adressen.\n"
                    "- Heeft de klant haast, zoek dan samen op wanneer het eerstvolgende "
                    "spreekuur is.\n"
                    "- Geef zelf geen gegevens van de klant door aan een andere organisatie. "
                    "Het contact legt de klant zelf."
                ),
                "hoofdpunt": True,
                "hoofdpunt_tekst": (
                    "Kun je een klant binnen deze afspraken niet verder helpen, verwijs dan "
                    "door naar een spreekuur, een cursus of een andere organisatie."
                ),
            },
            {
                "titel": "Spreekuren, cursussen en adressen",
                "tekst": (
                    "Voor vragen die meer tijd of kennis vragen, heeft de bibliotheek een eigen "
                    "aanbod. Daarnaast werken we samen met organisaties in de regio.\n"
                    "\n"
                    "- De **spreekuren** staan in dit handboek onder Spreekuren: welke vragen, "
                    "waar en wanneer.\n"
                    "- Onze **cursussen** en hoe klanten zich aanmelden, vind je onder "
                    "Cursussen. In elke vestiging liggen de folders bij de balie.\n"
                    "- Onder **Doorverwijsadressen** staat per organisatie wat ze bieden, hoe "
                    "je ze bereikt en welke vragen je erheen stuurt.\n"
                    "- Klopt een adres of tijd niet meer, geef het dan door via "
                    "privacy@example.nl. Dan passen we het voor iedereen aan."
                ),
                "hoofdpunt": False,
            },
        ],
    },
    {
        "titel": "Een (mogelijk) datalek melden",
        "secties": [
            {
                "titel": "Wat is een datalek",
                "tekst": (
                    "Van een **datalek** spreken we als persoonsgegevens terechtkomen bij "
                    "iemand die ze niet mag hebben, of als ze kwijtraken of zonder toestemming "
                    "worden veranderd. Kun je dat niet uitsluiten, dan gaan we uit van een "
                    "mogelijk datalek. De meeste datalekken in een bibliotheek zijn klein en "
                    "alledaags:\n"
                    "\n"
                    "- een e-mail met klantgegevens die naar het verkeerde adres is gegaan;\n"
                    "- een afhaallijst met namen die zoek is of open op de balie heeft gelegen;\n"
                    "- een personeelspc die onvergrendeld met klantgegevens openstond terwijl "
                    "je weg was;\n"
                    "- een verloren of gestolen laptop, telefoon of USB-stick met gegevens van "
                    "de bibliotheek;\n"
                    "- een verdachte mail waarin je op een link hebt geklikt en je wachtwoord "
                    "hebt ingevuld;\n"
                    "- inschrijfformulieren die in de gewone prullenbak zijn beland.\n"
                    "\n"
                    "Een document dat een klant zelf bij de printer vergeet, is geen datalek "
                    "van de bibliotheek. Raakt het kwijt nadat wij het in bewaring hebben "
                    "genomen, dan wel.\n"
                    "\n"
                    "Niet elk incident is een datalek, en lang niet elk datalek hoeft te worden "
                    "gemeld bij de Autoriteit Persoonsgegevens. Dat hoef jij niet te "
                    "beoordelen: dat doet de melder van de bibliotheek."
                ),
                "hoofdpunt": False,
            },
            {
                "titel": "Direct melden via Datalek melden",
                "tekst": (
                    "Heb je een (mogelijk) datalek ontdekt of zelf veroorzaakt, meld het dan "
                    "**meteen**, nog tijdens je dienst:\n"
                    "\n"
                    "- Kies in het portaal **Datalek melden** en vul in wat je weet: wat er is "
                    "gebeurd en wanneer, om welke gegevens het gaat, van wie ongeveer, en wat "
                    "je al hebt gedaan.\n"
                    "- Weet je iets niet, vul dan in wat je wel weet. Een onvolledige melding "
                    "is beter dan een late.\n"
                    "- Is het groot of ernstig, zoals een gestolen laptop of een mail aan "
                    "honderden klanten, bel dan ook direct de manager bedrijfsvoering: 0123-456 "
                    "730.\n"
                    "- Na je melding volg je in het portaal de status van je eigen meldingen.\n"
                    "\n"
                    "Waarom zo snel? Is het een meldplichtig datalek, dan moet de bibliotheek "
                    "het **binnen 72 uur** na ontdekking melden bij de Autoriteit "
                    "Persoonsgegevens. Die tijd gaat lopen op het moment dat iemand van de "
                    "bibliotheek het lek ontdekt, ook als dat op vrijdagmiddag is.\n"
                    "\n"
                    "Melden is nooit verkeerd. Niemand krijgt een verwijt omdat hij iets heeft "
                    "gemeld dat achteraf meeviel. Van fouten die niet gemeld worden, leren we "
                    "niets."
                ),
                "hoofdpunt": True,
                "hoofdpunt_tekst": (
                    "Denk je dat er persoonsgegevens op straat liggen? Meld het meteen via "
                    "Datalek melden in het portaal, ook als je twijfelt: de bibliotheek heeft "
                    "maar 72 uur."
                ),
            },
            {
                "titel": "Wat je niet zelf doet",
                "tekst": (
                    "Je wilt het misschien graag zelf rechtzetten, maar een datalek onderzoeken "
                    "of afhandelen is niet jouw taak.\n"
                    "\n"
                    "- Ga niet zelf uitzoeken hoe het kon gebeuren of wie erbij betrokken is, "
                    "en ga geen klanten of collega's ondervragen.\n"
                    "- Wis geen e-mails, bestanden of logboeken. Die zijn nodig om te "
                    "achterhalen wat er is gebeurd.\n"
                    "- Neem geen contact op met de klanten om wie het gaat, met de Autoriteit "
                    "Persoonsgegevens of met de pers, en zet er niets over op sociale media.\n"
                    "- Doe wel wat direct nodig is om erger te voorkomen: vraag de ontvanger "
                    "van een verkeerd verstuurde mail om die te verwijderen, berg gevonden "
                    "papieren achter slot op, of wijzig je wachtwoord als je het ergens hebt "
                    "ingevuld. Zet in je melding wat je hebt gedaan."
                ),
                "hoofdpunt": False,
            },
            {
                "titel": "Wat er daarna gebeurt",
                "tekst": (
                    "- De manager bedrijfsvoering is bij ons de **melder**. Hij of zij "
                    "beoordeelt je melding, schakelt zo nodig de technicus van het betrokken "
                    "systeem in, en besluit of het datalek wordt gemeld bij de Autoriteit "
                    "Persoonsgegevens en aan de mensen van wie de gegevens zijn.\n"
                    "- De functionaris gegevensbescherming (FG) houdt toezicht en kan elk "
                    "dossier inzien.\n"
                    "- De melder kan je om aanvullende informatie vragen. Houd je mail en "
                    "telefoon de eerste dagen dus in de gaten.\n"
                    "- Elk datalek wordt vastgelegd, ook als het niet gemeld hoeft te worden. "
                    "Zo kunnen we ervan leren.\n"
                    "- Eén keer per jaar staat in het bestuursverslag hoeveel datalekken er "
                    "waren en wat we eraan hebben gedaan, zonder namen."
                ),
                "hoofdpunt": False,
            },
        ],
    },
    {
        "titel": "Vragen en verantwoordelijkheid",
        "secties": [
            {
                "titel": "Wie is je aanspreekpunt",
                "tekst": (
                    "Met vragen over dit protocol of over een situatie aan de balie kun je "
                    "altijd terecht bij:\n"
                    "\n"
                    "- **Hoofdvestiging Waalkade**: de teamleider publieksservice die dienst "
                    "heeft (zie het rooster in de backoffice);\n"
                    "- **Vestiging Zandhoven** en **Servicepunt De Linde**: de "
                    "vestigingscoördinator, bereikbaar op 0123-456 702;\n"
                    "- staat geen van hen op het rooster: de teamleider publieksservice via "
                    "0123-456 701;\n"
                    "- voor vragen over privacy in het algemeen of over de rechten van klanten: "
                    "de FG, via fg@example.nl.\n"
                    "\n"
                    "Wil een klant zijn gegevens inzien of laten verwijderen, noteer zijn "
                    "verzoek dan niet zelf. Verwijs hem naar het formulier op onze website of "
                    "naar fg@example.nl."
                ),
                "hoofdpunt": False,
            },
            {
                "titel": "De functionaris gegevensbescherming",
                "tekst": (
                    "De functionaris gegevensbescherming (FG) ziet erop toe dat de bibliotheek "
                    "zich aan de privacywet, de AVG, houdt.\n"
                    "\n"
                    "- De FG houdt het verwerkingsregister bij: het overzicht van alle "
                    "persoonsgegevens die de bibliotheek verwerkt, waarvoor, en hoe lang we ze "
                    "bewaren.\n"
                    "- De FG adviseert de directie en de medewerkers, en is het aanspreekpunt "
                    "voor de Autoriteit Persoonsgegevens.\n"
                    "- Klanten en medewerkers kunnen bij de FG terecht met vragen en klachten "
                    "over privacy.\n"
                    "- De FG werkt onafhankelijk. Je kunt er dus ook terecht met een zorg die "
                    "je liever niet eerst met je leidinggevende bespreekt.\n"
                    "- Je bereikt de FG via **fg@example.nl** of 0123-456 740."
                ),
                "hoofdpunt": False,
            },
            {
                "titel": "Beheer van dit protocol",
                "tekst": (
                    "- De redacteur van het protocol houdt de inhoud actueel, samen met de FG. "
                    "Adressen, spreekuren en cursussen lopen we elk kwartaal na.\n"
                    "- Het hele protocol wordt minstens één keer per jaar herzien, en eerder "
                    "als er iets verandert in onze dienstverlening, onze apparatuur of de wet.\n"
                    "- Een nieuwe versie wordt vastgesteld door de manager publieksservice en "
                    "geldt vanaf de ingangsdatum die erbij staat. Eerdere versies blijven in "
                    "het portaal te lezen.\n"
                    "- Mis je iets, klopt iets niet meer, of heb je iets meegemaakt dat erin "
                    "thuishoort? Mail het naar privacy@example.nl. Jouw ervaring aan de balie "
                    "maakt het protocol beter."
                ),
                "hoofdpunt": False,
            },
        ],
    },
]

SITUATIES = [
    {
        "titel": (
            "Een klant vraagt je om hulp bij iets op de computer waarbij persoonlijke of "
            "financiële gegevens in beeld komen."
        ),
        "context": "balie",
        "weet": (
            "- Het is niet de bedoeling dat je meekijkt als er persoonlijke of financiële "
            "gegevens op het scherm staan.\n"
            "- Helpen bij zulke zaken is riskant. Gaat er iets mis, dan kan de klant daar "
            "nadeel van hebben, ook als het niet aan jou lag. Dat kan leiden tot verwijten, "
            "claims en schade aan de naam van de bibliotheek.\n"
            "- Iets voor de klant doen helpt hem vandaag; uitleggen hoe het werkt helpt hem ook "
            "de volgende keer.\n"
            "- Een publieke computer en open wifi zijn geen veilige plek voor bankzaken.\n"
            "- Ook een klant die een duidelijke uitleg en een goed alternatief krijgt, is "
            "geholpen."
        ),
        "verhaal": (
            "- Je vraagt eerst waar de klant mee bezig is en hoe dringend het is, voordat je "
            "gaat helpen.\n"
            "- Je legt uit dat je helpt tot aan het inloggen, en dat je daarna niet meekijkt "
            "omdat de gegevens op het scherm alleen voor hem bedoeld zijn.\n"
            "- Je vertelt waar hij verder terechtkan als hij er zelf niet uitkomt."
        ),
        "doen": (
            "- Vraag door en bepaal hoe dringend de vraag is.\n"
            "- Laat zien waar de informatie staat en waar de klant moet inloggen.\n"
            "- Stap opzij of kijk zichtbaar weg zodra de klant gaat inloggen.\n"
            "- Verwijs zo nodig door naar een spreekuur, een cursus of een andere organisatie."
        ),
        "laten": (
            "- Je logt niet in voor de klant.\n"
            "- Je kijkt niet mee als er persoonlijke of financiële gegevens in beeld zijn.\n"
            "- Je neemt de muis en het toetsenbord niet over.\n"
            "- Je geeft geen financieel advies."
        ),
    },
    {
        "titel": (
            "Een klant is op een publiekspc aan het internetbankieren of bezig met zijn "
            "belastingaangifte, loopt vast en vraagt jou om hulp."
        ),
        "context": "balie",
        "weet": (
            "- De klant is al ingelogd. Op het scherm staan vrijwel zeker gegevens die niet "
            "voor jou bedoeld zijn.\n"
            "- Een bankrekening, aangifte of werkmap is van de klant. Een verkeerde klik of een "
            "verkeerd antwoord kan gevolgen hebben voor zijn geld of zijn uitkering.\n"
            "- Op de publiekspc's en via de open wifi kunnen anderen meekijken of meelezen.\n"
            "- Voor vragen over de aangifte is er in het voorjaar het Belastingspreekuur in de "
            "hoofdvestiging."
        ),
        "verhaal": (
            "- Je vraagt, voordat je kijkt, of er persoonlijke gegevens op het scherm staan, en "
            "legt uit dat het niet de bedoeling is dat jij die ziet.\n"
            "- Je vertelt dat je bij bankzaken en belastingen niet meekijkt en geen advies "
            "geeft, maar wel kunt zeggen waar hij hulp krijgt.\n"
            "- Je raadt hem aan om bankzaken voortaan met de app van zijn bank te doen, via "
            "mobiel internet."
        ),
        "doen": (
            "- Vraag eerst of er persoonlijke of financiële gegevens op het scherm staan.\n"
            "- Is dat zo, geef dan tips zonder naar het scherm te kijken, bijvoorbeeld waar de "
            "helpfunctie of de uitlegvideo's van de bank of de Belastingdienst te vinden zijn.\n"
            "- Gaat het om een probleem met de pc of de printer zelf, vraag de klant dan eerst "
            "zijn gegevens uit beeld te halen (bijvoorbeeld met Windows-toets + D) voordat je "
            "kijkt.\n"
            "- Wijs op de klantenservice van de bank, de BelastingTelefoon, het "
            "Belastingspreekuur of de cursus Veilig bankieren op je telefoon.\n"
            "- Herinner de klant eraan dat hij uitlogt en zich afmeldt voordat hij weggaat."
        ),
        "laten": (
            "- Je leest niet mee terwijl de klant is ingelogd.\n"
            "- Je logt niet in en typt geen codes, bedragen of rekeningnummers in.\n"
            "- Je neemt de muis niet over.\n"
            "- Je zegt niet wat de klant moet invullen of kiezen bij een aangifte of betaling."
        ),
    },
    {
        "titel": (
            "Je hebt aan de balie de gegevens van een klant open in het bibliotheeksysteem en "
            "moet onverwacht weg van de personeelspc."
        ),
        "context": "balie",
        "weet": (
            "- Alles op de personeelspc kan vertrouwelijk zijn: adressen, telefoonnummers, de "
            "leengeschiedenis, betalingen.\n"
            "- Klanten mogen elkaars gegevens niet zien, ook niet per ongeluk.\n"
            "- Klanten werken nooit op een personeelspc, ook niet even.\n"
            "- Een ontgrendelde pc zonder toezicht aan de balie is een open deur, ook voor "
            "iemand met kwade bedoelingen."
        ),
        "verhaal": "",
        "doen": (
            "- Sluit de klant af in het bibliotheeksysteem (F12 in Wise).\n"
            "- Vergrendel de pc met Windows-toets + L, ook als je maar even weg bent.\n"
            "- Minimaliseer je mail en andere vensters als er nog iemand aan de balie staat.\n"
            "- Laat een collega weten dat je de balie verlaat, als dat kan."
        ),
        "laten": (
            "- Je laat geen scherm met klantgegevens onbeheerd openstaan.\n"
            '- Je vraagt een klant niet om "even op te letten" of zelf iets op de personeelspc '
            "te doen.\n"
            "- Je laat geen briefjes met klantgegevens op de balie liggen."
        ),
    },
    {
        "titel": (
            "Een klant heeft iets gekopieerd of gescand en het origineel bij het apparaat laten "
            "liggen."
        ),
        "context": "balie",
        "weet": (
            "- Een vergeten paspoort, loonstrook of brief van de Belastingdienst is gevoelig. "
            "In verkeerde handen kan het worden misbruikt, bijvoorbeeld voor identiteitsfraude.\n"
            "- Zolang het bij de printer ligt, is het een vergeten document van de klant. Zodra "
            "jij het in bewaring neemt, is de bibliotheek ervoor verantwoordelijk.\n"
            "- Elke vestiging heeft een vaste afsluitbare plek voor gevonden documenten (zie "
            "**Locaties**)."
        ),
        "verhaal": "",
        "doen": (
            "- Neem het document meteen mee en kijk er niet verder in dan nodig is om de "
            "eigenaar te vinden.\n"
            "- Is de klant nog in het gebouw, zoek hem dan op en geef het direct terug.\n"
            "- Staat er een naam op, kijk dan in het bibliotheeksysteem of de eigenaar lid is "
            "en neem contact op via het telefoonnummer of mailadres dat daar staat. Noem in je "
            "bericht of op de voicemail niet om wat voor document het gaat.\n"
            "- Doe het document in een envelop en schrijf erop: de datum, waar je het vond en, "
            "als je die weet, de naam van de eigenaar. Berg de envelop op in de afsluitbare "
            "kast of lade van je vestiging.\n"
            "- Geef het alleen mee aan iemand die met zijn bibliotheekpas of een "
            "legitimatiebewijs kan laten zien dat hij de eigenaar is.\n"
            "- Is het na twee weken niet opgehaald of is de eigenaar niet te vinden? Een "
            "paspoort, identiteitskaart of rijbewijs breng je via de teamleider naar het loket "
            "gevonden voorwerpen van de gemeente. Andere papieren gaan in de container voor "
            "vertrouwelijk papier."
        ),
        "laten": (
            "- Je laat het document niet bij het apparaat liggen.\n"
            "- Je legt het niet open op de balie of in een bakje waar iedereen bij kan.\n"
            "- Je maakt geen kopie of foto van het document.\n"
            "- Je gooit gevoelige papieren niet in de gewone prullenbak."
        ),
    },
    {
        "titel": (
            "Een klant heeft aan de balie een probleem met een product van de bibliotheek, "
            "zoals e-books, de Bibliotheek-app of Mijn Bibliotheek."
        ),
        "context": "balie",
        "weet": (
            "- Bij producten van de bibliotheek geldt een uitzondering: je mag na het inloggen "
            "meekijken, als de klant daar toestemming voor geeft.\n"
            "- Ook dan doet de klant alle handelingen zelf. Jij bent de coach.\n"
            "- Aan de balie heb je weinig tijd. Kost het meer dan een paar minuten, of weet je "
            "het zelf niet, dan is het digitaal spreekuur de betere plek."
        ),
        "verhaal": (
            "- Je vraagt wat er precies misgaat en hoe dringend het is.\n"
            "- Je vraagt uitdrukkelijk of je mag meekijken, en vertelt dat je dan misschien "
            "persoonlijke gegevens ziet, zoals wat hij heeft geleend, maar dat die bij jou "
            "blijven.\n"
            "- Je legt uit dat jij aanwijst en uitlegt, en dat de klant zelf klikt en typt.\n"
            "- Lukt het niet snel, dan nodig je hem uit voor het spreekuur Hulp bij e-books en "
            "de Bibliotheek-app."
        ),
        "doen": (
            "- Laat de klant zelf inloggen en kijk weg terwijl hij dat doet.\n"
            "- Wijs op het scherm aan waar hij moet zijn en leg stap voor stap uit wat hij moet "
            "doen.\n"
            "- Laat de klant de stappen herhalen of opschrijven, zodat hij het de volgende keer "
            "zelf kan.\n"
            "- Verwijs naar het digitaal spreekuur of de cursus Lezen en luisteren op je tablet "
            "als de vraag te groot is voor de balie."
        ),
        "laten": (
            "- Je logt niet in voor de klant en vraagt niet naar zijn wachtwoord.\n"
            "- Je kijkt niet mee tijdens het inloggen.\n"
            "- Je neemt de telefoon, de tablet, de muis of het toetsenbord niet over.\n"
            "- Je gaat er niet stilzwijgend van uit dat meekijken goed is."
        ),
    },
    {
        "titel": (
            "Tijdens het digitaal spreekuur vraagt een klant hulp bij een product van de "
            "bibliotheek, zoals e-books, de Bibliotheek-app of Mijn Bibliotheek."
        ),
        "context": "digitaal_spreekuur",
        "weet": (
            "- Op het spreekuur is er meer tijd dan aan de balie, en als begeleider weet je "
            "meer van deze producten. Je kunt dus verder gaan met uitleggen.\n"
            "- Ook hier geldt de uitzondering: na het inloggen meekijken mag, met toestemming "
            "van de klant.\n"
            "- De klant doet de handelingen zelf. Het doel is dat hij na afloop zonder jou "
            "verder kan.\n"
            "- Komt er iets in beeld dat niets met het spreekuur te maken heeft, zoals zijn "
            "mail of zijn bankrekening, dan kijk je daar niet naar."
        ),
        "verhaal": (
            "- Je vraagt wat de klant wil bereiken, en spreekt samen af wat er in de tijd van "
            "het spreekuur haalbaar is.\n"
            "- Je vraagt toestemming om mee te kijken, en vertelt dat je daarbij persoonlijke "
            "gegevens kunt zien maar die voor jezelf houdt.\n"
            "- Je legt uit dat jij uitlegt en aanwijst, en dat de klant zelf de handelingen "
            "doet."
        ),
        "doen": (
            "- Laat de klant zelf inloggen; kijk bewust en zichtbaar weg.\n"
            "- Help na het inloggen verder door aan te wijzen en uit te leggen, zo lang als "
            "nodig is.\n"
            "- Wil je iets voordoen, gebruik dan de demotablet van het spreekuur en laat de "
            "klant het daarna op zijn eigen apparaat nadoen.\n"
            "- Geef een stappenlijstje mee en vertel over de cursus Lezen en luisteren op je "
            "tablet."
        ),
        "laten": (
            "- Je logt niet in voor de klant.\n"
            "- Je kijkt niet mee tijdens het inloggen.\n"
            "- Je neemt het apparaat van de klant niet over en voert geen handelingen voor hem "
            "uit.\n"
            "- Je leest niet mee in apps of accounts die buiten de vraag van het spreekuur "
            "vallen."
        ),
    },
    {
        "titel": (
            "Op het spreekuur van het Informatiepunt Digitale Overheid vraagt een klant of jij "
            "met zijn DigiD wilt inloggen, omdat hij het zelf niet durft."
        ),
        "context": "digitaal_spreekuur",
        "weet": (
            "- Een DigiD is een persoonlijke sleutel, te vergelijken met een handtekening. Wie "
            "ermee inlogt, handelt namens de eigenaar bij de Belastingdienst, de gemeente, het "
            "UWV of de zorgverzekeraar.\n"
            "- Volgens de gebruiksvoorwaarden van DigiD mag niemand anders met iemands DigiD "
            "inloggen. Ook met de beste bedoelingen doe je het dus niet.\n"
            "- Wie zijn zaken niet zelf online kan regelen, kan iemand machtigen met DigiD "
            "Machtigen. Dat is de veilige route voor hulp van een familielid of iemand anders "
            "die hij vertrouwt.\n"
            "- Tijdens het spreekuur mag je na het inloggen meekijken en uitleggen, als de "
            "klant dat goedvindt."
        ),
        "verhaal": (
            "- Je zegt vriendelijk maar duidelijk dat je niet inlogt met de DigiD van een "
            "ander, ook niet als de klant het goedvindt, en dat die regel hem beschermt.\n"
            "- Je stelt hem gerust: jullie lopen samen stap voor stap door het inloggen heen, "
            "en hij doet het zelf.\n"
            "- Heeft hij vaker hulp nodig, dan vertel je over machtigen en over de cursus Zelf "
            "je zaken regelen met DigiD."
        ),
        "doen": (
            "- Leg uit hoe inloggen werkt met de DigiD-app of met gebruikersnaam en wachtwoord, "
            "aan de hand van wat er op het scherm staat.\n"
            "- Kijk weg terwijl de klant zijn gegevens of pincode invult.\n"
            "- Is de klant zijn inloggegevens kwijt of is zijn DigiD geblokkeerd, wijs hem dan "
            "op de website van DigiD en de DigiD-hulplijn.\n"
            "- Vraag na het inloggen of je mag meekijken, en help verder door uit te leggen en "
            "aan te wijzen."
        ),
        "laten": (
            "- Je logt niet in met de DigiD van de klant, ook niet als hij je zijn gegevens "
            "geeft.\n"
            "- Je schrijft geen gebruikersnaam, wachtwoord of pincode op en je onthoudt ze "
            "niet.\n"
            "- Je vraagt niet naar de sms-code of de activeringsbrief.\n"
            "- Je neemt de telefoon of het toetsenbord niet over."
        ),
    },
    {
        "titel": (
            "Een klant vraagt je om een scan van zijn identiteitsbewijs te maken en die naar "
            "hem of naar een instantie te mailen."
        ),
        "context": "balie",
        "weet": (
            "- Een identiteitsbewijs is een van de gevoeligste documenten die er zijn. Met een "
            "kopie kan een oplichter bijvoorbeeld een abonnement of lening afsluiten op naam "
            "van de klant.\n"
            "- Verstuur je de scan vanaf een personeelspc of een mailadres van de bibliotheek, "
            "dan blijft er een kopie achter bij de bibliotheek, die we niet mogen hebben.\n"
            "- Met de KopieID-app van de Rijksoverheid kan de klant zelf een veiligere kopie "
            "maken, met een afgeschermd burgerservicenummer en een watermerk.\n"
            "- De klant kan de scanner en de publiekspc's zelf gebruiken."
        ),
        "verhaal": (
            "- Je legt uit dat je geen kopieën van identiteitsbewijzen maakt of verstuurt, om "
            "de klant te beschermen tegen misbruik.\n"
            "- Je vertelt dat hij het zelf kan doen met de scanner, en dat je laat zien hoe dat "
            "gaat.\n"
            "- Je wijst op de KopieID-app, waarmee hij een veiligere kopie maakt."
        ),
        "doen": (
            "- Wijs de klant de scanner aan en leg uit hoe hij de scan naar zijn eigen "
            "mailadres of USB-stick stuurt.\n"
            "- Raad hem aan zijn burgerservicenummer en pasfoto af te schermen, en in een "
            "watermerk te zetten voor wie de kopie is en van welke datum.\n"
            "- Kijk samen met de klant na of hij het origineel weer bij zich heeft voordat hij "
            "weggaat."
        ),
        "laten": (
            "- Je scant of mailt het identiteitsbewijs niet zelf, ook niet vanaf een "
            "publiekspc.\n"
            "- Je typt het mailadres van de klant of de instantie niet voor hem in.\n"
            "- Je bewaart geen kopie, foto of print van het document."
        ),
    },
]

UITSPRAKEN = [
    {
        "tekst": (
            "Staat er iets persoonlijks op uw scherm? Dan kijk ik even niet mee, want die "
            "gegevens zijn alleen voor u bedoeld."
        ),
        "toelichting": ("Voordat je meekijkt bij een klant die al achter een publiekspc zit."),
        "uitzondering": False,
    },
    {
        "tekst": (
            "Ik laat u zien waar u moet zijn en waar u inlogt. Het inloggen doet u zelf, dan "
            "kijk ik even de andere kant op."
        ),
        "toelichting": "Als je een klant op weg helpt volgens werkwijze 2.",
        "uitzondering": False,
    },
    {
        "tekst": (
            "Met de inhoud van deze vraag kan ik u niet goed helpen, maar ik weet wel waar u "
            "terechtkunt."
        ),
        "toelichting": (
            "Bij vragen over belastingen, uitkeringen, schulden of rechten. Geef daarna het "
            "adres of het spreekuur op papier mee."
        ),
        "uitzondering": False,
    },
    {
        "tekst": (
            "Ik log niet in met uw DigiD of uw bankgegevens, ook niet als u dat goedvindt. Die "
            "zijn alleen van u, en zo blijft u beschermd."
        ),
        "toelichting": (
            "Als een klant je vraagt om voor hem in te loggen, ook als hij je zijn gegevens al "
            "geeft."
        ),
        "uitzondering": False,
    },
    {
        "tekst": (
            "Advies over uw belasting of uw geld kan ik u niet geven. Daar zijn anderen beter "
            "in, en ik wil niet dat u last krijgt van een verkeerd antwoord."
        ),
        "toelichting": ("Als een klant vraagt wat hij moet invullen, kiezen of betalen."),
        "uitzondering": False,
    },
    {
        "tekst": (
            "De wifi van de bibliotheek is open en niet beveiligd. Bankzaken regelt u veiliger "
            "met de app van uw bank, via mobiel internet."
        ),
        "toelichting": (
            "Als je ziet of hoort dat een klant via de wifi van de bibliotheek gaat bankieren."
        ),
        "uitzondering": False,
    },
    {
        "tekst": (
            "Een kopie van uw identiteitsbewijs maak of verstuur ik niet voor u. Ik laat u wel "
            "zien hoe u dat zelf veilig doet."
        ),
        "toelichting": (
            "Als een klant vraagt om een paspoort, identiteitskaart of rijbewijs te scannen, te "
            "kopiëren of te mailen."
        ),
        "uitzondering": False,
    },
    {
        "tekst": (
            "Vindt u het goed dat ik even met u meekijk? Ik zie dan misschien persoonlijke "
            "gegevens, maar die blijven bij mij."
        ),
        "toelichting": (
            "Alleen bij producten en apparatuur van de bibliotheek, zoals e-books, de "
            "Bibliotheek-app of Mijn Bibliotheek, en pas nadat de klant zelf is ingelogd."
        ),
        "uitzondering": True,
    },
    {
        "tekst": ("Logt u eerst zelf in? Ik kijk zolang even weg, en daarna help ik u verder."),
        "toelichting": (
            "Bij een probleem met een product van de bibliotheek, voordat je gaat meekijken."
        ),
        "uitzondering": True,
    },
    {
        "tekst": ("Ik vertel u stap voor stap wat u moet doen, maar u houdt zelf de muis vast."),
        "toelichting": (
            "Als je na het inloggen meekijkt bij een product van de bibliotheek, om duidelijk "
            "te maken dat de klant de handelingen zelf doet."
        ),
        "uitzondering": True,
    },
]

DOORVERWIJSADRESSEN = [
    {
        "organisatie": "Informatiepunt Digitale Overheid (in de bibliotheek)",
        "aanbod": (
            "Gratis hulp en uitleg bij zaken met de overheid die online moeten, door "
            "medewerkers die daarvoor zijn opgeleid. Op het spreekuur is tijd om rustig samen "
            "te kijken, ook na het inloggen."
        ),
        "contact": (
            "Hoofdvestiging Waalkade, dinsdag 10.00–12.00 uur en donderdag 14.00–16.00 uur; "
            "informatiepunt@example.nl, 0123-456 720"
        ),
        "vragen": (
            "DigiD aanvragen of activeren, MijnOverheid en de Berichtenbox, toeslagen, online "
            "formulieren van gemeente en Rijk."
        ),
    },
    {
        "organisatie": "Belastingdienst",
        "aanbod": (
            "- De BelastingTelefoon voor vragen over aangifte, aanslagen en "
            "betalingsregelingen.\n"
            "- Uitleg en video's op de website.\n"
            "- Persoonlijke hulp bij de aangifte op afspraak, voor wie er echt niet uitkomt."
        ),
        "contact": (
            "Zie de website van de Belastingdienst voor het nummer van de BelastingTelefoon en "
            "de openingstijden."
        ),
        "vragen": (
            "Vragen over de aangifte inkomstenbelasting, een aanslag, een brief van de "
            "Belastingdienst of een betalingsregeling."
        ),
    },
    {
        "organisatie": "Het Juridisch Loket",
        "aanbod": (
            "Gratis juridisch advies voor mensen met een laag of middeninkomen, per telefoon, "
            "chat of op een spreekuur. Ze verwijzen zo nodig door naar een advocaat of "
            "mediator."
        ),
        "contact": (
            "Zie de website van het Juridisch Loket voor telefoon, chat en spreekuren in de regio."
        ),
        "vragen": (
            "Conflicten over huur, werk, een aankoop of een uitkering; brieven van een "
            "incassobureau of deurwaarder; vragen over rechten en plichten."
        ),
    },
    {
        "organisatie": "Team Geldzaken van de gemeente (schuldhulpverlening)",
        "aanbod": (
            "- Gratis en vertrouwelijke hulp bij geldzorgen en schulden, van een eerste gesprek "
            "tot een schuldregeling.\n"
            "- Spreekuur Geldzaken in Servicepunt De Linde.\n"
            "- Via Geldfit kan de klant ook eerst anoniem online een korte test doen en hulp "
            "zoeken."
        ),
        "contact": (
            "Gemeentehuis Rivierstad, 0123-456 800, geldzaken@example.org; Geldfit via de "
            "website van Geldfit."
        ),
        "vragen": (
            "Rekeningen die niet meer betaald kunnen worden, betalingsachterstanden, "
            "aanmaningen, overzicht krijgen in de eigen geldzaken."
        ),
    },
    {
        "organisatie": "SeniorWeb",
        "aanbod": (
            "Uitleg, cursussen en hulp aan huis door vrijwilligers, voor ouderen die met de "
            "computer, tablet of smartphone aan de slag willen."
        ),
        "contact": (
            "Zie de website van SeniorWeb voor de computerhulp en de leslocaties in de buurt."
        ),
        "vragen": (
            "Oudere klanten die thuis hulp nodig hebben bij hun apparaat, of die in hun eigen "
            "tempo willen leren."
        ),
    },
    {
        "organisatie": "UWV",
        "aanbod": (
            "Informatie en persoonlijk contact over uitkeringen bij werkloosheid of ziekte, en "
            "over werk zoeken via werk.nl."
        ),
        "contact": (
            "Zie de website van het UWV; via Mijn UWV kan de klant zelf een bericht sturen of "
            "een belafspraak maken."
        ),
        "vragen": (
            "Vragen over een WW- of ziektewetuitkering, de werkmap, verplichtingen bij een "
            "uitkering of een brief van het UWV."
        ),
    },
    {
        "organisatie": "DigiD-hulplijn",
        "aanbod": (
            "Telefonische hulp bij het aanvragen, activeren en gebruiken van DigiD, en bij een "
            "geblokkeerd of vergeten account."
        ),
        "contact": (
            "Zie de website van DigiD voor het nummer en de openingstijden van de hulplijn."
        ),
        "vragen": (
            "Inloggegevens kwijt, activeringsbrief niet ontvangen of verlopen, DigiD "
            "geblokkeerd, problemen met de DigiD-app."
        ),
    },
]

SPREEKUREN = [
    {
        "naam": "Informatiepunt Digitale Overheid",
        "vragen": (
            "Hulp bij DigiD, MijnOverheid, toeslagen en andere zaken die online met de overheid "
            "geregeld moeten worden."
        ),
        "waar": "Hoofdvestiging Waalkade",
        "wanneer": "dinsdag 10.00–12.00 uur en donderdag 14.00–16.00 uur",
    },
    {
        "naam": "Hulp bij e-books en de Bibliotheek-app",
        "vragen": (
            "E-books en luisterboeken lenen, de Bibliotheek-app installeren en gebruiken, "
            "inloggen bij Mijn Bibliotheek."
        ),
        "waar": "Vestiging Zandhoven",
        "wanneer": "woensdag 14.00–16.00 uur",
    },
    {
        "naam": "Spreekuur Geldzaken",
        "vragen": (
            "Geldzorgen, rekeningen en betalingsachterstanden; met een medewerker van Team "
            "Geldzaken van de gemeente."
        ),
        "waar": "Servicepunt De Linde",
        "wanneer": "vrijdag 13.30–15.30 uur",
    },
    {
        "naam": "Belastingspreekuur",
        "vragen": (
            "Hulp bij de aangifte inkomstenbelasting voor mensen met een laag inkomen, door "
            "opgeleide vrijwilligers van een partnerorganisatie."
        ),
        "waar": "Hoofdvestiging Waalkade",
        "wanneer": ("maandag 13.30–16.30 uur, van maart tot en met mei, op afspraak"),
    },
]

CURSUSSEN = [
    {
        "naam": "Digitaal de weg vinden",
        "omschrijving": (
            "Voor wie weinig of geen ervaring heeft met de computer. In zes lessen leer je de "
            "muis en het toetsenbord gebruiken, iets opzoeken op internet en een e-mail "
            "versturen. Kleine groepjes, met een docent en een vrijwilliger."
        ),
        "wanneer": (
            "Start in september en in februari, zes dinsdagochtenden van 9.30 tot 11.30 uur, in "
            "Hoofdvestiging Waalkade."
        ),
        "aanmelden": (
            "Aan de balie van elke vestiging of via bibliotheek.example.nl/cursussen. Deelname "
            "is gratis."
        ),
    },
    {
        "naam": "Zelf je zaken regelen met DigiD",
        "omschrijving": (
            "In vier bijeenkomsten leer je de DigiD-app aanvragen en gebruiken, inloggen bij "
            "MijnOverheid, berichten lezen in de Berichtenbox en iemand machtigen om je te "
            "helpen. Je oefent op je eigen telefoon, in je eigen tempo."
        ),
        "wanneer": (
            "Elk kwartaal, vier donderdagmiddagen van 13.30 tot 15.30 uur, in Vestiging Zandhoven."
        ),
        "aanmelden": (
            "Aan de balie of via bibliotheek.example.nl/cursussen. Deelname is gratis; neem je "
            "telefoon en je identiteitsbewijs mee."
        ),
    },
    {
        "naam": "Veilig bankieren op je telefoon",
        "omschrijving": (
            "Twee ochtenden over de app van je bank: saldo bekijken, geld overmaken en een "
            "betaalverzoek doen. Je leert ook nepberichten en valse telefoontjes herkennen, en "
            "hoe je goede wachtwoorden kiest."
        ),
        "wanneer": (
            "In het voorjaar en het najaar, twee vrijdagochtenden van 10.00 tot 12.00 uur, in "
            "Servicepunt De Linde."
        ),
        "aanmelden": ("Aan de balie of via bibliotheek.example.nl/cursussen. Deelname is gratis."),
    },
    {
        "naam": "Lezen en luisteren op je tablet",
        "omschrijving": (
            "Een korte workshop over e-books en luisterboeken van de bibliotheek: de "
            "Bibliotheek-app installeren, inloggen met je bibliotheekpas, een boek lenen en op "
            "je leeslijst zetten."
        ),
        "wanneer": (
            "Elke eerste zaterdag van de maand, 10.30–12.00 uur, in Hoofdvestiging Waalkade."
        ),
        "aanmelden": (
            "Aanmelden is niet nodig; neem je eigen tablet of telefoon en je bibliotheekpas mee."
        ),
    },
]

SNELTOETSEN = [
    {
        "toetsen": "Windows-toets + L",
        "actie": "Computer vergrendelen",
        "systeem": "Windows",
    },
    {
        "toetsen": "Windows-toets + D",
        "actie": "Alle vensters minimaliseren en het bureaublad tonen",
        "systeem": "Windows",
    },
    {
        "toetsen": "Alt + Tab",
        "actie": "Wisselen tussen geopende vensters",
        "systeem": "Windows",
    },
    {
        "toetsen": "Ctrl + P",
        "actie": "Afdrukken",
        "systeem": "Windows",
    },
    {
        "toetsen": "F12",
        "actie": "Klant afsluiten in het bibliotheeksysteem",
        "systeem": "Wise",
    },
    {
        "toetsen": "Ctrl + Shift + Delete",
        "actie": "Browsergeschiedenis en opgeslagen gegevens wissen",
        "systeem": "Webbrowser",
    },
]

CONCEPT = {
    "samenvatting": (
        "Versie 2 verwerkt de veranderingen van dit najaar:\n"
        "\n"
        "- In de hoofdvestiging print je voortaan met de bibliotheekpas, en er komt een "
        "zelfscanner naast de printer. De afspraken over het bewaren van scans moeten nog "
        "worden ingevuld.\n"
        "- Het Informatiepunt Digitale Overheid krijgt een extra spreekuur in Servicepunt De "
        "Linde.\n"
        "- Er komt een vast aanspreekpunt op zaterdag, nu in Zandhoven vaak alleen "
        "vrijwilligers dienst hebben.\n"
        "- Het melden van een datalek buiten kantoortijden is verduidelijkt.\n"
        "- Nieuw: een sectie over de zelfscanner en een over de spreekkamer en de "
        "spreekuurlaptop."
    ),
    "wijzigingen": [
        {
            "hoofdstuk": "Techniek",
            "sectie": "Printen en scannen",
            "tekst": (
                "- Klanten printen, kopiëren en scannen zelf, met tegoed op hun bibliotheekpas. "
                "Tegoed opwaarderen kan bij de betaalautomaat of aan de balie.\n"
                "- In de hoofdvestiging komt een print vanaf [nader in te vullen: datum van "
                "ingebruikname] pas uit de printer als de klant zijn bibliotheekpas tegen de "
                "kaartlezer houdt. Prints die na een uur niet zijn opgehaald, worden "
                "automatisch gewist.\n"
                "- In de andere vestigingen haalt de klant zijn print direct zelf op. Je pakt "
                'geen prints van anderen uit het apparaat om ze "even" aan te geven.\n'
                "- Scans gaan naar een eigen USB-stick of naar het e-mailadres dat de klant "
                "zelf invoert. Dat adres typ je niet voor hem in. Voor de nieuwe zelfscanner "
                "zie **Zelfscanner in de hoofdvestiging**.\n"
                "- Er blijven regelmatig papieren liggen: een loonstrook, een brief van de "
                "Belastingdienst, soms een paspoort. Controleer de printer en het "
                "kopieerapparaat daarom een paar keer per dienst en bij sluitingstijd.\n"
                "- Gevonden documenten doe je in een envelop met de datum en, als je die weet, "
                "de naam van de eigenaar. De envelop gaat in de afsluitbare kast of lade van je "
                "vestiging (zie **Locaties**), nooit open op de balie."
            ),
        },
        {
            "hoofdstuk": "Doorverwijzen",
            "sectie": "Spreekuren, cursussen en adressen",
            "tekst": (
                "Voor vragen die meer tijd of kennis vragen, heeft de bibliotheek een eigen "
                "aanbod. Daarnaast werken we samen met organisaties in de regio.\n"
                "\n"
                "- De **spreekuren** staan in dit handboek onder Spreekuren: welke vragen, waar "
                "en wanneer.\n"
                "- Het **Informatiepunt Digitale Overheid** houdt vanaf het najaar ook "
                "spreekuur in Servicepunt De Linde, op [Aanpassen aan de lokale situatie]. "
                "Klanten uit Lindeoord hoeven dan niet meer naar Rivierstad.\n"
                "- Onze **cursussen** en hoe klanten zich aanmelden, vind je onder Cursussen. "
                "In elke vestiging liggen de folders bij de balie.\n"
                "- Onder **Doorverwijsadressen** staat per organisatie wat ze bieden, hoe je ze "
                "bereikt en welke vragen je erheen stuurt.\n"
                "- Klopt een adres of tijd niet meer, geef het dan door via privacy@example.nl. "
                "Dan passen we het voor iedereen aan."
            ),
        },
        {
            "hoofdstuk": "Vragen en verantwoordelijkheid",
            "sectie": "Wie is je aanspreekpunt",
            "tekst": (
                "Met vragen over dit protocol of over een situatie aan de balie kun je altijd "
                "terecht bij:\n"
                "\n"
                "- **Hoofdvestiging Waalkade**: de teamleider publieksservice die dienst heeft "
                "(zie het rooster in de backoffice);\n"
                "- **Vestiging Zandhoven** en **Servicepunt De Linde**: de "
                "vestigingscoördinator, bereikbaar op 0123-456 702;\n"
                "- **op zaterdag**, als in Zandhoven alleen vrijwilligers dienst hebben: [nader "
                "in te vullen: wie op zaterdag het aanspreekpunt is en hoe die bereikbaar is];\n"
                "- staat geen van hen op het rooster: de teamleider publieksservice via "
                "0123-456 701;\n"
                "- voor vragen over privacy in het algemeen of over de rechten van klanten: de "
                "FG, via fg@example.nl.\n"
                "\n"
                "Wil een klant zijn gegevens inzien of laten verwijderen, noteer zijn verzoek "
                "dan niet zelf. Verwijs hem naar het formulier op onze website of naar "
                "fg@example.nl."
            ),
        },
        {
            "hoofdstuk": "Een (mogelijk) datalek melden",
            "sectie": "Direct melden via Datalek melden",
            "tekst": (
                "Heb je een (mogelijk) datalek ontdekt of zelf veroorzaakt, meld het dan "
                "**meteen**, nog tijdens je dienst:\n"
                "\n"
                "- Kies in het portaal **Datalek melden** en vul in wat je weet: wat er is "
                "gebeurd en wanneer, om welke gegevens het gaat, van wie ongeveer, en wat je al "
                "hebt gedaan.\n"
                "- Weet je iets niet, vul dan in wat je wel weet. Een onvolledige melding is "
                "beter dan een late.\n"
                "- Is het groot of ernstig, zoals een gestolen laptop of een mail aan honderden "
                "klanten, bel dan ook direct de manager bedrijfsvoering: 0123-456 730.\n"
                "- Ontdek je het 's avonds of in het weekend, meld het dan ook meteen in het "
                "portaal. Bij een groot of ernstig lek bel je de bereikbaarheidsdienst: "
                "0123-456 731. Wacht niet tot maandag.\n"
                "- Na je melding volg je in het portaal de status van je eigen meldingen.\n"
                "\n"
                "Waarom zo snel? Is het een meldplichtig datalek, dan moet de bibliotheek het "
                "**binnen 72 uur** na ontdekking melden bij de Autoriteit Persoonsgegevens. Die "
                "tijd gaat lopen op het moment dat iemand van de bibliotheek het lek ontdekt, "
                "ook als dat op vrijdagavond of zaterdag is.\n"
                "\n"
                "Melden is nooit verkeerd. Niemand krijgt een verwijt omdat hij iets heeft "
                "gemeld dat achteraf meeviel. Van fouten die niet gemeld worden, leren we "
                "niets."
            ),
        },
    ],
    "nieuwe_secties": [
        {
            "hoofdstuk": "Techniek",
            "titel": "Zelfscanner in de hoofdvestiging",
            "tekst": (
                "Naast de printer op de eerste verdieping van de hoofdvestiging staat een "
                "zelfscanner. Klanten scannen er zonder hulp documenten mee en sturen de scan "
                "naar hun eigen mailadres of USB-stick.\n"
                "\n"
                "- De scanner is bedoeld voor klanten zelf. Je legt uit hoe hij werkt, maar "
                "scant geen documenten voor klanten.\n"
                "- Of de scanner een scan na verzending nog bewaart, en hoe lang: [nader in te "
                "vullen: navragen bij de leverancier en vastleggen].\n"
                "- Of het laatst ingetypte mailadres zichtbaar blijft voor de volgende "
                "gebruiker: [nader in te vullen].\n"
                "- Zolang dat niet duidelijk is, raad je klanten af om er een identiteitsbewijs "
                "mee te scannen."
            ),
            "hoofdpunt": False,
        },
        {
            "hoofdstuk": "Gegevens van klanten aan de balie",
            "titel": "De spreekkamer en de spreekuurlaptop",
            "tekst": (
                "Voor gesprekken die niet aan de balie thuishoren, kun je in de hoofdvestiging "
                "de spreekkamer naast de leeszaal gebruiken, met de spreekuurlaptop uit de "
                "backoffice.\n"
                "\n"
                "- Stel de spreekkamer voor als het gesprek over geld, gezondheid of problemen "
                "thuis gaat, of als anderen in de rij kunnen meeluisteren.\n"
                "- De spreekuurlaptop is een publiek apparaat: de klant logt er zelf op in en "
                "meldt zich na afloop af. Bij het afmelden worden alle gegevens gewist.\n"
                "- Zet de laptop na gebruik terug in de afgesloten kast in de backoffice.\n"
                "- Laat de klant nooit alleen met de laptop in de spreekkamer achter."
            ),
            "hoofdpunt": False,
        },
    ],
}
