"""Home-page panel of the register: for the FG, what is due; for other staff, the way in."""

from django.db.models import Count
from django.utils import timezone

from privacyportal.home import Panel
from privacyportal.roles import Rol, has_role, is_staff_member
from register.models import Verwerkersovereenkomst, Verwerkingsactiviteit


def panels(request):
    user = request.user
    if has_role(user, Rol.FG):
        today = timezone.localdate()
        V = Verwerkersovereenkomst.objects
        context = {
            "review": Verwerkingsactiviteit.objects.review_overdue(today).count(),
            # The three counts over the agreements in one pass.
            **V.aggregate(
                unsigned=Count("pk", filter=V.not_signed_q()),
                expiring=Count("pk", filter=V.expiring_q(today)),
                unchecked=Count("pk", filter=V.not_checked_in_q(today.year)),
            ),
            "year": today.year,
        }
        urgent = bool(context["review"] or context["expiring"])
        return [Panel("register/home_panel_fg.html", context, urgent=urgent)]
    if is_staff_member(user):
        return [Panel("register/home_panel.html", {})]
    return []
