from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from privacyportal import views

admin.site.site_header = "Privacyportaal — beheer"
admin.site.site_title = "Privacyportaal"

urlpatterns = [
    path("", views.home, name="home"),
    path(
        "inloggen/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "wachtwoord/",
        auth_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "wachtwoord/gewijzigd/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("protocol/", include("protocol.urls")),
    path("register/", include("register.urls")),
    path("datalekken/", include("datalekken.urls")),
    path("rapportage/", include("privacyportal.reports.urls")),
    path("beheer/", admin.site.urls),
]

handler403 = "privacyportal.views.permission_denied"
handler404 = "privacyportal.views.page_not_found"
