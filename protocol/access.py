"""Who may see and change which part of the handbook.

Every staff member reads the published and retired versions; only a redacteur also sees the
concept. A version the user may not see is a 404. Content of a published version can be seen
but never changed: trying to edit it is a 403 (and the model layer refuses it anyway).
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from privacyportal.roles import STAFF_ROLES, Rol, has_role, role_required
from protocol.models import ProtocolVersie

staff_required = role_required(*STAFF_ROLES)
redacteur_required = role_required(Rol.REDACTEUR)
overzicht_required = role_required(Rol.REDACTEUR, Rol.MANAGEMENT)


def is_redacteur(user) -> bool:
    return has_role(user, Rol.REDACTEUR)


def versions_for_user(user):
    versies = ProtocolVersie.objects.all()
    return versies if is_redacteur(user) else versies.leesbaar()


def get_versie_for_user(user, nummer: int) -> ProtocolVersie:
    return get_object_or_404(versions_for_user(user), versienummer=nummer)


def get_concept_or_404() -> ProtocolVersie:
    concept = ProtocolVersie.objects.concept().first()
    if concept is None:
        raise Http404("Er is geen conceptversie.")
    return concept


def get_editable(model, pk: int):
    """An item of the concept; an item of a published or retired version is a 403."""
    item = get_object_or_404(model.objects.select_related("versie"), pk=pk)
    if not item.versie.is_concept:
        raise PermissionDenied("Een gepubliceerde versie kan niet worden gewijzigd.")
    return item
