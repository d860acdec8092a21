"""The handbook's data.

What belongs to a version and what does not:

- **Part of a version** (`ProtocolVersie` and its `Hoofdstuk`, `Sectie`, `Situatie`,
  `Uitspraak`, `Sneltoets`, plus the werkwijze on the version itself): the agreements staff
  are held to. They are adopted ("vastgesteld") together, must stay readable exactly as they
  were ("what did the protocol say on 3 March?") and are frozen once published.
- **Live lists** (`Locatie`, `Doorverwijsadres`, `Spreekuur`, `Cursus`): practical facts that
  change during the year (a phone number, the time of a spreekuur) and that staff always need
  in their current form. A new protocol version for a moved spreekuur would be absurd. The
  redacteur keeps them up to date; django-simple-history keeps who changed what and when, so
  an earlier state can still be reconstructed.
"""

from protocol.models.inhoud import Hoofdstuk, Sectie, Situatie, Sneltoets, Uitspraak
from protocol.models.lijsten import Cursus, Doorverwijsadres, Locatie, Spreekuur
from protocol.models.versies import (
    Leesbevestiging,
    ProtocolVersie,
    VersieNietBewerkbaar,
)

__all__ = [
    "Cursus",
    "Doorverwijsadres",
    "Hoofdstuk",
    "Leesbevestiging",
    "Locatie",
    "ProtocolVersie",
    "Sectie",
    "Situatie",
    "Sneltoets",
    "Spreekuur",
    "Uitspraak",
    "VersieNietBewerkbaar",
]
