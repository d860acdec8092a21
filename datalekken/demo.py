"""Demo cases for Bibliotheek Rivierenland-Noord (fictional): six incidents in different
phases, one past its deadline, one archived, one assigned to the demo technicus.

Each case is built through the services, as a person would, with the clock set back to the
moment of each step, so the timelines and deadlines look real. Each saved case carries the
person acting (`_history_user`), so its change history names them instead of "systeem"."""

from contextlib import contextmanager
from datetime import timedelta
from unittest import mock

from django.core.files.base import ContentFile
from django.utils import timezone

from datalekken import services
from datalekken.bijlagen import validate_upload
from datalekken.forms import ApMeldingForm, BetrokkenenForm, VervolgmeldingForm
from datalekken.models import (
    Bijlage,
    Datalek,
    Fase,
    Gebeurtenis,
    RolOrganisatie,
    SoortIncident,
)
from register.models import Systeem, Verwerkingsactiviteit


@contextmanager
def _om(moment):
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def _melding(moment, ingevoerd_door, ontdekker=None, **velden):
    with _om(moment):
        datalek = Datalek(ontdekker=ontdekker, geregistreerd_op=moment, **velden)
        datalek._history_user = ingevoerd_door
        return services.report_datalek(datalek=datalek, ingevoerd_door=ingevoerd_door, notify=False)


def _feiten(datalek, moment, door, **antwoorden):
    datalek._history_user = door
    with _om(moment):
        for veld, waarde in antwoorden.items():
            setattr(datalek, veld, waarde)
        datalek.save()
        services.log_gebeurtenis(
            datalek=datalek,
            wie=door,
            soort="feiten",
            omschrijving="Vragen van het beslisschema beantwoord",
        )


def _besluit(datalek, moment, door, motivering=""):
    advies = datalek.advies()
    datalek._history_user = door
    with _om(moment):
        services.record_besluit(
            datalek=datalek,
            door=door,
            is_datalek=advies.is_datalek,
            melden_ap=advies.melden_ap,
            informeren=advies.informeren_betrokkenen,
            motivering=motivering,
        )


def _toewijzen(datalek, melder, technicus):
    """Assigned by the melder to themselves; the demo sends no e-mail."""
    datalek._history_user = melder
    services.assign_datalek(
        datalek=datalek, door=melder, melder=melder, technicus=technicus, notify=False
    )


def _fase(datalek, moment, door, soort, status, notitie=""):
    datalek._history_user = door
    with _om(moment):
        services.update_fase(
            datalek=datalek, soort=soort, status=status, door=door, notitie=notitie
        )


# The demo cases' links with the demo register (register/demo.py runs first): titel →
# (systemen, verwerkingsactiviteiten by name). The newest case is not yet picked up: unlinked.
KOPPELINGEN = {
    "Aanmeldformulier VoorleesExpress bij verkeerd gezin bezorgd": (
        ["Mijn VoorleesExpress"],
        ["VoorleesExpress"],
    ),
    "Ledenadministratie drie uur onbereikbaar na mislukte update": (
        ["BicatWISE"],
        ["Ledenadministratie", "Uitleningen en reserveringen"],
    ),
    "Oud-medewerker kon nog inloggen op de personeelsadministratie": (
        ["AFAS"],
        ["Personeelsdossiers", "Verzuimregistratie"],
    ),
    "Wachtwoord van balie-account buitgemaakt via phishingmail": (
        ["Microsoft 365"],
        ["Gebruikersaccounts en logging"],
    ),
    "Nieuwsbrief Taalhuis verstuurd met alle e-mailadressen zichtbaar": (
        ["Mailchimp"],
        ["Nieuwsbrief", "Taalhuis intake"],
    ),
}


def _koppel_register(melder) -> None:
    """Link the demo cases to the demo register, as the melder would on the facts form, an
    hour and a half after discovery. Names missing from the register are skipped."""
    for titel, (systeem_namen, activiteit_namen) in KOPPELINGEN.items():
        datalek = Datalek.objects.filter(titel=titel).first()
        systemen = list(Systeem.objects.filter(naam__in=systeem_namen))
        activiteiten = list(
            Verwerkingsactiviteit.objects.filter(naam__in=activiteit_namen).select_related("domein")
        )
        if datalek is None or not systemen or not activiteiten:
            continue
        datalek.systemen.set(systemen)
        datalek.verwerkingsactiviteiten.set(activiteiten)
        tekst = "; ".join(
            [
                services.koppeling_tekst("getroffen systemen", [], systemen),
                services.koppeling_tekst("getroffen verwerkingsactiviteiten", [], activiteiten),
            ]
        )
        with _om(datalek.ontdekt_op + timedelta(minutes=90)):
            services.log_gebeurtenis(
                datalek=datalek,
                wie=melder,
                soort=Gebeurtenis.Soort.FEITEN,
                omschrijving=tekst[0].upper() + tekst[1:],
            )


