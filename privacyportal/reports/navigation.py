from django.urls import reverse

from privacyportal.navigation import NavItem
from privacyportal.roles import Rol, has_role


def items(request) -> list[NavItem]:
    if not has_role(request.user, Rol.MANAGEMENT, Rol.FG):
        return []
    return [NavItem("Rapportage", reverse("reports:dashboard"), prefix="/rapportage/")]
