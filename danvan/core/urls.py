from django.urls import path

from danvan.core import notifications, views

app_name = "core"
urlpatterns = [
    path("", views.home, name="home"),
    *notifications.urlpatterns,
]
