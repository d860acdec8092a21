from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token

from privacyportal import home as home_panels
from privacyportal.security_log import log_access_denied, log_not_found


def home(request):
    return render(request, "privacyportal/home.html", {"panels": home_panels.panels(request)})


@requires_csrf_token
def permission_denied(request, exception=None):
    log_access_denied(request)
    return render(request, "403.html", status=403)


@requires_csrf_token
def page_not_found(request, exception=None):
    # Objects a role may not see are answered with 404, so probing for another person's
    # case shows up here rather than as a 403.
    log_not_found(request)
    return render(request, "404.html", status=404)
