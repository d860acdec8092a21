"""Home-page panel of the register: for the FG, what is due; for other staff, the way in."""

import datetime

from django.db.models import Count, Q
from django.utils import timezone

from privacyportal.home import Panel
from privacyportal.roles import Rol, has_role, is_staff_member
from register.models import Verwerkersovereenkomst, Verwerkingsactiviteit


def overeenkomsten_te_doen(today: datetime.date) -> dict[str, int]:
    """The agreements still needing work, in one query: `unsigned`, `expiring` (within 90
    days or ended) and `unchecked` (not checked this year). Each is counted with the rule of
    its QuerySet method, so this home panel and the reports dashboard say the same."""
    alle = Verwerkersovereenkomst.objects

    def aantal(overeenkomsten):
        return Count("pk", filter=Q(pk__in=overeenkomsten.values("pk")))

    return alle.checkable().aggregate(
        unsigned=aantal(alle.not_signed()),
        expiring=aantal(alle.expiring(today)),
        unchecked=aantal(alle.not_checked_in(today.year)),
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
