"""URLs of the reporting app; each area's views module contributes its own list."""

from django.urls import URLPattern

app_name = "reporting"
urlpatterns: list[URLPattern] = []
