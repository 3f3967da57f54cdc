"""URLs of the reporting app; each area's views module contributes its own list."""

from django.urls import URLPattern

from danvan.reporting.views import calendar, dashboard, progress, provinces, public, reports

app_name = "reporting"
urlpatterns: list[URLPattern] = []
urlpatterns += calendar.urlpatterns
urlpatterns += dashboard.urlpatterns
urlpatterns += progress.urlpatterns
urlpatterns += reports.urlpatterns
urlpatterns += provinces.urlpatterns
urlpatterns += public.urlpatterns
