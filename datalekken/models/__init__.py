from datalekken.models.datalek import (
    MELDTERMIJN,
    WAARSCHUWING_VOOR,
    Datalek,
    DatalekVerwijderen,
    Dossierteller,
    Klok,
    duur_tekst,
    sees_whole_case,
)
from datalekken.models.dossier import Bijlage, Gebeurtenis, Vervolgmelding
from datalekken.models.fase import Fase
from datalekken.models.keuzes import (
    CategorieBetrokkenen,
    CategoriePersoonsgegevens,
    Risico,
    RolOrganisatie,
    SoortIncident,
    UitzonderingInformeren,
    WijzeInformeren,
)

__all__ = [
    "MELDTERMIJN",
    "WAARSCHUWING_VOOR",
    "Bijlage",
    "CategorieBetrokkenen",
    "CategoriePersoonsgegevens",
    "Datalek",
    "DatalekVerwijderen",
    "Dossierteller",
    "Fase",
    "Gebeurtenis",
    "Klok",
    "Risico",
    "RolOrganisatie",
    "SoortIncident",
    "UitzonderingInformeren",
    "Vervolgmelding",
    "WijzeInformeren",
    "duur_tekst",
    "sees_whole_case",
]
