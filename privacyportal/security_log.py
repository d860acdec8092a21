"""Logins, failed logins and logouts go to the `privacyportal.security` logger, so that an
administrator can see who accessed the portal and spot password guessing."""

import logging

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

logger = logging.getLogger("privacyportal.security")


def client_ip(request) -> str:
    if request is None:
        return "-"
    return request.META.get("REMOTE_ADDR", "-")


@receiver(user_logged_in)
def log_login(sender, request, user, **kwargs):
    logger.info("login user=%s ip=%s", user.get_username(), client_ip(request))


@receiver(user_logged_out)
def log_logout(sender, request, user, **kwargs):
    logger.info("logout user=%s ip=%s", user.get_username() if user else "-", client_ip(request))


@receiver(user_login_failed)
def log_login_failed(sender, credentials, request=None, **kwargs):
    logger.warning(
        "login-failed user=%s ip=%s", credentials.get("username", "-"), client_ip(request)
    )


def log_access_denied(request, reason: str = "") -> None:
    user = request.user.get_username() if request.user.is_authenticated else "anoniem"
    logger.warning(
        "access-denied user=%s path=%s ip=%s %s", user, request.path, client_ip(request), reason
    )


def log_not_found(request) -> None:
    if request.user.is_authenticated:
        logger.info(
            "not-found user=%s path=%s ip=%s",
            request.user.get_username(),
            request.path,
            client_ip(request),
        )
