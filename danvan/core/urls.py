from django.urls import path

from danvan.core import health, notifications, views

app_name = "core"
urlpatterns = [
    path("", views.home, name="home"),
    *notifications.urlpatterns,
    *health.urlpatterns,
]
