from typing import Any

from django.apps import AppConfig
from django.db.backends.signals import connection_created


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "danvan.search"
    verbose_name = "Search"

    def ready(self) -> None:
        from danvan.search.matching import register_sqlite_functions

        def on_connect(sender: Any, connection: Any, **kwargs: Any) -> None:
            register_sqlite_functions(connection)

        connection_created.connect(on_connect, weak=False, dispatch_uid="danvan-search-sqlite")
