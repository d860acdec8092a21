from django.urls import path

from privacyportal.reports import views

app_name = "reports"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("jaarverslag/", views.jaarverslag, name="jaarverslag"),
    path("jaarverslag/<int:jaar>/", views.jaarverslag, name="jaarverslag_jaar"),
    path("jaarverslag/<int:jaar>/afdrukken/", views.afdrukken, name="afdrukken"),
    path("jaarverslag/<int:jaar>/xlsx/", views.download_xlsx, name="xlsx"),
    path("jaarverslag/<int:jaar>/csv/", views.download_csv, name="csv"),
]