def _pdf(naam: str, tekst: str) -> ContentFile:
    inhoud = f"%PDF-1.4\n% Demobestand Privacyportaal\n% {tekst}\n%%EOF\n".encode()
    upload = ContentFile(inhoud, name=naam)
    validate_upload(upload)
    return upload


def load(users):
    if Datalek.objects.exists():
        return
    medewerker = users["medewerker"]
    melder = users["melder"]
    technicus = users["technicus"]
    nu = timezone.now().replace(second=0, microsecond=0)

    # 1. Archived: a reading-club form delivered to the wrong family, returned the same day.
    d = _melding(
        nu - timedelta(days=96),
        medewerker,
        ontdekker=medewerker,
        titel="Aanmeldformulier VoorleesExpress bij verkeerd gezin bezorgd",
        samenvatting=(
            "Een vrijwilliger van de VoorleesExpress heeft het aanmeldformulier van gezin A"
            " per ongeluk in de brievenbus van de buren gedaan. De buren hebben het formulier"
            " dezelfde middag teruggebracht naar de vestiging Dorpsstraat."
        ),
        soort=SoortIncident.VERKEERDE_ONTVANGER,
        begonnen_op=nu - timedelta(days=96, hours=6),
        ontdekt_op=nu - timedelta(days=96, hours=1),
        categorieen_persoonsgegevens=["naw", "contact", "geboortedatum"],
        categorieen_betrokkenen=["kinderen", "deelnemers"],
        gegevens_toelichting="Namen van ouders en twee kinderen, adres, telefoonnummer.",
        aantal_min=4,
        aantal_max=4,
        oorzaak="Huisnummers verwisseld bij het rondbrengen.",
        maatregelen_direct="Formulier teruggekregen; buren bevestigden dat ze geen kopie hebben.",
    )
    with _om(nu - timedelta(days=96) + timedelta(hours=1)):
        _toewijzen(d, melder, None)
    _feiten(
        d,
        nu - timedelta(days=96) + timedelta(hours=2),
        melder,
        feit_persoonsgegevens=True,
        aard_vertrouwelijkheid=True,
        aard_integriteit=False,
        aard_beschikbaarheid=False,
        feit_onbegrijpelijk=False,
        feit_ontvanger_vertrouwd_en_gewist=True,
        feit_kwade_opzet=False,
        feit_bijzondere_gegevens=False,
        feit_gevoelige_gegevens=False,
        feit_kwetsbare_groep=True,
        feit_buiten_organisatie=True,
    )
    _besluit(d, nu - timedelta(days=96) + timedelta(hours=2, minutes=10), melder)
    with _om(nu - timedelta(days=95)):
        d._history_user = melder
        d.maatregelen_structureel = (
            "Vrijwilligers geven formulieren voortaan alleen persoonlijk af."
        )
        d.rol_organisatie = RolOrganisatie.VERWERKINGSVERANTWOORDELIJKE
        d.save()
    _fase(d, nu - timedelta(days=95), melder, Fase.Soort.INVENTARISEREN, Fase.Status.AFGEROND)
    _fase(
        d,
        nu - timedelta(days=95),
        melder,
        Fase.Soort.REPAREREN,
        Fase.Status.AFGEROND,
        "Werkinstructie voor vrijwilligers aangepast.",
    )
    with _om(nu - timedelta(days=90)):
        services.archive_datalek(datalek=d, door=melder, notitie="Afgehandeld, geen melding.")

    # 2. Ready to archive: an outage, quickly restored; no notification needed.
    d = _melding(
        nu - timedelta(days=5),
        melder,
        ontdekker=None,
        ontdekker_extern_naam="R. Koster",
        ontdekker_extern_organisatie="Servicebureau Bibliotheeksystemen",
        ontdekker_extern_contact="servicedesk@servicebureau.example.org",
        titel="Ledenadministratie drie uur onbereikbaar na mislukte update",
        samenvatting=(
            "Na een update van de leverancier was de ledenadministratie van 08.10 tot 11.05"
            " uur niet te gebruiken. Uitlenen ging op papier; er zijn geen gegevens verloren."
        ),
        soort=SoortIncident.VERLIES_GEGEVENS,
        begonnen_op=nu - timedelta(days=5, hours=3),
        beeindigd_op=nu - timedelta(days=5),
        ontdekt_op=nu - timedelta(days=5, hours=2, minutes=50),
        categorieen_persoonsgegevens=["naw", "lidmaatschap", "leengeschiedenis"],
        categorieen_betrokkenen=["klanten"],
        aantal_min=9000,
        aantal_max=11000,
        oorzaak="Fout in de database-update van de leverancier.",
        verwerker="Servicebureau Bibliotheeksystemen",
    )
    with _om(nu - timedelta(days=5) + timedelta(minutes=20)):
        _toewijzen(d, melder, technicus)
    _feiten(
        d,
        nu - timedelta(days=4, hours=20),
        melder,
        feit_persoonsgegevens=True,
        aard_vertrouwelijkheid=False,
        aard_integriteit=False,
        aard_beschikbaarheid=True,
        feit_snel_hersteld=True,
        feit_bijzondere_gegevens=False,
        rol_organisatie=RolOrganisatie.VERWERKINGSVERANTWOORDELIJKE,
    )
    _besluit(d, nu - timedelta(days=4, hours=19), melder)
    _fase(d, nu - timedelta(days=4), technicus, Fase.Soort.INVENTARISEREN, Fase.Status.AFGEROND)
    with _om(nu - timedelta(days=4)):
        d._history_user = technicus
        d.maatregelen_direct = "Update teruggedraaid, back-up van die ochtend gecontroleerd."
        d.maatregelen_structureel = "Leverancier test updates voortaan eerst op een testomgeving."
        d.save()
    _fase(d, nu - timedelta(days=3), technicus, Fase.Soort.REPAREREN, Fase.Status.AFGEROND)

    # 3. Notified in time, with an addition; members informed.
    d = _melding(
        nu - timedelta(days=12),
        medewerker,
        ontdekker=medewerker,
        titel="Oud-medewerker kon nog inloggen op de personeelsadministratie",
        samenvatting=(
            "Bij een controle bleek dat het account van een medewerker die in maart vertrok"
            " nog actief was. Uit de logbestanden blijkt dat er in mei twee keer mee is"
            " ingelogd en dat salarisgegevens zijn bekeken."
        ),
        soort=SoortIncident.ONBEVOEGDE_INZAGE,
        ontdekt_op=nu - timedelta(days=12, hours=3),
        categorieen_persoonsgegevens=["naw", "financieel", "bsn_id", "personeel"],
        categorieen_betrokkenen=["medewerkers"],
        aantal_min=40,
        aantal_max=46,
    )
    with _om(nu - timedelta(days=12) + timedelta(hours=1)):
        _toewijzen(d, melder, technicus)
    _feiten(
        d,
        nu - timedelta(days=11, hours=20),
        melder,
        feit_persoonsgegevens=True,
        aard_vertrouwelijkheid=True,
        aard_integriteit=False,
        aard_beschikbaarheid=False,
        feit_onbegrijpelijk=False,
        feit_ontvanger_vertrouwd_en_gewist=False,
        feit_bijzondere_gegevens=False,
        feit_gevoelige_gegevens=True,
        feit_kwetsbare_groep=False,
        feit_kwade_opzet=None,
        feit_buiten_organisatie=True,
    )
    _besluit(d, nu - timedelta(days=11, hours=19), melder)
    with _om(nu - timedelta(days=10, hours=2)):
        form = ApMeldingForm(
            {
                "ap_meldingsnummer": f"M-{nu.year}-48213",
                "ap_gemeld_op": nu - timedelta(days=10, hours=2),
            },
            instance=d,
        )
        assert form.is_valid(), form.errors
        services.record_ap_melding(
            form=form,
            door=melder,
            bestanden={
                Bijlage.Soort.AFSCHRIFT_MELDING: _pdf("afschrift-melding-AP.pdf", "afschrift"),
                Bijlage.Soort.ONTVANGSTBEVESTIGING: _pdf(
                    "ontvangstbevestiging-AP.pdf", "ontvangst"
                ),
            },
        )
    with _om(nu - timedelta(days=8)):
        form = VervolgmeldingForm(
            {
                "soort": "aanvullen",
                "gedaan_op": nu - timedelta(days=8),
                "kenmerk": f"M-{nu.year}-48213",
                "toelichting": "Aantal betrokkenen vastgesteld op 46; account is verwijderd.",
            }
        )
        assert form.is_valid(), form.errors
        services.add_vervolgmelding(datalek=d, door=melder, form=form)
    with _om(nu - timedelta(days=9)):
        form = BetrokkenenForm(
            {
                "betrokkenen_geinformeerd_op": nu - timedelta(days=9),
                "betrokkenen_wijze": "email",
                "betrokkenen_bericht": (
                    "Beste collega, een account van een oud-medewerker was nog actief en is"
                    " gebruikt om salarisgegevens in te zien. Het account is geblokkeerd. Wees"
                    " alert op verdachte berichten en neem bij vragen contact op met de"
                    " functionaris gegevensbescherming."
                ),
            },
            instance=d,
        )
        assert form.is_valid(), form.errors
        services.record_betrokkenen(form=form, door=melder)
    with _om(nu - timedelta(days=11)):
        d._history_user = technicus
        d.maatregelen_direct = "Account geblokkeerd en verwijderd; wachtwoorden gereset."
        d.save()
    _fase(d, nu - timedelta(days=9), technicus, Fase.Soort.REPAREREN, Fase.Status.BEZIG)

    # 4. Assigned to the demo technicus, not yet qualified: phishing, 30 hours ago.
    d = _melding(
        nu - timedelta(hours=30),
        medewerker,
        ontdekker=medewerker,
        titel="Wachtwoord van balie-account buitgemaakt via phishingmail",
        samenvatting=(
            "Een collega van de klantenservice heeft op een link in een nepmail van 'de"
            " helpdesk' geklikt en haar wachtwoord ingevuld. Daarna zijn vanaf haar"
            " mailaccount berichten naar onbekende adressen verstuurd."
        ),
        soort=SoortIncident.INBRAAK,
        ontdekt_op=nu - timedelta(hours=30),
        begonnen_op=nu - timedelta(hours=33),
        categorieen_persoonsgegevens=["naw", "contact", "inlog"],
        categorieen_betrokkenen=["klanten", "medewerkers"],
        gegevens_toelichting="Mailbox met correspondentie met klanten; omvang nog onbekend.",
        maatregelen_direct="Wachtwoord gewijzigd, helpdesk gebeld.",
    )
    with _om(nu - timedelta(hours=29)):
        _toewijzen(d, melder, technicus)
    _fase(d, nu - timedelta(hours=26), technicus, Fase.Soort.REPAREREN, Fase.Status.BEZIG)

    # 5. Meldplichtig, 12 hours left: a newsletter with all addresses visible.
    d = _melding(
        nu - timedelta(hours=59, minutes=30),
        medewerker,
        ontdekker=medewerker,
        titel="Nieuwsbrief Taalhuis verstuurd met alle e-mailadressen zichtbaar",
        samenvatting=(
            "De nieuwsbrief van het Taalhuis is vanuit een gewone mailbox verstuurd met alle"
            " ontvangers in het aan-veld in plaats van in bcc."
        ),
        soort=SoortIncident.VERKEERDE_ONTVANGER,
        ontdekt_op=nu - timedelta(hours=59, minutes=30),
        begonnen_op=nu - timedelta(hours=61),
        categorieen_persoonsgegevens=["contact"],
        categorieen_betrokkenen=["deelnemers"],
        gegevens_toelichting="E-mailadressen, vaak met voor- en achternaam, van taalcursisten.",
        aantal_min=212,
        aantal_max=212,
        maatregelen_direct="Herroepen geprobeerd (lukte niet).",
    )
    with _om(nu - timedelta(hours=58)):
        _toewijzen(d, melder, None)
    _feiten(
        d,
        nu - timedelta(hours=50),
        melder,
        feit_persoonsgegevens=True,
        aard_vertrouwelijkheid=True,
        aard_integriteit=False,
        aard_beschikbaarheid=False,
        feit_onbegrijpelijk=False,
        feit_ontvanger_vertrouwd_en_gewist=False,
        feit_bijzondere_gegevens=False,
        feit_gevoelige_gegevens=False,
        feit_kwetsbare_groep=False,
        feit_kwade_opzet=False,
        feit_buiten_organisatie=False,
    )
    _besluit(
        d,
        nu - timedelta(hours=49),
        melder,
        "212 ontvangers zien elkaars adres; deelname aan een taalcursus zegt iets over"
        " taalvaardigheid. Melden, betrokkenen een excuusmail sturen is al toegezegd.",
    )
    _fase(d, nu - timedelta(hours=48), melder, Fase.Soort.REPAREREN, Fase.Status.NVT)

    # 6. Past the deadline: just reported, not yet picked up.
    _melding(
        nu - timedelta(hours=92),
        medewerker,
        ontdekker=medewerker,
        titel="Map met aanmeldformulieren Digicafé kwijt na verhuizing",
        samenvatting=(
            "Bij het opruimen na de verhuizing van het Digicafé is de map met papieren"
            " aanmeldformulieren van dit seizoen niet teruggevonden."
        ),
        soort=SoortIncident.VERLIES_DIEFSTAL,
        ontdekt_op=nu - timedelta(hours=92),
        categorieen_persoonsgegevens=["naw", "contact", "geboortedatum"],
        categorieen_betrokkenen=["deelnemers"],
        aantal_min=25,
        aantal_max=60,
        oorzaak="Onbekend; mogelijk bij het oud papier beland.",
    )

    _koppel_register(melder)
