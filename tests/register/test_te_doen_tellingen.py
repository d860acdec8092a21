"""The "Te doen" counts: one query of per-rule counts, each from an index of its own, that
must say exactly what the rules' QuerySet methods say on varied data."""

import datetime
import itertools

import pytest
import time_machine
from django.db import connection
from django.db.models import Count

from privacyportal.reports import figures
from register import dashboard, home
from register.models import (
    GEB,
    Verwerkersovereenkomst,
    Verwerkingsactiviteit,
    quarter_ago,
)
from tests.register.factories import ActiviteitFactory, OvereenkomstFactory, VerwerkerFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 5, 31)
DAY = datetime.timedelta(days=1)


def _varied_register():
    """Every rule's edge cases: review dates on both sides of the quarter boundary and NULL,
    GEB answers with and without a GEB record of each status, agreements linked or decided
    unnecessary, transfers with and without safeguards, unknown and known bewaartermijnen."""
    verwerker = VerwerkerFactory()
    grens = quarter_ago(TODAY)
    beoordeeld = [None, grens - DAY, grens, TODAY]
    geb_antwoorden = ["ja", "nee", "", "n.b."]
    geb_records = [None, *GEB.Status.values]
    bewaartermijnen = [
        (2, "jaar", ""),
        (None, "", ""),
        (None, "", " N.B. "),
        (None, "", "?"),
        (None, "", "onbekend"),
        (None, "", "tot einde lidmaatschap"),
        (5, "jaar", ""),
        (18, "maanden", ""),
    ]
    overeenkomst = OvereenkomstFactory(verwerker=verwerker)
    for i, (datum, geb, record) in enumerate(
        itertools.product(beoordeeld, geb_antwoorden, geb_records)
    ):
        getal, eenheid, tekst = bewaartermijnen[i % len(bewaartermijnen)]
        gekoppeld = i % 5 == 0
        activiteit = ActiviteitFactory(
            laatst_beoordeeld_op=datum,
            geb=geb,
            verwerker=verwerker if i % 3 else None,
            verwerkersovereenkomst=overeenkomst if gekoppeld else None,
            verwerkersovereenkomst_antwoord="ja" if gekoppeld else ["", "nvt", "nee"][i % 3],
            status_verwerkersovereenkomst=["", "nvt", "niet_noodzakelijk", "in_afwachting"][i % 4],
            doorgifte_buiten_eer=["ja", "nee", ""][i % 3],
            in_de_eu=["nee", "ja", "n.b."][i % 3 if i % 2 else 1],
            waarborgen="" if i % 4 else "Modelcontractbepalingen",
            bewaartermijn_getal=getal,
            bewaartermijn_eenheid=eenheid,
            bewaartermijn_tekst=tekst,
            laatst_opgeschoond_op=[None, datetime.date(2025, 12, 31), TODAY][i % 3],
        )
        if record:
            GEB.objects.create(activiteit=activiteit, status=record)
    for status in Verwerkersovereenkomst.Status.values:
        for einde, controle in itertools.product(
            [None, TODAY - DAY, TODAY + 90 * DAY, TODAY + 91 * DAY],
            [None, datetime.date(TODAY.year - 1, 12, 31), datetime.date(TODAY.year, 1, 1)],
        ):
            OvereenkomstFactory(status=status, einddatum=einde, laatst_gecontroleerd_op=controle)


def _plain_counts(today):
    A, V = Verwerkingsactiviteit.objects, Verwerkersovereenkomst.objects
    return {
        "beoordeling": A.review_overdue(today).count(),
        "zonder_overeenkomst": A.overeenkomst_missing().count(),
        "geb": A.geb_missing().count(),
        "doorgifte": A.transfer_without_safeguards().count(),
        "bewaartermijn": A.bewaartermijn_unknown().count(),
        "niet_getekend": V.not_signed().count(),
        "verloopt": V.expiring(today).count(),
        "te_controleren": V.checkable().count(),
        "niet_gecontroleerd": V.not_checked_in(today.year).count(),
    }


def test_every_count_equals_its_rule_counted_plainly():
    _varied_register()
    expected = _plain_counts(TODAY)
    # The data reaches every rule, and not every row is in every rule.
    total = Verwerkingsactiviteit.objects.count()
    for key in ("beoordeling", "zonder_overeenkomst", "geb", "doorgifte", "bewaartermijn"):
        assert 0 < expected[key] < total, key
    assert dashboard.tellingen(TODAY) == expected
    # The same on the day after the quarter boundary moved, and at the turn of the year.
    for day in (TODAY + DAY, datetime.date(2027, 1, 1)):
        assert dashboard.tellingen(day) == _plain_counts(day)


