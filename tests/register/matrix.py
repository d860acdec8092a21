"""Permission matrix of the register.

Every staff member (medewerker, redacteur, fg, melder, management) reads the register, as the
privacy policy says; technici (possibly at a supplier) and people without a role get 403.
Only the FG edits, records cycles, imports and exports. Export is FG-only: a complete copy
leaving the portal is the FG's decision. GEB documents are readable by all staff (the policy
makes GEB's available to all staff); signed agreements are contracts and FG-only.
"""

from django.core.files.base import ContentFile

from tests.matrix import STAFF, Row, allow
from tests.register.factories import (
    ActiviteitFactory,
    GEBFactory,
    OvereenkomstFactory,
    SysteemFactory,
    VerwerkerFactory,
)

FG = allow("fg")
PDF = b"%PDF-1.7\n%%EOF\n"


def activiteit(cast):
    return {"pk": ActiviteitFactory().pk}


def verwerker(cast):
    return {"pk": VerwerkerFactory().pk}


def overeenkomst(cast):
    return {"pk": OvereenkomstFactory().pk}


def overeenkomst_met_document(cast):
    ovk = OvereenkomstFactory(document_naam="ovk.pdf")
    ovk.document.save("ovk.pdf", ContentFile(PDF))
    return {"pk": ovk.pk}


def geb_met_document(cast):
    geb = GEBFactory(document_naam="geb.pdf")
    geb.document.save("geb.pdf", ContentFile(PDF))
    return {"pk": geb.activiteit_id}


def systeem(cast):
    return {"pk": SysteemFactory().pk}


def activiteit_data(cast, kwargs):
    from tests.register.factories import DomeinFactory

    return {"domein": DomeinFactory().pk, "volgnummer": 99, "naam": "Nieuwe verwerking"}


ROWS = [
    Row("register:activiteit_list", STAFF),
    Row(
        "register:activiteit_list", STAFF, query="geb=ontbreekt&aandacht=doorgifte", label="filters"
    ),
    Row("register:activiteit_detail", STAFF, kwargs=activiteit),
    Row("register:activiteit_create", FG),
    Row("register:activiteit_create", FG, method="post", data=activiteit_data, ok=302),
    Row("register:activiteit_update", FG, kwargs=activiteit),
    Row(
        "register:activiteit_update",
        FG,
        kwargs=activiteit,
        method="post",
        data=activiteit_data,
        ok=302,
    ),
    Row("register:activiteit_review", FG, kwargs=activiteit, method="post", ok=302),
    Row(
        "register:activiteit_review",
        FG,
        kwargs=lambda cast: {"pk": 999999},
        method="post",
        ok=404,
        label="onbekend",
    ),
    Row("register:geb_edit", FG, kwargs=activiteit),
    Row("register:geb_document", STAFF, kwargs=geb_met_document),
    Row("register:geb_document", STAFF, kwargs=activiteit, ok=404, label="zonder-document"),
    Row(
        "register:cleanup_record",
        FG,
        method="post",
        data=lambda cast, kw: {"activiteit": ActiviteitFactory().pk},
        ok=302,
    ),
    Row("register:verwerker_list", STAFF),
    Row("register:verwerker_detail", STAFF, kwargs=verwerker),
    Row("register:verwerker_create", FG),
    Row("register:verwerker_update", FG, kwargs=verwerker),
    Row("register:overeenkomst_create", FG, kwargs=verwerker),
    Row("register:overeenkomst_update", FG, kwargs=overeenkomst),
    Row("register:overeenkomst_check", FG, kwargs=overeenkomst, method="post", ok=302),
    Row("register:overeenkomst_document", FG, kwargs=overeenkomst_met_document),
    Row("register:systeem_list", STAFF),
    Row("register:systeem_detail", STAFF, kwargs=systeem),
    Row("register:systeem_create", FG),
    Row("register:systeem_update", FG, kwargs=systeem),
    Row("register:dashboard", FG),
    Row("register:import", FG),
    Row("register:import_confirm", FG, method="post", data=lambda c, k: {"token": "x"}, ok=302),
    Row("register:export", FG),
    Row("register:export", FG, query="formaat=csv", label="csv"),
]
