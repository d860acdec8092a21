from django.urls import path

from datalekken import views

app_name = "datalekken"

urlpatterns = [
    path("", views.lijst, name="lijst"),
    path("melden/", views.melden, name="melden"),
    path("mijn-meldingen/", views.mijn_meldingen, name="mijn_meldingen"),
    path("mijn-meldingen/<int:pk>/", views.melding_status, name="melding_status"),
    path("mijn-meldingen/<int:pk>/aanvulling/", views.aanvulling, name="aanvulling"),
    path("overzicht/", views.overzicht, name="overzicht"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/samenvatting/", views.samenvatting, name="samenvatting"),
    path("<int:pk>/feiten/", views.feiten_bewerken, name="feiten"),
    path("<int:pk>/techniek/", views.techniek_bewerken, name="techniek"),
    path("<int:pk>/toewijzen/", views.toewijzen, name="toewijzen"),
    path("<int:pk>/fase/<str:soort>/", views.fase_bijwerken, name="fase"),
    path("<int:pk>/kwalificeren/", views.kwalificeren, name="kwalificeren"),
    path("<int:pk>/besluit/", views.besluit, name="besluit"),
    path("<int:pk>/ap-melding/", views.ap_melding, name="ap_melding"),
    path("<int:pk>/vervolgmelding/", views.vervolgmelding, name="vervolgmelding"),
    path("<int:pk>/betrokkenen/", views.betrokkenen, name="betrokkenen"),
    path("<int:pk>/bijlagen/nieuw/", views.bijlage_toevoegen, name="bijlage_toevoegen"),
    path(
        "<int:pk>/bijlagen/<int:bijlage_pk>/",
        views.bijlage_downloaden,
        name="bijlage_downloaden",
    ),
    path("<int:pk>/notitie/", views.notitie, name="notitie"),
    path("<int:pk>/archiveren/", views.archiveren, name="archiveren"),
]
