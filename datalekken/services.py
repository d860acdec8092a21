"""Workflows on a datalek case. Every action writes one line to the case's timeline through
`log_gebeurtenis`, so the timeline is the complete record of who did what when."""

import logging
from dataclasses import asdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from datalekken.models import (
    Bijlage,
    Datalek,
    Fase,
    Gebeurtenis,
    RolOrganisatie,
    SoortIncident,
    Vervolgmelding,
)
from privacyportal.roles import Rol

logger = logging.getLogger(__name__)

GEARCHIVEERD = "Dit dossier is gearchiveerd en kan niet meer worden gewijzigd."


def melders():
    """The active users of the melder group with an e-mail address."""
    return (
        get_user_model()
        .objects.filter(groups__name=Rol.MELDER, is_active=True)
        .exclude(email="")
        .order_by("pk")
    )


def dossier_url(datalek: Datalek) -> str:
    return settings.SITE_URL + reverse("datalekken:detail", args=[datalek.pk])


def ensure_editable(datalek: Datalek) -> None:
    if datalek.is_gearchiveerd:
        raise ValidationError(GEARCHIVEERD)


def log_gebeurtenis(*, datalek: Datalek, wie, soort: str, omschrijving: str, notitie: str = ""):
    return Gebeurtenis.objects.create(
        datalek=datalek,
        wanneer=timezone.now(),
        wie=wie if wie is not None and wie.is_authenticated else None,
        soort=soort,
        omschrijving=omschrijving[:300],
        notitie=notitie,
    )


def _fase(datalek: Datalek, soort: str) -> Fase:
    return datalek.fasen.get(soort=soort)


def _start_fase(datalek: Datalek, soort: str, *, door) -> None:
    """Mark a phase 'bezig' when work on it starts, unless it is already further."""
    fase = _fase(datalek, soort)
    if fase.status == Fase.Status.OPEN:
        fase.set_status(Fase.Status.BEZIG, door=door)


# --- Melden (ontdekker) --------------------------------------------------------------------


@transaction.atomic
def report_datalek(*, datalek: Datalek, ingevoerd_door, notify: bool = True) -> Datalek:
    """Register a new report (filled in but unsaved) and tell the melders at once."""
    datalek.ingevoerd_door = ingevoerd_door
    datalek.save()
    if datalek.ontdekker_id:
        omschrijving = "Mogelijk datalek gemeld"
    else:
        omschrijving = (
            f"Melding van externe ontdekker vastgelegd ({datalek.ontdekker_omschrijving})"
        )
    log_gebeurtenis(
        datalek=datalek,
        wie=ingevoerd_door,
        soort=Gebeurtenis.Soort.GEMELD,
        omschrijving=omschrijving,
    )
    if notify:
        transaction.on_commit(lambda: notify_melders_new(datalek))
    return datalek


def notify_melders_new(datalek: Datalek) -> None:
    """The e-mail holds the dossiernummer and a link, never the contents of the report:
    e-mail is not the place for personal data."""
    ontvangers = list(melders().values_list("email", flat=True))
    if not ontvangers:
        logger.warning("Geen melders met e-mailadres voor datalek %s", datalek.dossiernummer)
        return
    _send(
        datalek=datalek,
        subject=f"Nieuwe melding mogelijk datalek {datalek.dossiernummer}",
        template="datalekken/email/nieuwe_melding.txt",
        ontvangers=ontvangers,
    )


@transaction.atomic
def add_aanvulling(*, datalek: Datalek, door, tekst: str) -> None:
    """The ontdekker adds something to their report: a line on the timeline, and an e-mail
    with only the link to the melder handling it (or all melders while none is)."""
    ensure_editable(datalek)
    log_gebeurtenis(
        datalek=datalek,
        wie=door,
        soort=Gebeurtenis.Soort.AANVULLING,
        omschrijving="Aanvulling van de ontdekker",
        notitie=tekst,
    )
    transaction.on_commit(lambda: notify_melders_aanvulling(datalek))


