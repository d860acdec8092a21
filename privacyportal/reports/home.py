"""Home panel for management and the FG: the headline figures of the report year (one query)."""

from django.utils import timezone

from privacyportal.home import Panel
from privacyportal.reports import figures
from privacyportal.roles import Rol, has_role


def panels(request) -> list[Panel]:
    if not has_role(request.user, Rol.MANAGEMENT, Rol.FG):
        return []
    today = timezone.localdate()
    jaar = figures.default_year(today)
    context = {**figures.kopcijfers(jaar), "verslagmaanden": today.month <= 3}
    return [Panel("reports/panel.html", context)]
