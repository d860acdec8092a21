from tests.matrix import ALL_ROLES, ANONIEM, Row, allow

SIGNED_IN = allow(*(role for role in ALL_ROLES if role != ANONIEM))

ROWS = [
    Row("home", SIGNED_IN),
    Row("password_change", SIGNED_IN),
    Row("password_change_done", SIGNED_IN),
]
