"""The home page gathers one or more panels from each app (`<app>.home.panels(request)`)."""

from dataclasses import dataclass, field
from importlib import import_module

from privacyportal.navigation import PORTAL_APPS


@dataclass
class Panel:
    template: str
    context: dict = field(default_factory=dict)
    # Panels that need attention (a deadline, a confirmation) are shown first.
    urgent: bool = False


def panels(request) -> list[Panel]:
    collected: list[Panel] = []
    for app in PORTAL_APPS:
        collected.extend(import_module(f"{app}.home").panels(request))
    return sorted(collected, key=lambda panel: not panel.urgent)
