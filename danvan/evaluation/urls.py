"""URLs of the evaluation app (the pages are in `views`)."""

from danvan.evaluation.views import app_name, urlpatterns

__all__ = ["app_name", "urlpatterns"]
