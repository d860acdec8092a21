"""Home panels per role. Each panel costs a few queries, whatever the number of cases."""

from django.utils import timezone

from datalekken.cijfers import kerncijfers, paneel_cijfers
from datalekken.models import Datalek
from privacyportal.home import Panel
from privacyportal.roles import Rol, has_role, is_staff_member

MAX_REGELS = 5
# What the clock needs; the panels never load the contents of a case.
KLOK_VELDEN = (
    "id",
    "dossiernummer",
    "titel",
    "ontdekt_op",
    "ap_gemeld_op",
    "besluit_melden_ap",
    "gearchiveerd_op",
)


def _met_klok(datalekken, now) -> list[Datalek]:
    regels = list(datalekken.only(*KLOK_VELDEN)[:MAX_REGELS])
    for datalek in regels:
        datalek.klok_nu = datalek.klok(now)
    return regels


def _melder_panel(now) -> Panel:
    regels = _met_klok(Datalek.objects.deadline_binnenkort(now).order_by("ontdekt_op"), now)
    cijfers = kerncijfers(now)
    context = {
        "dringend": regels,
        "dringend_aantal": cijfers["binnenkort"],
        "nieuw": cijfers["nieuw"],
        "open": cijfers["open"],
    }
    return Panel("datalekken/panels/melder.html", context, urgent=bool(regels))


def panels(request):
    user = request.user
    now = timezone.now()
    result = []
    if has_role(user, Rol.MELDER):
        result.append(_melder_panel(now))
    if has_role(user, Rol.TECHNICUS):
        mijn = Datalek.objects.open().filter(technicus=user).order_by("ontdekt_op")
        regels = _met_klok(mijn, now)
        result.append(
            Panel("datalekken/panels/technicus.html", {"datalekken": regels}, urgent=bool(regels))
        )
    if has_role(user, Rol.MANAGEMENT, Rol.FG) and not has_role(user, Rol.MELDER):
        context = {"cijfers": paneel_cijfers(now), "lijst": has_role(user, Rol.FG)}
        result.append(Panel("datalekken/panels/cijfers.html", context))
    if is_staff_member(user):
        eigen = Datalek.objects.reported_by(user).open().count()
        result.append(Panel("datalekken/panels/melden.html", {"eigen_open": eigen}))
    return result
