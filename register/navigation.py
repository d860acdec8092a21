from django.urls import reverse

from privacyportal.navigation import NavItem
from privacyportal.roles import Rol, has_role, is_staff_member


def items(request):
    if not is_staff_member(request.user):
        return []
    found = [NavItem("Verwerkingsregister", reverse("register:activiteit_list"), "/register/")]
    if has_role(request.user, Rol.FG):
        found.append(NavItem("Te doen register", reverse("register:dashboard")))
    return found
