from django.urls import path

from register import views

app_name = "register"

urlpatterns = [
    path("", views.activiteit_list, name="activiteit_list"),
    path("te-doen/", views.dashboard_view, name="dashboard"),
    path("activiteit/nieuw/", views.activiteit_create, name="activiteit_create"),
    path("activiteit/<int:pk>/", views.activiteit_detail, name="activiteit_detail"),
    path("activiteit/<int:pk>/bewerken/", views.activiteit_update, name="activiteit_update"),
    path("activiteit/<int:pk>/beoordeeld/", views.activiteit_review, name="activiteit_review"),
    path("activiteit/<int:pk>/geb/", views.geb_edit, name="geb_edit"),
    path("activiteit/<int:pk>/geb/document/", views.geb_document, name="geb_document"),
    path("opschoning/", views.cleanup_record, name="cleanup_record"),
    path("verwerkers/", views.verwerker_list, name="verwerker_list"),
    path("verwerkers/nieuw/", views.verwerker_create, name="verwerker_create"),
    path("verwerkers/<int:pk>/", views.verwerker_detail, name="verwerker_detail"),
    path("verwerkers/<int:pk>/bewerken/", views.verwerker_update, name="verwerker_update"),
    path(
        "verwerkers/<int:pk>/overeenkomst/nieuw/",
        views.overeenkomst_create,
        name="overeenkomst_create",
    ),
    path(
        "overeenkomsten/<int:pk>/bewerken/",
        views.overeenkomst_update,
        name="overeenkomst_update",
    ),
    path(
        "overeenkomsten/<int:pk>/gecontroleerd/",
        views.overeenkomst_check,
        name="overeenkomst_check",
    ),
    path(
        "overeenkomsten/<int:pk>/document/",
        views.overeenkomst_document,
        name="overeenkomst_document",
    ),
    path("systemen/", views.systeem_list, name="systeem_list"),
    path("systemen/nieuw/", views.systeem_create, name="systeem_create"),
    path("systemen/<int:pk>/", views.systeem_detail, name="systeem_detail"),
    path("systemen/<int:pk>/bewerken/", views.systeem_update, name="systeem_update"),
    path("importeren/", views.import_upload, name="import"),
    path("importeren/bevestigen/", views.import_confirm, name="import_confirm"),
    path("exporteren/", views.export, name="export"),
]
