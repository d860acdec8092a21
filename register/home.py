"""Home-page panel of the register: for the FG, what is due; for other staff, the way in."""

import datetime

from django.db.models import Count
from django.utils import timezone

from privacyportal.home import Panel
from privacyportal.roles import Rol, has_role, is_staff_member
from register.models import Verwerkersovereenkomst, Verwerkingsactiviteit


def overeenkomsten_te_doen(today: datetime.date) -> dict[str, int]:
    """The agreements still needing work, in one query: `unsigned`, `expiring` (within 90
    days or ended) and `unchecked` (not checked this year). Each is counted with the rule of
    its QuerySet method, so this home panel and the reports dashboard say the same."""
    alle = Verwerkersovereenkomst.objects
    return alle.aggregate(
        unsigned=Count("pk", filter=alle.not_signed_q()),
        expiring=Count("pk", filter=alle.expiring_q(today)),
        unchecked=Count("pk", filter=alle.not_checked_in_q(today.year)),
    )


def panels(request):
    user = request.user
    if has_role(user, Rol.FG):
        today = timezone.localdate()
        context = {
            "review": Verwerkingsactiviteit.objects.review_overdue(today).count(),
            **overeenkomsten_te_doen(today),
            "year": today.year,
        }
        urgent = bool(context["review"] or context["expiring"])
        return [Panel("register/home_panel_fg.html", context, urgent=urgent)]
    if is_staff_member(user):
        return [Panel("register/home_panel.html", {})]
    return []
