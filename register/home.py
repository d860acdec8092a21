"""Home-page panel of the register: for the FG, what is due; for other staff, the way in."""

from django.utils import timezone

from privacyportal.home import Panel
from privacyportal.roles import Rol, has_role, is_staff_member
from register.dashboard import tellingen


def panels(request):
    user = request.user
    if has_role(user, Rol.FG):
        today = timezone.localdate()
        # The rules of the "Te doen" page, so this panel and that page say the same.
        counts = tellingen(today, "beoordeling", "niet_getekend", "verloopt", "niet_gecontroleerd")
        context = {
            "review": counts["beoordeling"],
            "unsigned": counts["niet_getekend"],
            "expiring": counts["verloopt"],
            "unchecked": counts["niet_gecontroleerd"],
            "year": today.year,
        }
        urgent = bool(context["review"] or context["expiring"])
        return [Panel("register/home_panel_fg.html", context, urgent=urgent)]
    if is_staff_member(user):
        return [Panel("register/home_panel.html", {})]
    return []
