from django.urls import reverse

from privacyportal.navigation import NavItem
from privacyportal.roles import Rol, has_role, is_staff_member


def items(request) -> list[NavItem]:
    user = request.user
    found = []
    if is_staff_member(user):
        found.append(NavItem("Protocol", reverse("protocol:index"), prefix="/protocol/"))
    if has_role(user, Rol.REDACTEUR):
        found.append(
            NavItem("Redactie protocol", reverse("protocol:redactie"), prefix="/protocol/redactie/")
        )
    if has_role(user, Rol.REDACTEUR, Rol.MANAGEMENT):
        found.append(NavItem("Leesbevestigingen", reverse("protocol:leesbevestigingen")))
    return found
