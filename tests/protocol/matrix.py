"""Every URL of the handbook × every role (see tests/matrix.py)."""

from protocol.models import ProtocolVersie
from tests.matrix import STAFF, Row, allow
from tests.protocol import factories as f

REDACTEUR = allow("redacteur")
OVERZICHT = allow("redacteur", "management")


def _published(cast=None):
    versie = ProtocolVersie.objects.huidige()
    return versie or f.published_version()


def _concept(cast=None):
    concept = ProtocolVersie.objects.concept().first()
    if concept is None:
        _published()
        concept = f.VersieFactory()
        f.SectieFactory(hoofdstuk=f.HoofdstukFactory(versie=concept))
        f.SituatieFactory(versie=concept)
    return concept


def _v(cast):
    return {"nummer": _published().versienummer}


def _inhoud(soort, published=False):
    models = {
        "hoofdstukken": "hoofdstukken",
        "secties": "secties",
        "situaties": "situaties",
        "uitspraken": "uitspraken",
        "sneltoetsen": "sneltoetsen",
    }

    def kwargs(cast):
        versie = _published() if published else _concept()
        related = getattr(versie, models[soort])
        item = related.first()
        if item is None:
            factory = {
                "uitspraken": f.UitspraakFactory,
                "sneltoetsen": f.SneltoetsFactory,
            }[soort]
            item = factory(versie=versie)
        return {"soort": soort, "pk": item.pk}

    return kwargs


def _lijst_item(soort):
    factories = {
        "doorverwijsadressen": f.DoorverwijsadresFactory,
        "spreekuren": f.SpreekuurFactory,
        "cursussen": f.CursusFactory,
        "locaties": f.LocatieFactory,
    }
    return lambda cast: {"soort": soort, "pk": factories[soort]().pk}


