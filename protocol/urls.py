from django.urls import path

from protocol.views import leesbevestiging, lezen, lijsten, redactie, word_import, zoeken

app_name = "protocol"

urlpatterns = [
    # Reading
    path("", lezen.index, name="index"),
    path("versies/", lezen.versies, name="versies"),
    path("versies/<int:nummer>/", lezen.versie, name="versie"),
    path("versies/<int:nummer>/hoofdstukken/<int:pk>/", lezen.hoofdstuk, name="hoofdstuk"),
    path("versies/<int:nummer>/situaties/", lezen.situaties, name="situaties"),
    path("versies/<int:nummer>/situaties/<int:pk>/", lezen.situatie, name="situatie"),
    path("versies/<int:nummer>/uitspraken/", lezen.uitspraken, name="uitspraken"),
    path("versies/<int:nummer>/werkwijze/", lezen.werkwijze, name="werkwijze"),
    path("versies/<int:nummer>/sneltoetsen/", lezen.sneltoetsen, name="sneltoetsen"),
    path("versies/<int:nummer>/verkort/", lezen.verkort, name="verkort"),
    path("verschil/", lezen.verschil, name="verschil"),
    path("zoeken/", zoeken.zoeken, name="zoeken"),
    # Live lists
    *(path(f"{soort}/", lijsten.lijst, {"soort": soort}, name=soort) for soort in lijsten.LIJSTEN),
    path("beheer/<slug:soort>/nieuw/", lijsten.bewerken, name="lijst_nieuw"),
    path("beheer/<slug:soort>/<int:pk>/", lijsten.bewerken, name="lijst_bewerken"),
    path(
        "beheer/<slug:soort>/<int:pk>/verwijderen/", lijsten.verwijderen, name="lijst_verwijderen"
    ),
    # Read confirmations
    path("bevestigen/", leesbevestiging.bevestigen, name="bevestigen"),
    path("leesbevestigingen/", leesbevestiging.overzicht, name="leesbevestigingen"),
    # The redacteur's workflow
    path("redactie/", redactie.overzicht, name="redactie"),
    path("redactie/concept/starten/", redactie.concept_starten, name="concept_starten"),
    path("redactie/concept/verwijderen/", redactie.concept_verwijderen, name="concept_verwijderen"),
    path("redactie/concept/gegevens/", redactie.concept_gegevens, name="concept_gegevens"),
    path("redactie/concept/open-plekken/", redactie.open_plekken, name="open_plekken"),
    path("redactie/concept/publiceren/", redactie.publiceren, name="publiceren"),
    path("redactie/import/", word_import.word_import, name="word_import"),
    path(
        "redactie/import/voorbeeld/",
        word_import.word_import_voorbeeld,
        name="word_import_voorbeeld",
    ),
    path(
        "redactie/import/bevestigen/",
        word_import.word_import_bevestigen,
        name="word_import_bevestigen",
    ),
    path("redactie/<slug:soort>/nieuw/", redactie.inhoud_bewerken, name="inhoud_nieuw"),
    path("redactie/<slug:soort>/<int:pk>/", redactie.inhoud_bewerken, name="inhoud_bewerken"),
    path(
        "redactie/<slug:soort>/<int:pk>/verwijderen/",
        redactie.inhoud_verwijderen,
        name="inhoud_verwijderen",
    ),
    path(
        "redactie/<slug:soort>/<int:pk>/verplaatsen/",
        redactie.inhoud_verplaatsen,
        name="inhoud_verplaatsen",
    ),
]