def behandelaars(datalek: Datalek) -> list:
    """Who handles the case for the ontdekker: the assigned melder, else all melders."""
    if datalek.melder is not None and datalek.melder.is_active:
        return [datalek.melder]
    return list(melders())


def notify_melders_aanvulling(datalek: Datalek) -> None:
    ontvangers = [m.email for m in behandelaars(datalek) if m.email]
    if not ontvangers:
        ontvangers = list(melders().values_list("email", flat=True))
    if not ontvangers:
        logger.warning("Geen melders met e-mailadres voor datalek %s", datalek.dossiernummer)
        return
    _send(
        datalek=datalek,
        subject=f"Aanvulling op melding {datalek.dossiernummer}",
        template="datalekken/email/aanvulling.txt",
        ontvangers=ontvangers,
    )


# --- Behandelen (melder, technicus) -----------------------------------------------------------


@transaction.atomic
def assign_datalek(*, datalek: Datalek, door, melder, technicus, notify: bool = True) -> None:
    """Assign the melder and the technicus; a newly assigned technicus gets an e-mail."""
    ensure_editable(datalek)
    nieuwe_technicus = (
        technicus if technicus is not None and technicus != datalek.technicus else None
    )
    wijzigingen = []
    if melder != datalek.melder:
        naam = melder.get_full_name() if melder else "niemand"
        wijzigingen.append(f"melder: {naam}")
    if technicus != datalek.technicus:
        naam = technicus.get_full_name() if technicus else "niemand"
        wijzigingen.append(f"technicus: {naam}")
    if not wijzigingen:
        return
    datalek.melder = melder
    datalek.technicus = technicus
    datalek.save(update_fields=["melder", "technicus"])
    if technicus is not None:
        _start_fase(datalek, Fase.Soort.INVENTARISEREN, door=door)
    log_gebeurtenis(
        datalek=datalek,
        wie=door,
        soort=Gebeurtenis.Soort.TOEGEWEZEN,
        omschrijving="Toegewezen: " + ", ".join(wijzigingen),
    )
    if notify and nieuwe_technicus is not None:
        transaction.on_commit(lambda: notify_technicus_assigned(datalek, nieuwe_technicus))


def _send(*, datalek: Datalek, subject: str, template: str, ontvangers: list[str]) -> None:
    """E-mail about a case: the dossiernummer and a link, never its contents."""
    context = {"datalek": datalek, "url": dossier_url(datalek)}
    try:
        send_mail(
            subject=subject,
            message=render_to_string(template, context),
            from_email=None,
            recipient_list=ontvangers,
        )
    except OSError:
        # The change is saved; the case is on the recipients' home page as well.
        logger.exception("E-mail over datalek %s niet verstuurd", datalek.dossiernummer)


def notify_technicus_assigned(datalek: Datalek, technicus) -> None:
    if not technicus.email:
        logger.warning(
            "Technicus %s heeft geen e-mailadres (datalek %s)",
            technicus.get_username(),
            datalek.dossiernummer,
        )
        return
    _send(
        datalek=datalek,
        subject=f"Datalek {datalek.dossiernummer} is aan je toegewezen",
        template="datalekken/email/toegewezen.txt",
        ontvangers=[technicus.email],
    )


# The links with the register. django-simple-history does not track them (no m2m_fields):
# the timeline records each change with the names linked and unlinked, who and when.
KOPPELINGEN = ("systemen", "verwerkingsactiviteiten")
DATALEK_VELDEN = frozenset(f.name for f in Datalek._meta.get_fields())


def koppeling_tekst(label: str, oud, nieuw) -> str:
    """'getroffen systemen: gekoppeld AFAS; ontkoppeld Website'."""
    oud, nieuw = set(oud), set(nieuw)
    delen = []
    if erbij := sorted(str(o) for o in nieuw - oud):
        delen.append("gekoppeld " + ", ".join(erbij))
    if eraf := sorted(str(o) for o in oud - nieuw):
        delen.append("ontkoppeld " + ", ".join(eraf))
    return f"{label}: {'; '.join(delen)}"


