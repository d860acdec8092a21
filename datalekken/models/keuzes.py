"""Choice lists shared by the datalek models and forms."""

from django.db import models


class SoortIncident(models.TextChoices):
    VERKEERDE_ONTVANGER = "verkeerde_ontvanger", "Gegevens naar de verkeerde ontvanger gestuurd"
    VERLIES_DIEFSTAL = "verlies_diefstal", "Laptop, telefoon, usb-stick of papier kwijt of gestolen"
    INBRAAK = "inbraak", "Hacking, malware of phishing"
    ONBEVOEGDE_INZAGE = "onbevoegde_inzage", "Iemand kon gegevens zien die hij niet mocht zien"
    PUBLICATIE = "publicatie", "Per ongeluk gepubliceerd of openbaar zichtbaar"
    VERLIES_GEGEVENS = "verlies_gegevens", "Gegevens gewist, beschadigd of niet bereikbaar"
    ANDERS = "anders", "Iets anders"
    ONBEKEND = "onbekend", "Weet ik niet"


class CategoriePersoonsgegevens(models.TextChoices):
    NAW = "naw", "Naam, adres, woonplaats"
    CONTACT = "contact", "Telefoonnummer of e-mailadres"
    GEBOORTEDATUM = "geboortedatum", "Geboortedatum of leeftijd"
    LIDMAATSCHAP = "lidmaatschap", "Lidmaatschaps- en pasgegevens"
    LEENGESCHIEDENIS = "leengeschiedenis", "Leen- en zoekgeschiedenis"
    FINANCIEEL = "financieel", "Financiële gegevens (IBAN, betalingen)"
    BSN_ID = "bsn_id", "BSN of kopie identiteitsbewijs"
    INLOG = "inlog", "Inloggegevens (gebruikersnaam, wachtwoord)"
    BEELD = "beeld", "Foto's of camerabeelden"
    PERSONEEL = "personeel", "Personeelsgegevens (salaris, beoordeling, verzuim)"
    BIJZONDER = "bijzonder", "Bijzondere gegevens (gezondheid, religie, afkomst, …)"
    STRAFRECHTELIJK = "strafrechtelijk", "Strafrechtelijke gegevens"
    ANDERS = "anders", "Andere gegevens"


class CategorieBetrokkenen(models.TextChoices):
    KLANTEN = "klanten", "Leden en klanten"
    KINDEREN = "kinderen", "Kinderen en jongeren"
    DEELNEMERS = "deelnemers", "Deelnemers aan programma's en cursussen"
    MEDEWERKERS = "medewerkers", "Medewerkers"
    VRIJWILLIGERS = "vrijwilligers", "Vrijwilligers"
    RELATIES = "relaties", "Externe relaties en leveranciers"
    ANDEREN = "anderen", "Anderen"


class RolOrganisatie(models.TextChoices):
    VERWERKINGSVERANTWOORDELIJKE = "vv", "Verwerkingsverantwoordelijke"
    VERWERKER = "verwerker", "Verwerker (voor een andere organisatie)"
    ONBEKEND = "onbekend", "Nog niet bepaald"


class Risico(models.TextChoices):
    GEEN = "geen", "Geen risico"
    RISICO = "risico", "Risico"
    HOOG = "hoog", "Hoog risico"


class WijzeInformeren(models.TextChoices):
    EMAIL = "email", "E-mail"
    BRIEF = "brief", "Brief"
    TELEFOON = "telefoon", "Telefonisch"
    PERSOONLIJK = "persoonlijk", "Persoonlijk gesprek"
    OPENBAAR = "openbaar", "Openbare mededeling (website, pers)"


class UitzonderingInformeren(models.TextChoices):
    """Art. 34 lid 3 AVG: grounds for not informing the data subjects of a high-risk breach."""

    ONBEGRIJPELIJK = "a", "a. De gegevens waren onbegrijpelijk gemaakt (bijv. versleuteld)"
    MAATREGELEN = "b", "b. Latere maatregelen maken het hoge risico onwaarschijnlijk"
    ONEVENREDIG = "c", "c. Onevenredige inspanning; openbare mededeling gedaan"


def choices_q(field: str, choices) -> models.Q:
    """Q for a CheckConstraint: the field holds one of the choices (or is blank)."""
    return models.Q(**{f"{field}__in": [*choices.values, ""]})
