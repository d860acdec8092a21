"""Fixes from the review of the register: bad ids, future dates, the import's parked file and
where it lands, the domain labels and the Dutch of the home panel."""

import datetime
import io
import os
import time

import pytest
import time_machine
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.urls import reverse

from register.models import Domein, Verwerkingsactiviteit
from register.resources import parse_date
from register.services import import_register
from register.views import IMPORT_SESSION_KEY, PARKED_IMPORTS
from tests.register.factories import ActiviteitFactory, DomeinFactory
from tests.register.test_import import LIBRARY_CSV

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 3, 10)


# ---- 1: a cleanup POST with an id that is no number ------------------------------------


@pytest.mark.parametrize("value", ["abc", "1 OR 1=1", "²", "9" * 30, "-1"])
def test_cleanup_with_an_id_that_is_no_number_is_a_404_not_a_500(client_for, fg, value):
    activiteit = ActiviteitFactory(laatst_opgeschoond_op=None)
    response = client_for(fg).post(reverse("register:cleanup_record"), {"activiteit": value})
    assert response.status_code == 404
    activiteit.refresh_from_db()
    assert activiteit.laatst_opgeschoond_op is None


def test_cleanup_of_one_activity_still_works(client_for, fg):
    activiteit = ActiviteitFactory(laatst_opgeschoond_op=None)
    response = client_for(fg).post(
        reverse("register:cleanup_record"), {"activiteit": str(activiteit.pk)}
    )
    assert response.status_code == 302
    activiteit.refresh_from_db()
    assert activiteit.laatst_opgeschoond_op is not None


# ---- 2: review and clean-up dates after today -------------------------------------------


