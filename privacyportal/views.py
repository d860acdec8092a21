from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token

from privacyportal import home as home_panels
from privacyportal.security_log import log_access_denied


def home(request):
    return render(request, "privacyportal/home.html", {"panels": home_panels.panels(request)})


@requires_csrf_token
def permission_denied(request, exception=None):
    log_access_denied(request)
    return render(request, "403.html", status=403)
