from django.urls import reverse

from privacyportal.navigation import NavItem
from privacyportal.roles import Rol, has_role, is_staff_member


def items(request):
    user = request.user
    result = []
    if has_role(user, Rol.MELDER, Rol.FG, Rol.TECHNICUS):
        result.append(NavItem("Datalekken", reverse("datalekken:lijst")))
    elif has_role(user, Rol.MANAGEMENT):
        result.append(NavItem("Datalekken", reverse("datalekken:overzicht")))
    if is_staff_member(user):
        result.append(NavItem("Datalek melden", reverse("datalekken:melden")))
    return result
