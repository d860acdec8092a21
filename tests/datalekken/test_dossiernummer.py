import threading

import pytest
import time_machine
from django.db import connection

from datalekken.models import Datalek
from tests.datalekken.factories import DatalekFactory


def test_numbers_count_up_per_year_and_restart_in_january(db):
    with time_machine.travel("2025-12-31 22:00 +01:00"):
        a = DatalekFactory()
        b = DatalekFactory()
    with time_machine.travel("2026-01-01 08:00 +01:00"):
        c = DatalekFactory()
    assert [a.dossiernummer, b.dossiernummer, c.dossiernummer] == [
        "2025-001",
        "2025-002",
        "2026-001",
    ]


def test_number_follows_local_year_not_utc(db):
    # 00:30 on 1 January in Amsterdam is still 31 December in UTC.
    with time_machine.travel("2027-01-01 00:30 +01:00"):
        assert DatalekFactory().dossiernummer == "2027-001"


@pytest.mark.django_db(transaction=True)
def test_concurrent_reports_get_distinct_numbers():
    DatalekFactory()  # creates the users and the year's counter
    ontdekker = Datalek.objects.get().ontdekker
    fouten = []

    def melden():
        try:
            DatalekFactory(ontdekker=ontdekker)
        except Exception as error:  # pragma: no cover - reported below
            fouten.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=melden) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not fouten
    nummers = list(Datalek.objects.values_list("dossiernummer", flat=True))
    assert len(nummers) == len(set(nummers)) == 9
