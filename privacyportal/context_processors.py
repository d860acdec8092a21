from privacyportal.navigation import menu
from privacyportal.roles import roles_of


def navigation(request):
    if not request.user.is_authenticated:
        return {}
    items = menu(request)
    current = next(
        (
            item
            for item in sorted(items, key=lambda i: len(i.prefix or i.url), reverse=True)
            if request.path.startswith(item.prefix or item.url)
        ),
        None,
    )
    return {"nav_items": items, "nav_current": current, "user_roles": roles_of(request.user)}
