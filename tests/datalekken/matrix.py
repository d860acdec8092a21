"""Every datalekken URL × every role, with object-level rows: a technicus sees only the
cases assigned to them and on those only the technical attachments and their own, an
ontdekker only the status of their own reports, management only counts."""

from datetime import timedelta

from django.utils import timezone

from datalekken.models import Bijlage
from tests.datalekken.factories import DatalekFactory, bijlage_for, ready_to_archive
from tests.factories import UserFactory
from tests.matrix import STAFF, Row, allow

LEZERS = allow("melder", "fg", "technicus")


def eigen(cast, **velden):
    """A case reported by the cast's medewerker and assigned to the cast's technicus."""
    return DatalekFactory(ontdekker=cast["medewerker"], technicus=cast["technicus"], **velden)


def ander(cast):
    """A case reported by someone else and assigned to another technicus."""
    return DatalekFactory(technicus=UserFactory(rollen=["technicus"]))


def pk_eigen(cast):
    return {"pk": eigen(cast).pk}


def pk_ander(cast):
    return {"pk": ander(cast).pk}


def pk_gemeld(cast):
    return {"pk": eigen(cast, ap_gemeld_op=timezone.now(), ap_meldingsnummer="M-1").pk}


def pk_klaar(cast):
    return {"pk": ready_to_archive(eigen(cast), cast["melder"]).pk}


def bijlage_eigen(cast):
    """The AP notification's copy: not for the technicus."""
    datalek = eigen(cast)
    return {"pk": datalek.pk, "bijlage_pk": bijlage_for(datalek, cast["melder"]).pk}


def bijlage_technisch(cast):
    datalek = eigen(cast)
    bijlage = bijlage_for(datalek, cast["melder"], soort=Bijlage.Soort.BEWIJS)
    return {"pk": datalek.pk, "bijlage_pk": bijlage.pk}


def bijlage_van_technicus(cast):
    datalek = eigen(cast)
    bijlage = bijlage_for(datalek, cast["technicus"], soort=Bijlage.Soort.OVERIG)
    return {"pk": datalek.pk, "bijlage_pk": bijlage.pk}


def aanvulling_data(cast, kwargs):
    return {"tekst": "De ontvanger heeft de mail inmiddels verwijderd."}


def bijlage_ander(cast):
    datalek = ander(cast)
    return {"pk": datalek.pk, "bijlage_pk": bijlage_for(datalek, cast["melder"]).pk}


def melding_data(cast, kwargs):
    return {
        "titel": "Laptop kwijt in de trein",
        "samenvatting": "De laptop van de balie is in de trein blijven liggen.",
        "soort": "verlies_diefstal",
        "ontdekt_op": f"{timezone.localdate() - timedelta(days=3):%Y-%m-%d}T09:30",
    }


ROWS = [
    Row("datalekken:lijst", LEZERS),
    Row("datalekken:melden", STAFF),
    Row("datalekken:melden", STAFF, method="post", data=melding_data, ok=302),
    Row("datalekken:mijn_meldingen", STAFF),
    Row("datalekken:melding_status", allow("medewerker"), kwargs=pk_eigen, denied=404),
    Row(
        "datalekken:melding_status",
        allow(),
        kwargs=pk_ander,
        denied=404,
        label="melding van een ander",
    ),
    Row(
        "datalekken:aanvulling",
        allow("medewerker"),
        kwargs=pk_eigen,
        method="post",
        data=aanvulling_data,
        ok=302,
        denied=404,
    ),
    Row(
        "datalekken:aanvulling",
        allow(),
        kwargs=pk_ander,
        method="post",
        data=aanvulling_data,
        denied=404,
        label="melding van een ander",
    ),
    Row("datalekken:overzicht", allow("management", "fg", "melder")),
    Row("datalekken:detail", LEZERS, kwargs=pk_eigen, denied=404),
    Row(
        "datalekken:detail",
        allow("melder", "fg"),
        kwargs=pk_ander,
        denied=404,
        label="andere technicus",
    ),
    # For the AP: melder and FG; not for the technicus, not even on their own case.
    Row("datalekken:samenvatting", allow("melder", "fg"), kwargs=pk_eigen),
    Row("datalekken:feiten", allow("melder"), kwargs=pk_eigen),
    Row("datalekken:techniek", allow("melder", "technicus"), kwargs=pk_eigen),
    Row("datalekken:toewijzen", allow("melder"), kwargs=pk_eigen),
    Row(
        "datalekken:fase",
        allow("melder", "technicus"),
        kwargs=lambda cast: {**pk_eigen(cast), "soort": "repareren"},
        method="post",
        data=lambda cast, kw: {"repareren-status": "bezig"},
        ok=302,
    ),
    Row(
        "datalekken:fase",
        allow("melder"),
        kwargs=lambda cast: {**pk_eigen(cast), "soort": "kwalificeren"},
        method="post",
        data=lambda cast, kw: {"kwalificeren-status": "bezig"},
        ok=302,
        label="alleen melder",
    ),
    Row("datalekken:kwalificeren", allow("melder"), kwargs=pk_eigen),
    Row(
        "datalekken:besluit",
        allow("melder"),
        kwargs=pk_eigen,
        method="post",
        data=lambda cast, kw: {
            "is_datalek": "ja",
            "melden_ap": "ja",
            "informeren": "nee",
            "motivering": "Geen hoog risico: alleen namen.",
        },
        ok=302,
    ),
    Row("datalekken:ap_melding", allow("melder"), kwargs=pk_eigen),
    Row("datalekken:vervolgmelding", allow("melder"), kwargs=pk_gemeld),
    Row("datalekken:betrokkenen", allow("melder"), kwargs=pk_eigen),
    Row("datalekken:bijlage_toevoegen", allow("melder", "technicus"), kwargs=pk_eigen),
    Row(
        "datalekken:bijlage_downloaden",
        allow("melder", "fg"),
        kwargs=bijlage_eigen,
        denied=404,
        label="afschrift AP-melding",
    ),
    Row(
        "datalekken:bijlage_downloaden",
        LEZERS,
        kwargs=bijlage_technisch,
        denied=404,
        label="technische bijlage",
    ),
    Row(
        "datalekken:bijlage_downloaden",
        LEZERS,
        kwargs=bijlage_van_technicus,
        denied=404,
        label="eigen bijlage technicus",
    ),
    Row(
        "datalekken:bijlage_downloaden",
        allow("melder", "fg"),
        kwargs=bijlage_ander,
        denied=404,
        label="andere technicus",
    ),
    Row(
        "datalekken:notitie",
        allow("melder", "technicus"),
        kwargs=pk_eigen,
        method="post",
        data=lambda cast, kw: {"tekst": "Logbestanden opgevraagd."},
        ok=302,
    ),
    Row("datalekken:archiveren", allow("melder"), kwargs=pk_klaar, method="post", ok=302),
]
