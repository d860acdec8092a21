"""Home-page panel of the register: for the FG, what is due; for other staff, the way in."""

from django.utils import timezone

from privacyportal.home import Panel
from privacyportal.roles import Rol, has_role, is_staff_member
from register.models import Verwerkersovereenkomst, Verwerkingsactiviteit


def panels(request):
    user = request.user
    if has_role(user, Rol.FG):
        today = timezone.localdate()
        context = {
            "review": Verwerkingsactiviteit.objects.review_overdue(today).count(),
            "unsigned": Verwerkersovereenkomst.objects.not_signed().count(),
            "expiring": Verwerkersovereenkomst.objects.expiring(today).count(),
            "unchecked": Verwerkersovereenkomst.objects.not_checked_in(today.year).count(),
            "year": today.year,
        }
        urgent = bool(context["review"] or context["expiring"])
        return [Panel("register/home_panel_fg.html", context, urgent=urgent)]
    if is_staff_member(user):
        return [Panel("register/home_panel.html", {})]
    return []
