"""The reports: management and the FG only."""

from django.utils import timezone

from tests.matrix import Row, allow

RAPPORTAGE = allow("management", "fg")


def vorig_jaar(cast):
    return {"jaar": timezone.localdate().year - 1}


ROWS = [
    Row("reports:dashboard", RAPPORTAGE),
    Row("reports:jaarverslag", RAPPORTAGE),
    Row("reports:jaarverslag", RAPPORTAGE, query="jaar=2024", ok=302, label="jaar kiezen"),
    Row("reports:jaarverslag_jaar", RAPPORTAGE, kwargs=vorig_jaar),
    Row(
        "reports:jaarverslag_jaar",
        RAPPORTAGE,
        kwargs=lambda cast: {"jaar": 1990},
        ok=404,
        label="onbekend jaar",
    ),
    Row("reports:afdrukken", RAPPORTAGE, kwargs=vorig_jaar),
    Row("reports:xlsx", RAPPORTAGE, kwargs=vorig_jaar),
    Row("reports:csv", RAPPORTAGE, kwargs=vorig_jaar),
]