def test_only_the_asked_counts_are_computed_in_one_query(django_assert_num_queries):
    _varied_register()
    expected = _plain_counts(TODAY)
    with django_assert_num_queries(1):
        counts = dashboard.tellingen(TODAY, "geb", "verloopt")
    assert counts == {"geb": expected["geb"], "verloopt": expected["verloopt"]}


def test_an_empty_register_counts_zero_everywhere():
    assert set(dashboard.tellingen(TODAY).values()) == {0}


def test_the_cleanup_groups_count_each_pending_activity_once():
    _varied_register()
    groups = dashboard.cleanup_rule(datetime.date(2026, 2, 1))
    pending = Verwerkingsactiviteit.objects.cleanup_pending(2026)
    assert groups.count == pending.count()
    termijnen = (
        pending.order_by()
        .values_list("bewaartermijn_getal", "bewaartermijn_eenheid", "bewaartermijn_tekst")
        .distinct()
    )
    assert len(groups.taken) == termijnen.count() > 1


def _plan(sql, params) -> str:
    """The plan PostgreSQL would choose on a large table (sequential scans discouraged, as
    they would be with thousands of rows)."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_each_static_rule_is_counted_from_its_partial_index():
    ActiviteitFactory()
    queries = dashboard._telling_queries(TODAY)
    parts = [
        dashboard._telling(key, qs)
        for key in ("zonder_overeenkomst", "doorgifte", "bewaartermijn", "geb")
        for qs in queries[key]
    ]
    plan = _plan(*parts[0].union(*parts[1:], all=True).query.sql_with_params())
    for index in (
        "register_act_zonder_ovk_idx",
        "register_act_doorgifte_idx",
        "register_act_bewaartermijn_idx",
        "register_act_geb_ja_idx",
        "register_geb_nodig_idx",
    ):
        # Index-only at 10,000 rows; on this tiny table possibly a bitmap scan of it.
        assert index in plan, index


def test_the_review_count_reads_ranges_of_the_date_index():
    ActiviteitFactory()
    for qs in dashboard._telling_queries(TODAY)["beoordeling"]:
        plan = _plan(*dashboard._telling("beoordeling", qs).query.sql_with_params())
        assert "register_act_beoordeeld_idx" in plan
        assert "Index Cond: (laatst_beoordeeld_op" in plan


def test_the_cleanup_groups_are_read_from_their_partial_index():
    """At 10,000 rows (visibility map set by autovacuum) the scan is index-only: the index
    holds every column the grouping and the date condition need."""
    ActiviteitFactory()
    qs = (
        Verwerkingsactiviteit.objects.cleanup_pending(2026)
        .order_by()
        .values("bewaartermijn_getal", "bewaartermijn_eenheid", "bewaartermijn_tekst")
        .annotate(aantal=Count("*"))
        .order_by("bewaartermijn_eenheid", "bewaartermijn_getal", "bewaartermijn_tekst")
    )
    assert "register_act_opschoning_idx" in _plan(*qs.query.sql_with_params())


def test_the_home_panel_and_the_reports_count_as_the_rules(rf, fg):
    """The FG's home panel, the reports dashboard and the year report ask `tellingen` for
    their keys; on varied data each still equals the rule counted plainly."""
    _varied_register()
    expected = _plain_counts(TODAY)
    noon = datetime.datetime(2026, 5, 31, 12, tzinfo=datetime.UTC)
    with time_machine.travel(noon, tick=False):
        request = rf.get("/")
        request.user = fg
        [panel] = home.panels(request)
        dashboard_ = figures.dashboard()
        cijfers = figures.register_cijfers(2026, TODAY)
    assert panel.context == {
        "review": expected["beoordeling"],
        "unsigned": expected["niet_getekend"],
        "expiring": expected["verloopt"],
        "unchecked": expected["niet_gecontroleerd"],
        "year": 2026,
    }
    assert (
        dashboard_.review_overdue,
        dashboard_.unsigned,
        dashboard_.expiring,
        dashboard_.unchecked,
        dashboard_.geb_missing,
    ) == (
        expected["beoordeling"],
        expected["niet_getekend"],
        expected["verloopt"],
        expected["niet_gecontroleerd"],
        expected["geb"],
    )
    assert cijfers.geb_ontbreekt == expected["geb"]
