"""The import's set-based writes: the preview stores nothing, and the real import stores the
same rows and history as saving each activity on its own would."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from register.models import (
    Domein,
    Systeem,
    Verwerker,
    Verwerkersovereenkomst,
    Verwerkingsactiviteit,
)
from register.resources import (
    CHANGE_REASON,
    MODEL_FIELDS,
    insert_history,
    update_activiteiten,
)
from register.services import import_register
from tests.register.factories import (
    ActiviteitFactory,
    DomeinFactory,
    OvereenkomstFactory,
    SysteemFactory,
    VerwerkerFactory,
)

pytestmark = pytest.mark.django_db

FIELDS = [Verwerkingsactiviteit._meta.get_field(name) for name in MODEL_FIELDS]
HISTORY_IGNORED = {"history_id", "history_date"}


def _varied_activiteiten():
    """Activities with and without foreign keys, dates and numbers."""
    hr = DomeinFactory(naam="HR", groep="intern", nummer=1)
    leden = DomeinFactory(naam="Publieksservice", groep="extern", nummer=2)
    bisc = VerwerkerFactory(naam="BiSC")
    ovk = OvereenkomstFactory(verwerker=bisc, status="getekend")
    return [
        ActiviteitFactory(
            domein=hr,
            volgnummer=1,
            verwerker=bisc,
            systeem=SysteemFactory(naam="AFAS"),
            verwerkersovereenkomst=ovk,
            verwerkersovereenkomst_antwoord="ja",
            laatst_beoordeeld_op=datetime.date(2024, 12, 31),
            opmerkingen="Eerste",
        ),
        ActiviteitFactory(
            domein=leden,
            volgnummer=1,
            bewaartermijn_getal=None,
            bewaartermijn_eenheid="",
            bewaartermijn_tekst="proc.",
            laatst_opgeschoond_op=datetime.date(2025, 2, 1),
        ),
        ActiviteitFactory(domein=leden, volgnummer=2, grondslag="toestemming"),
    ]


def _stored(pk) -> dict:
    return Verwerkingsactiviteit.objects.filter(pk=pk).values(*(f.attname for f in FIELDS))[0]


def _history_rows(pks) -> list[dict]:
    model = Verwerkingsactiviteit.history.model
    names = [f.attname for f in model._meta.fields if f.attname not in HISTORY_IGNORED]
    return list(model.objects.filter(id__in=pks).order_by("id", "history_id").values(*names))


def test_the_bulk_update_stores_what_saving_each_instance_would():
    first, second, third = _varied_activiteiten()
    # Every kind of change: to NULL and from NULL, text with quotes, a new line and unicode.
    first.verwerker = None
    first.systeem = None
    first.verwerkersovereenkomst = None
    first.laatst_beoordeeld_op = None
    first.opmerkingen = 'Met "aanhalingstekens",\nregels en één ‘accent’ \\ backslash'
    second.bewaartermijn_getal, second.bewaartermijn_eenheid = 7, "jaar"
    second.bewaartermijn_tekst = ""
    second.laatst_opgeschoond_op = datetime.date(2026, 1, 31)
    second.verwerker = Verwerker.objects.get(naam="BiSC")
    third.grondslag = ""
    third.naam = "x" * 200
    expected = {a.pk: {f.attname: getattr(a, f.attname) for f in FIELDS} for a in (first, second)}
    expected[third.pk] = {f.attname: getattr(third, f.attname) for f in FIELDS}
    moment = timezone.now()

    update_activiteiten([first, second, third], MODEL_FIELDS, gewijzigd_op=moment)

    for pk, values in expected.items():
        assert _stored(pk) == values
    assert set(Verwerkingsactiviteit.objects.values_list("gewijzigd_op", flat=True)) == {moment}


@pytest.mark.parametrize("history_type", ["+", "~"])
def test_the_history_insert_equals_simple_historys_own_rows(history_type):
    activiteiten = _varied_activiteiten()
    user = get_user_model().objects.create_user("fg-import")
    pks = [a.pk for a in activiteiten]
    Verwerkingsactiviteit.history.model.objects.all().delete()

    Verwerkingsactiviteit.history.bulk_history_create(
        activiteiten,
        update=history_type == "~",
        default_user=user,
        default_change_reason=CHANGE_REASON,
    )
    theirs = _history_rows(pks)
    Verwerkingsactiviteit.history.model.objects.all().delete()
    before = timezone.now()
    insert_history(pks, history_type=history_type, user=user, change_reason=CHANGE_REASON)
    ours = _history_rows(pks)

    assert len(ours) == 3 and ours == theirs
    assert all(
        before <= row.history_date <= timezone.now()
        for row in Verwerkingsactiviteit.history.model.objects.all()
    )


def _changed_register_csv() -> str:
    return (
        "Intern/Extern;Domein;Volgnummer;Naam verwerking;Verwerker;Systeem;"
        "Verwerkersovereenkomst;Status verwerkersovereenkomst;Laatst beoordeeld op;Opmerkingen\r\n"
        # Unchanged.
        "Intern;HR;1;Verwerking HR;BiSC;AFAS;BiSC;Getekend;31-12-2024;Eerste\r\n"
        # A new verwerker and system where there were none; an agreement with a new party.
        "Extern;Publieksservice;1;Uitleningen;Nieuw B.V.;Nieuw systeem;Nieuw B.V.;Concept "
        "gestuurd;;\r\n"
        # A date cleared and a remark changed.
        "Extern;Publieksservice;2;Toestemmingen;geen;;nee;;;Gewijzigd\r\n"
        # A new activity in a new domain.
        "Extern;Programma;1;VoorleesExpress;geen;;nvt;;01-02-2025;Nieuw\r\n"
    )


def _register_for_the_csv():
    hr = DomeinFactory(naam="HR", groep="intern", nummer=1)
    leden = DomeinFactory(naam="Publieksservice", groep="extern", nummer=2)
    bisc = VerwerkerFactory(naam="BiSC")
    ovk = OvereenkomstFactory(verwerker=bisc, status="getekend")
    ActiviteitFactory(
        domein=hr,
        volgnummer=1,
        naam="Verwerking HR",
        verwerker=bisc,
        systeem=SysteemFactory(naam="AFAS"),
        verwerkersovereenkomst=ovk,
        verwerkersovereenkomst_antwoord="ja",
        laatst_beoordeeld_op=datetime.date(2024, 12, 31),
        opmerkingen="Eerste",
        bewaartermijn_getal=None,
        bewaartermijn_eenheid="",
    )
    ActiviteitFactory(
        domein=leden,
        volgnummer=1,
        naam="Uitleningen",
        verwerkersovereenkomst_antwoord="nee",
        bewaartermijn_getal=None,
        bewaartermijn_eenheid="",
    )
    ActiviteitFactory(
        domein=leden,
        volgnummer=2,
        naam="Toestemmingen",
        verwerkersovereenkomst_antwoord="nee",
        laatst_beoordeeld_op=datetime.date(2025, 1, 1),
        bewaartermijn_getal=None,
        bewaartermijn_eenheid="",
    )


WRITES = ("INSERT", "UPDATE", "DELETE")


def test_the_preview_compares_in_memory_and_writes_nothing():
    _register_for_the_csv()
    with CaptureQueriesContext(connection) as queries:
        report = import_register(
            filename="r.csv", data=_changed_register_csv().encode(), dry_run=True
        )

    assert report.fouten == []
    assert (report.created, report.updated, report.unchanged) == (1, 2, 1)
    assert report.nieuwe_verwerkers == ["Nieuw B.V."]
    assert report.nieuwe_systemen == ["Nieuw systeem"]
    assert [r["rij"] for r in report.rows] == [2, 3, 4, 5]
    writes = [q["sql"] for q in queries.captured_queries if q["sql"].lstrip().startswith(WRITES)]
    assert writes == []
    assert (Domein.objects.count(), Verwerker.objects.count(), Systeem.objects.count()) == (2, 1, 1)
    assert Verwerkersovereenkomst.objects.count() == 1


def test_the_real_import_stores_the_new_lookups_rows_and_history():
    _register_for_the_csv()
    user = get_user_model().objects.create_user("fg-import")
    history = Verwerkingsactiviteit.history.model
    history.objects.all().delete()

    report = import_register(
        filename="r.csv", data=_changed_register_csv().encode(), dry_run=False, user=user
    )

    assert report.fouten == []
    assert (report.created, report.updated, report.unchanged) == (1, 2, 1)
    uitleningen = Verwerkingsactiviteit.objects.get(naam="Uitleningen")
    nieuw = Verwerker.objects.get(naam="Nieuw B.V.")
    assert uitleningen.verwerker == nieuw
    assert uitleningen.systeem == Systeem.objects.get(naam="Nieuw systeem")
    assert uitleningen.verwerkersovereenkomst.verwerker == nieuw
    assert uitleningen.verwerkersovereenkomst.status == "concept_gestuurd"
    toestemmingen = Verwerkingsactiviteit.objects.get(naam="Toestemmingen")
    assert toestemmingen.laatst_beoordeeld_op is None
    assert toestemmingen.opmerkingen == "Gewijzigd"
    voorlees = Verwerkingsactiviteit.objects.get(naam="VoorleesExpress")
    assert (voorlees.domein.naam, voorlees.domein.groep) == ("Programma", "extern")

    # One history row per changed or new activity (not for the unchanged one), equal to the
    # stored row, with the importing user and the reason.
    rows = history.objects.order_by("naam")
    assert [(h.naam, h.history_type) for h in rows] == [
        ("Toestemmingen", "~"),
        ("Uitleningen", "~"),
        ("VoorleesExpress", "+"),
    ]
    for row in rows:
        stored = _stored(row.id)
        assert {name: getattr(row, name) for name in stored} == stored
        assert (row.history_user, row.history_change_reason) == (user, CHANGE_REASON)


def test_a_file_with_an_error_stores_no_new_lookups_either():
    _register_for_the_csv()
    broken = _changed_register_csv().replace("01-02-2025", "morgen")

    report = import_register(filename="r.csv", data=broken.encode(), dry_run=False)

    assert [(f.rij, f.kolom) for f in report.fouten] == [(5, "Laatst beoordeeld op")]
    assert not Verwerker.objects.filter(naam="Nieuw B.V.").exists()
    assert not Domein.objects.filter(naam="Programma").exists()
    assert Verwerkingsactiviteit.objects.get(naam="Toestemmingen").opmerkingen == ""


def test_a_new_system_on_a_row_without_one_is_a_change():
    # The new system has no id until the import is written; the row must still count as
    # changed, not as unchanged because both system ids are empty.
    ActiviteitFactory(domein=DomeinFactory(naam="HR"), volgnummer=1, naam="Werving")
    csv = "Domein;Volgnummer;Naam verwerking;Systeem\r\nHR;1;Werving;Recruitee\r\n"

    preview = import_register(filename="r.csv", data=csv.encode(), dry_run=True)
    report = import_register(filename="r.csv", data=csv.encode(), dry_run=False)

    assert (preview.updated, preview.unchanged) == (report.updated, report.unchanged) == (1, 0)
    assert Verwerkingsactiviteit.objects.get().systeem.naam == "Recruitee"
