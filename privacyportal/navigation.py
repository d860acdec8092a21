"""The main menu, assembled from each app's `navigation.items(request)`.

Each app knows which of its pages a user's roles allow; the menu only shows those. Access
itself is enforced in the views.
"""

from dataclasses import dataclass
from importlib import import_module

PORTAL_APPS = ("protocol", "register", "datalekken", "privacyportal.reports")


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    # The menu item is marked current for every path under this prefix.
    prefix: str = ""


def menu(request) -> list[NavItem]:
    items: list[NavItem] = []
    for app in PORTAL_APPS:
        items.extend(import_module(f"{app}.navigation").items(request))
    return items