def _koppeling_wijzigingen(form) -> list[str]:
    """The text per changed link field. Call before saving: compares the stored links with
    the form's."""
    datalek: Datalek = form.instance
    teksten = []
    for naam in KOPPELINGEN:
        if naam not in form.changed_data:
            continue
        oud = getattr(datalek, naam).all()
        if naam == "verwerkingsactiviteiten":
            oud = oud.select_related("domein")
        label = str(form.fields[naam].label or naam).lower()
        teksten.append(koppeling_tekst(label, oud, form.cleaned_data[naam]))
    return teksten


@transaction.atomic
def update_feiten(*, form, door, soort: str = Gebeurtenis.Soort.FEITEN) -> None:
    """Save a ModelForm on the case and log which fields changed; changed links with the
    register are logged with the names linked and unlinked."""
    datalek: Datalek = form.instance
    ensure_editable(datalek)
    if not form.has_changed():
        return
    koppelingen = _koppeling_wijzigingen(form)
    velden = [
        str(form.fields[name].label or name).lower()
        for name in form.changed_data
        # The case's own fields: not the links, nor a form's confirmation box.
        if name not in KOPPELINGEN and name in DATALEK_VELDEN
    ]
    if velden:
        form.save()
    else:
        # Only the links changed: no new (empty) version in the field history.
        form.save(commit=False)
        form.save_m2m()
    if soort == Gebeurtenis.Soort.TECHNIEK:
        _start_fase(datalek, Fase.Soort.INVENTARISEREN, door=door)
    delen = (["Bijgewerkt: " + ", ".join(velden)] if velden else []) + koppelingen
    omschrijving = "; ".join(delen)
    omschrijving = omschrijving[0].upper() + omschrijving[1:]
    log_gebeurtenis(
        datalek=datalek,
        wie=door,
        soort=soort,
        omschrijving=omschrijving,
        # A long list of activities does not fit the line: the note keeps all of it.
        notitie=omschrijving if len(omschrijving) > 300 else "",
    )


def fase_ontbreekt(datalek: Datalek, soort: str, status: str) -> list[str]:
    """What is missing before a phase may get this status (empty: allowed)."""
    if status == Fase.Status.NVT and soort not in Fase.MAG_NVT:
        return [f"De fase {Fase.Soort(soort).label.lower()} kan niet 'n.v.t.' zijn."]
    if soort == Fase.Soort.ARCHIVEREN:
        return ["Archiveer het dossier met de knop 'Archiveren'."]
    if status == Fase.Status.NVT and soort == Fase.Soort.MELDEN and datalek.is_meldplichtig:
        return ["Volgens het besluit moet dit datalek bij de AP worden gemeld."]
    if status != Fase.Status.AFGEROND:
        return []
    if soort == Fase.Soort.KWALIFICEREN and not datalek.is_gekwalificeerd:
        return ["Leg eerst het besluit over de kwalificatie vast."]
    if soort == Fase.Soort.MELDEN:
        return melden_ontbreekt(datalek)
    return []


def melden_ontbreekt(datalek: Datalek) -> list[str]:
    ontbreekt = []
    if not datalek.is_gekwalificeerd:
        ontbreekt.append("Het besluit of er gemeld moet worden ontbreekt nog.")
        return ontbreekt
    if datalek.besluit_melden_ap and not datalek.is_gemeld_bij_ap:
        ontbreekt.append("De melding bij de AP is nog niet vastgelegd.")
    if datalek.besluit_informeren_betrokkenen and not datalek.betrokkenen_afgehandeld:
        ontbreekt.append(
            "Leg vast hoe de betrokkenen zijn geïnformeerd, of waarom dat niet hoeft"
            " (art. 34 lid 3 AVG)."
        )
    return ontbreekt


