from django.apps import AppConfig


class PrivacyportalConfig(AppConfig):
    name = "privacyportal"
    verbose_name = "Privacyportaal"

    def ready(self):
        from privacyportal import security_log  # noqa: F401  (connects the signal receivers)
