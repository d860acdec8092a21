"""Home-page panels of the handbook.

- Every staff member: an urgent reminder while they have not confirmed the published version,
  otherwise a quiet panel with the search box.
- Redacteur: the state of the concept (open placeholders).
- Redacteur and management: how many staff confirmed the published version.
"""

from privacyportal.home import Panel
from privacyportal.roles import Rol, has_role, is_staff_member
from protocol.models import Leesbevestiging, ProtocolVersie
from protocol.plekken import open_placeholders
from protocol.services import active_staff


def panels(request) -> list[Panel]:
    user = request.user
    if not is_staff_member(user):
        return []
    found = []
    huidige = ProtocolVersie.objects.huidige()
    if huidige is not None:
        bevestiging = Leesbevestiging.objects.filter(gebruiker=user, versie=huidige).first()
        found.append(
            Panel(
                "protocol/panels/protocol.html",
                {"versie": huidige, "bevestiging": bevestiging},
                urgent=bevestiging is None,
            )
        )
    if has_role(user, Rol.REDACTEUR):
        concept = ProtocolVersie.objects.concept().first()
        found.append(
            Panel(
                "protocol/panels/redactie.html",
                {
                    "concept": concept,
                    "open_plekken": len(open_placeholders(concept)) if concept else 0,
                },
            )
        )
    if huidige is not None and has_role(user, Rol.REDACTEUR, Rol.MANAGEMENT):
        totaal = active_staff().count()
        bevestigd = active_staff().filter(leesbevestigingen__versie=huidige).count()
        found.append(
            Panel(
                "protocol/panels/leesbevestigingen.html",
                {
                    "versie": huidige,
                    "totaal": totaal,
                    "bevestigd": bevestigd,
                    "percentage": round(100 * bevestigd / totaal) if totaal else 0,
                },
            )
        )
    return found