@transaction.atomic
def update_fase(*, datalek: Datalek, soort: str, status: str, door, notitie: str = "") -> bool:
    """Set the phase's status, with an optional note. False when nothing changed (the same
    status, no note): then nothing is written."""
    ensure_editable(datalek)
    ontbreekt = fase_ontbreekt(datalek, soort, status)
    if ontbreekt:
        raise ValidationError(ontbreekt)
    fase = _fase(datalek, soort)
    if fase.status == status and not notitie:
        return False
    fase.set_status(status, door=door)
    log_gebeurtenis(
        datalek=datalek,
        wie=door,
        soort=Gebeurtenis.Soort.FASE,
        omschrijving=(
            f"Fase {fase.get_soort_display().lower()}: {fase.get_status_display().lower()}"
        ),
        notitie=notitie,
    )
    return True


@transaction.atomic
def record_feiten_beslisschema(*, form, door) -> None:
    """Save the answers to the beslisschema's questions; starts the kwalificeren phase."""
    datalek: Datalek = form.instance
    ensure_editable(datalek)
    if not form.has_changed():
        return
    form.save()
    _start_fase(datalek, Fase.Soort.KWALIFICEREN, door=door)
    advies = datalek.advies()
    log_gebeurtenis(
        datalek=datalek,
        wie=door,
        soort=Gebeurtenis.Soort.FEITEN,
        omschrijving=f"Vragen van het beslisschema beantwoord; advies: {advies_kort(advies)}",
    )


def advies_kort(advies) -> str:
    if not advies.is_datalek:
        return "geen datalek"
    if advies.informeren_betrokkenen:
        return "melden bij de AP en betrokkenen informeren"
    if advies.melden_ap:
        return "melden bij de AP"
    return "alleen registreren"


@transaction.atomic
def record_besluit(
    *, datalek: Datalek, door, is_datalek: bool, melden_ap: bool, informeren: bool, motivering: str
) -> None:
    """The melder's decision. The advice at that moment is kept with it, so the file shows
    later what was proposed and why the melder deviated."""
    ensure_editable(datalek)
    advies = datalek.advies()
    datalek.besluit_is_datalek = is_datalek
    datalek.besluit_melden_ap = melden_ap
    datalek.besluit_informeren_betrokkenen = informeren
    datalek.besluit_risico = advies.risico
    datalek.besluit_motivering = motivering
    datalek.advies_bij_besluit = {**asdict(advies), "redenen": list(advies.redenen)}
    datalek.gekwalificeerd_op = timezone.now()
    datalek.gekwalificeerd_door = door
    datalek.save()
    _fase(datalek, Fase.Soort.KWALIFICEREN).set_status(Fase.Status.AFGEROND, door=door)

    melden = _fase(datalek, Fase.Soort.MELDEN)
    if not melden_ap and not informeren:
        # Nothing to notify: the phase is done by the decision itself.
        if melden.status != Fase.Status.NVT:
            melden.set_status(Fase.Status.NVT, door=door)
    elif melden.status == Fase.Status.NVT or (
        melden.status == Fase.Status.AFGEROND and melden_ontbreekt(datalek)
    ):
        melden.set_status(Fase.Status.OPEN, door=door)

    uitkomst = "geen datalek" if not is_datalek else "datalek"
    if is_datalek:
        uitkomst += ", melden bij de AP" if melden_ap else ", niet melden bij de AP"
        uitkomst += ", betrokkenen informeren" if informeren else ""
    afwijkend = " (wijkt af van het advies)" if datalek.besluit_wijkt_af else ""
    log_gebeurtenis(
        datalek=datalek,
        wie=door,
        soort=Gebeurtenis.Soort.GEKWALIFICEERD,
        omschrijving=f"Besluit: {uitkomst}{afwijkend}",
        notitie=motivering,
    )


def _complete_melden_if_done(datalek: Datalek, *, door) -> None:
    melden = _fase(datalek, Fase.Soort.MELDEN)
    if datalek.is_gekwalificeerd and not melden_ontbreekt(datalek):
        if melden.status != Fase.Status.AFGEROND:
            melden.set_status(Fase.Status.AFGEROND, door=door)
    elif melden.status == Fase.Status.OPEN:
        melden.set_status(Fase.Status.BEZIG, door=door)


