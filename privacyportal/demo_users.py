"""The demo cast: one user per role, with fictional names."""

import secrets
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from privacyportal.roles import Rol

DEMO_USERS = [
    # username, first name, last name, role
    ("medewerker", "Sanne", "Verbeek", Rol.MEDEWERKER),
    ("redacteur", "Joost", "Hendriksen", Rol.REDACTEUR),
    ("fg", "Ilse", "Brouwer", Rol.FG),
    ("melder", "Marco", "de Wit", Rol.MELDER),
    ("technicus", "Nadia", "El Amrani", Rol.TECHNICUS),
    ("management", "Petra", "van Dijk", Rol.MANAGEMENT),
]


def _read_logins(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    logins = {}
    for line in path.read_text().splitlines():
        if "\t" in line:
            username, password = line.split("\t", 1)
            logins[username] = password
    return logins


def ensure_demo_users(logins_file: Path) -> tuple[dict, dict[str, str]]:
    """Create the demo users once, with random passwords kept in `logins_file` (outside the
    repository), so every run prints the same logins."""
    User = get_user_model()
    logins = _read_logins(logins_file)
    users = {}
    for username, first, last, rol in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@bibliotheek.example.org",
            },
        )
        if created or username not in logins:
            logins[username] = secrets.token_urlsafe(9)
            user.set_password(logins[username])
            user.save()
        user.groups.add(Group.objects.get(name=rol))
        users[rol.value] = user
    logins_file.parent.mkdir(parents=True, exist_ok=True)
    logins_file.write_text("".join(f"{name}\t{pw}\n" for name, pw in logins.items()))
    logins_file.chmod(0o600)
    return users, logins
