from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "danvan.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from danvan.core import checks, logs, signals  # noqa: F401  (registers checks and signal receivers)
        from danvan.core.collation import register_sqlite_collation

        connection_created.connect(register_sqlite_collation, dispatch_uid="danvan-vietnamese-collation")
