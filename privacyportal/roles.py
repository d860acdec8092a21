"""The portal's roles: one Django group each, created by a data migration.

A person may hold several roles. Access is decided on the server by role, never by what the
navigation happens to show. Technici may work at a supplier, so the technicus role alone
gives no access to the handbook or the register: only to the datalek cases assigned to them.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.db import models


class Rol(models.TextChoices):
    MEDEWERKER = "medewerker", "Medewerker"
    REDACTEUR = "redacteur", "Redacteur"
    FG = "fg", "Functionaris gegevensbescherming"
    MELDER = "melder", "Melder datalekken"
    TECHNICUS = "technicus", "Technicus"
    MANAGEMENT = "management", "Management"


# Everyone who works for the library itself: they read the handbook and the register and may
# report a datalek.
STAFF_ROLES = (Rol.MEDEWERKER, Rol.REDACTEUR, Rol.FG, Rol.MELDER, Rol.MANAGEMENT)


def roles_of(user) -> frozenset[str]:
    """The user's role names, looked up once per request and cached on the user object."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_portal_roles", None)
    if cached is None:
        if user.is_superuser:
            cached = frozenset(Rol.values)
        else:
            cached = frozenset(user.groups.values_list("name", flat=True))
        user._portal_roles = cached
    return cached


def has_role(user, *roles: str) -> bool:
    return not roles_of(user).isdisjoint(roles)


def is_staff_member(user) -> bool:
    return has_role(user, *STAFF_ROLES)


def role_required(*roles: str):
    """Function-view decorator: 403 unless the user holds one of `roles`."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not has_role(request.user, *roles):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


class RoleRequiredMixin:
    """Class-based-view counterpart of `role_required`; set `roles` on the view."""

    roles: tuple[str, ...] = ()

    def dispatch(self, request, *args, **kwargs):
        if not has_role(request.user, *self.roles):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