@time_machine.travel(datetime.datetime(2026, 3, 10, 12, 0), tick=False)
@pytest.mark.parametrize("field", ["laatst_beoordeeld_op", "laatst_opgeschoond_op"])
def test_activity_form_refuses_a_date_in_the_future_on_the_field(client_for, fg, field):
    domein = DomeinFactory()
    data = {"domein": domein.pk, "volgnummer": "1", "naam": "Ledenadministratie"}
    response = client_for(fg).post(
        reverse("register:activiteit_create"), {**data, field: "2099-01-01"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors[field] == ["Deze datum ligt in de toekomst."]
    assert not Verwerkingsactiviteit.objects.exists()

    # Today itself is fine.
    response = client_for(fg).post(
        reverse("register:activiteit_create"), {**data, field: TODAY.isoformat()}
    )
    assert response.status_code == 302
    assert getattr(Verwerkingsactiviteit.objects.get(), field) == TODAY


@time_machine.travel(datetime.datetime(2026, 3, 10, 12, 0), tick=False)
def test_import_refuses_a_future_review_date_as_a_row_error():
    csv = (
        "Intern/Extern;Domein;Volgnummer;Naam verwerking;Laatst beoordeeld op\r\n"
        "Intern;HR;1;Salarisadministratie;01-01-2099\r\n"
        "Intern;HR;2;Verlofregistratie;10-03-2026\r\n"
    )
    report = import_register(filename="r.csv", data=csv.encode(), dry_run=False)
    assert [(f.rij, f.melding) for f in report.fouten] == [
        (2, "De datum ‘01-01-2099’ ligt in de toekomst.")
    ]
    assert not Verwerkingsactiviteit.objects.exists()


@time_machine.travel(datetime.datetime(2026, 3, 10, 12, 0), tick=False)
def test_parse_date_allows_the_future_only_when_asked():
    with pytest.raises(ValueError, match="ligt in de toekomst"):
        parse_date("11-03-2026")
    assert parse_date("10-03-2026") == TODAY
    assert parse_date("11-03-2026", future=True) == datetime.date(2026, 3, 11)


# ---- 10 and 12: the parked import file, and where a successful import lands -----------


def _upload(client):
    return client.post(
        reverse("register:import"),
        {"bestand": SimpleUploadedFile("register.csv", LIBRARY_CSV.encode("cp1252"))},
    )


def _parked() -> list[str]:
    try:
        return default_storage.listdir(PARKED_IMPORTS.folder)[1]
    except FileNotFoundError:
        return []


def test_successful_import_lands_on_the_register_list_and_removes_its_file(client_for, fg):
    client = client_for(fg)
    token = _upload(client).context["token"]
    assert len(_parked()) == 1
    response = client.post(reverse("register:import_confirm"), {"token": token})
    assert response.status_code == 302
    assert response.url == reverse("register:activiteit_list")
    page = client.get(response.url).content.decode()
    assert "Import voltooid: 4 nieuw" in page
    assert _parked() == []


def test_a_second_preview_replaces_the_first_parked_file(client_for, fg):
    client = client_for(fg)
    _upload(client)
    _upload(client)
    assert len(_parked()) == 1
    assert client.session[IMPORT_SESSION_KEY]["bestand"].endswith(_parked()[0])


def test_abandoned_imports_are_removed_after_a_day(client_for, fg):
    stale = default_storage.save(f"{PARKED_IMPORTS.folder}/{'a' * 32}", ContentFile(b"x"))
    fresh = default_storage.save(f"{PARKED_IMPORTS.folder}/{'b' * 32}", ContentFile(b"y"))
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(default_storage.path(stale), (two_days_ago, two_days_ago))
    _upload(client_for(fg))
    names = _parked()
    assert "a" * 32 not in names
    assert "b" * 32 in names  # someone else's preview from this morning stays
    assert len(names) == 2
    default_storage.delete(fresh)


def test_confirm_with_a_session_that_points_elsewhere_is_refused(client_for, fg):
    client = client_for(fg)
    session = client.session
    session[IMPORT_SESSION_KEY] = {"bestand": "datalekken/bijlagen/x.pdf", "naam": "r.csv"}
    session.save()
    response = client.post(reverse("register:import_confirm"), {"token": "x"})
    assert response.url == reverse("register:import")


# ---- 19 and 20: Dutch in the home panel, domain labels in the form ----------------------


@pytest.mark.parametrize(
    ("expiring", "text"),
    [
        (1, "1 overeenkomst die binnen 90 dagen afloopt of verlopen is"),
        (2, "2 overeenkomsten die binnen 90 dagen aflopen of verlopen zijn"),
        (0, "0 overeenkomsten die binnen 90 dagen aflopen of verlopen zijn"),
    ],
)
def test_home_panel_agrees_with_the_count(expiring, text):
    panel = {"review": 0, "unsigned": 0, "expiring": expiring, "unchecked": 0, "year": 2026}
    html = render_to_string("register/home_panel_fg.html", {"panel": panel})
    assert text in " ".join(html.split())


def test_activity_form_names_the_domain_with_its_group(client_for, fg):
    DomeinFactory(naam="HR", groep=Domein.Groep.INTERN, nummer=1)
    DomeinFactory(naam="Publieksservice", groep=Domein.Groep.EXTERN, nummer=1)
    html = client_for(fg).get(reverse("register:activiteit_create")).content.decode()
    assert "HR (Intern)" in html and "Publieksservice (Extern)" in html
    assert "1 HR" not in html


# ---- 18: the xlsx reader is openpyxl, with the caps kept ---------------------------------


def _xlsx(cells: dict[tuple[int, int], str]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    for (row, column), value in cells.items():
        workbook.active.cell(row=row, column=column, value=value)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "cells",
    [
        {(1, 1): "Verwerker", (1, 2): "Systeem", (1, 3): "Bewaartermijn", (60_000, 1): "x"},
        {(1, 1): "Verwerker", (1, 2): "Systeem", (1, 3): "Bewaartermijn", (2, 300): "x"},
    ],
    ids=["rij-60000", "kolom-300"],
)
def test_xlsx_with_a_far_away_cell_is_refused_quickly(cells):
    started = time.perf_counter()
    report = import_register(filename="r.xlsx", data=_xlsx(cells), dry_run=True)
    assert time.perf_counter() - started < 2
    assert "te groot om te importeren" in report.fouten[0].melding