@transaction.atomic
def record_ap_melding(*, form, door, bestanden: dict) -> None:
    """The notification to the AP, with the copy and the receipt as attachments."""
    datalek: Datalek = form.instance
    ensure_editable(datalek)
    form.save()
    for soort, upload in bestanden.items():
        if upload:
            add_bijlage(datalek=datalek, door=door, upload=upload, soort=soort)
    te_laat = " (na de termijn van 72 uur)" if datalek.is_te_laat_gemeld() else ""
    log_gebeurtenis(
        datalek=datalek,
        wie=door,
        soort=Gebeurtenis.Soort.AP_GEMELD,
        omschrijving=(
            f"Melding bij de AP vastgelegd: {datalek.ap_meldingsnummer},"
            f" {timezone.localtime(datalek.ap_gemeld_op):%d-%m-%Y %H:%M}{te_laat}"
        ),
        notitie=datalek.ap_reden_vertraging,
    )
    _complete_melden_if_done(datalek, door=door)


@transaction.atomic
def add_vervolgmelding(*, datalek: Datalek, door, form) -> Vervolgmelding:
    ensure_editable(datalek)
    vervolg = form.save(commit=False)
    vervolg.datalek = datalek
    vervolg.vastgelegd_door = door
    vervolg.save()
    log_gebeurtenis(
        datalek=datalek,
        wie=door,
        soort=Gebeurtenis.Soort.VERVOLGMELDING,
        omschrijving=f"{vervolg.get_soort_display()} van de melding bij de AP vastgelegd",
        notitie=vervolg.toelichting,
    )
    return vervolg


@transaction.atomic
def record_betrokkenen(*, form, door) -> None:
    datalek: Datalek = form.instance
    ensure_editable(datalek)
    form.save()
    if datalek.betrokkenen_geinformeerd_op:
        omschrijving = (
            f"Betrokkenen geïnformeerd ({datalek.get_betrokkenen_wijze_display().lower()},"
            f" {timezone.localtime(datalek.betrokkenen_geinformeerd_op):%d-%m-%Y})"
        )
    else:
        omschrijving = (
            "Betrokkenen niet geïnformeerd, grond art. 34 lid 3 onder"
            f" {datalek.uitzondering_informeren}"
        )
    log_gebeurtenis(
        datalek=datalek, wie=door, soort=Gebeurtenis.Soort.BETROKKENEN, omschrijving=omschrijving
    )
    _complete_melden_if_done(datalek, door=door)


@transaction.atomic
def add_bijlage(*, datalek: Datalek, door, upload, soort: str, omschrijving: str = "") -> Bijlage:
    """`upload` has been checked by `bijlagen.validate_upload`."""
    ensure_editable(datalek)
    bijlage = Bijlage(
        datalek=datalek,
        soort=soort,
        bestandsnaam=upload.name[:200],
        content_type=upload.gecontroleerd_type,
        grootte=upload.size,
        omschrijving=omschrijving,
        toegevoegd_door=door,
        toegevoegd_op=timezone.now(),
    )
    bijlage.bestand.save(upload.name, upload, save=False)
    bijlage.save()
    log_gebeurtenis(
        datalek=datalek,
        wie=door,
        soort=Gebeurtenis.Soort.BIJLAGE,
        omschrijving=f"Bijlage toegevoegd: {bijlage.bestandsnaam} ({bijlage.get_soort_display()})",
    )
    return bijlage


def log_download(*, bijlage: Bijlage, door) -> None:
    # Downloads are logged on archived cases too: reading is always allowed.
    log_gebeurtenis(
        datalek=bijlage.datalek,
        wie=door,
        soort=Gebeurtenis.Soort.DOWNLOAD,
        omschrijving=f"Bijlage gedownload: {bijlage.bestandsnaam}",
    )