ROWS = [
    # Reading: every staff member; technicus and buitenstaander are refused.
    Row("protocol:index", STAFF, kwargs=lambda cast: (_published(), {})[1]),
    Row("protocol:index", STAFF, label="zonder versie"),
    Row("protocol:versies", STAFF, kwargs=lambda cast: (_concept(), {})[1]),
    Row("protocol:versie", STAFF, kwargs=_v),
    # That a concept is invisible (404) to staff other than the redacteur is tested in
    # tests/protocol/test_lezen.py: here non-staff would get 403 and staff 404.
    Row(
        "protocol:hoofdstuk",
        STAFF,
        kwargs=lambda cast: {**_v(cast), "pk": _published().hoofdstukken.first().pk},
    ),
    Row("protocol:situaties", STAFF, kwargs=_v),
    Row(
        "protocol:situatie",
        STAFF,
        kwargs=lambda cast: {**_v(cast), "pk": _published().situaties.first().pk},
    ),
    Row("protocol:uitspraken", STAFF, kwargs=_v),
    Row("protocol:werkwijze", STAFF, kwargs=_v),
    Row("protocol:sneltoetsen", STAFF, kwargs=_v),
    Row("protocol:verkort", STAFF, kwargs=_v),
    Row(
        "protocol:verkort",
        STAFF,
        kwargs=lambda cast: {**_v(cast)},
        query="locatie=1",
        label="locatie",
    ),
    Row("protocol:verschil", STAFF, kwargs=lambda cast: (_concept(), {})[1]),
    Row("protocol:zoeken", STAFF, kwargs=lambda cast: (_published(), {})[1], query="q=datalekken"),
    Row("protocol:doorverwijsadressen", STAFF),
    Row("protocol:spreekuren", STAFF),
    Row("protocol:cursussen", STAFF),
    Row("protocol:locaties", STAFF),
    # Read confirmations
    Row(
        "protocol:bevestigen",
        STAFF,
        method="post",
        kwargs=lambda cast: (_published(), {})[1],
        data=lambda cast, kw: {"versie": _published().versienummer},
        ok=302,
    ),
    Row("protocol:leesbevestigingen", OVERZICHT, kwargs=lambda cast: (_published(), {})[1]),
    # The redacteur's workflow
    Row("protocol:redactie", REDACTEUR, kwargs=lambda cast: (_concept(), {})[1]),
    Row(
        "protocol:concept_starten",
        REDACTEUR,
        method="post",
        kwargs=lambda cast: (_published(), {})[1],
        ok=302,
    ),
    Row(
        "protocol:concept_verwijderen",
        REDACTEUR,
        method="post",
        kwargs=lambda cast: (_concept(), {})[1],
        ok=302,
    ),
    Row("protocol:concept_gegevens", REDACTEUR, kwargs=lambda cast: (_concept(), {})[1]),
    Row(
        "protocol:concept_gegevens",
        REDACTEUR,
        method="post",
        kwargs=lambda cast: (_concept(), {})[1],
        data=lambda cast, kw: {"titel": "Privacyprotocol", "werkwijze": 2},
        ok=302,
    ),
    Row("protocol:open_plekken", REDACTEUR, kwargs=lambda cast: (_concept(), {})[1]),
    Row("protocol:publiceren", REDACTEUR, kwargs=lambda cast: (_concept(), {})[1]),
    Row(
        "protocol:publiceren",
        REDACTEUR,
        method="post",
        kwargs=lambda cast: (_concept(), {})[1],
        data=lambda cast, kw: {
            "ingangsdatum": "2026-12-01",
            "vastgesteld_door": "MT",
            "vastgesteld_op": "2026-11-20",
        },
        ok=302,
    ),
    Row(
        "protocol:inhoud_nieuw",
        REDACTEUR,
        kwargs=lambda cast: (_concept(), {"soort": "sneltoetsen"})[1],
    ),
    Row(
        "protocol:inhoud_nieuw",
        REDACTEUR,
        method="post",
        kwargs=lambda cast: (_concept(), {"soort": "sneltoetsen"})[1],
        data=lambda cast, kw: {"toetsen": "Ctrl + P", "actie": "Afdrukken"},
        ok=302,
    ),
    Row("protocol:inhoud_bewerken", REDACTEUR, kwargs=_inhoud("secties")),
    Row(
        "protocol:inhoud_bewerken",
        REDACTEUR,
        method="post",
        kwargs=_inhoud("situaties"),
        data=lambda cast, kw: {"titel": "Nieuwe titel", "context": "balie"},
        ok=302,
    ),
    # Content of a published version can be seen but never changed: 403, for the redacteur too.
    Row(
        "protocol:inhoud_bewerken",
        allow(),
        method="post",
        kwargs=_inhoud("secties", published=True),
        data=lambda cast, kw: {"titel": "Gewijzigd"},
        label="gepubliceerd",
    ),
    Row(
        "protocol:inhoud_verwijderen",
        REDACTEUR,
        method="post",
        kwargs=_inhoud("uitspraken"),
        ok=302,
    ),
    Row(
        "protocol:inhoud_verwijderen",
        allow(),
        method="post",
        kwargs=_inhoud("sneltoetsen", published=True),
        label="gepubliceerd",
    ),
    Row(
        "protocol:inhoud_verplaatsen",
        REDACTEUR,
        method="post",
        kwargs=_inhoud("hoofdstukken"),
        data=lambda cast, kw: {"richting": "neer"},
        ok=302,
    ),
    # Live lists: the redacteur maintains them.
    Row("protocol:lijst_nieuw", REDACTEUR, kwargs=lambda cast: {"soort": "cursussen"}),
    Row(
        "protocol:lijst_nieuw",
        REDACTEUR,
        method="post",
        kwargs=lambda cast: {"soort": "spreekuren"},
        data=lambda cast, kw: {"naam": "Belastingspreekuur", "wanneer": "maandagmiddag"},
        ok=302,
    ),
    Row("protocol:lijst_bewerken", REDACTEUR, kwargs=_lijst_item("locaties")),
    Row(
        "protocol:lijst_bewerken",
        REDACTEUR,
        method="post",
        kwargs=_lijst_item("doorverwijsadressen"),
        data=lambda cast, kw: {"organisatie": "Het Juridisch Loket"},
        ok=302,
    ),
    Row(
        "protocol:lijst_verwijderen",
        REDACTEUR,
        method="post",
        kwargs=_lijst_item("cursussen"),
        ok=302,
    ),
]