@transaction.atomic
def add_notitie(*, datalek: Datalek, door, tekst: str) -> None:
    ensure_editable(datalek)
    log_gebeurtenis(
        datalek=datalek,
        wie=door,
        soort=Gebeurtenis.Soort.NOTITIE,
        omschrijving="Notitie",
        notitie=tekst,
    )


# --- Archiveren ----------------------------------------------------------------------------


def dossier_ontbreekt(datalek: Datalek) -> list[str]:
    """The facts art. 33 lid 5 AVG asks to document for every breach, as far as missing:
    what happened and why, its nature, the library's role, and what was done about it."""
    ontbreekt = []
    if datalek.soort == SoortIncident.ONBEKEND:
        ontbreekt.append("Kies de soort incident (Feiten bewerken).")
    # Aard and role say something about the personal data: not asked when the decision
    # is that it was no datalek.
    datalek_mogelijk = datalek.besluit_is_datalek is not False
    if datalek_mogelijk and not datalek.aard:
        ontbreekt.append(
            "Leg de aard van het incident vast: vertrouwelijkheid, integriteit of"
            " beschikbaarheid (beslisschema)."
        )
    if datalek_mogelijk and datalek.rol_organisatie == RolOrganisatie.ONBEKEND:
        ontbreekt.append(
            "Kies de rol van de bibliotheek: verwerkingsverantwoordelijke of verwerker"
            " (Feiten bewerken)."
        )
    if not datalek.oorzaak.strip():
        ontbreekt.append("Beschrijf de oorzaak van het incident.")
    if not (datalek.maatregelen_direct.strip() or datalek.maatregelen_structureel.strip()):
        ontbreekt.append("Beschrijf de genomen maatregelen, direct of structureel.")
    return ontbreekt


def archiveren_ontbreekt(datalek: Datalek) -> list[str]:
    """Everything still needed before the case may be archived, in Dutch, for the page."""
    ontbreekt = []
    for fase in datalek.fasen.all():
        if fase.soort == Fase.Soort.ARCHIVEREN or fase.is_klaar:
            continue
        if fase.soort == Fase.Soort.MELDEN and datalek.is_gekwalificeerd:
            if not datalek.besluit_melden_ap and not datalek.besluit_informeren_betrokkenen:
                continue  # not meldplichtig: nothing to notify
            ontbreekt.extend(melden_ontbreekt(datalek))
            if not melden_ontbreekt(datalek):
                ontbreekt.append("Rond de fase melden af.")
            continue
        if fase.soort == Fase.Soort.KWALIFICEREN and not datalek.is_gekwalificeerd:
            ontbreekt.append(
                "Kwalificeer het incident met het beslisschema en leg het besluit vast."
            )
            continue
        if fase.soort == Fase.Soort.MELDEN:
            continue  # covered by the kwalificeren line above
        ontbreekt.append(f"Rond de fase {fase.get_soort_display().lower()} af (of zet op n.v.t.).")
    return ontbreekt + dossier_ontbreekt(datalek)


@transaction.atomic
def archive_datalek(*, datalek: Datalek, door, notitie: str = "") -> None:
    ensure_editable(datalek)
    ontbreekt = archiveren_ontbreekt(datalek)
    if ontbreekt:
        raise ValidationError(ontbreekt)
    nu = timezone.now()
    melden = _fase(datalek, Fase.Soort.MELDEN)
    if not melden.is_klaar:
        melden.set_status(Fase.Status.NVT, door=door, nu=nu)
    _fase(datalek, Fase.Soort.ARCHIVEREN).set_status(Fase.Status.AFGEROND, door=door, nu=nu)
    datalek.gearchiveerd_op = nu
    datalek.save(update_fields=["gearchiveerd_op"])
    log_gebeurtenis(
        datalek=datalek,
        wie=door,
        soort=Gebeurtenis.Soort.GEARCHIVEERD,
        omschrijving="Dossier gearchiveerd",
        notitie=notitie,
    )
