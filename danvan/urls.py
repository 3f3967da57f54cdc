"""Top-level URL configuration."""

from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "danvan"
admin.site.site_title = "danvan"

urlpatterns = [
    path("", include("danvan.core.urls")),
    path("accounts/", include("danvan.accounts.urls")),
    path("organizations/", include("danvan.organizations.urls")),
    path("plans/", include("danvan.plans.urls")),
    path("reporting/", include("danvan.reporting.urls")),
    path("search/", include("danvan.search.urls")),
    path("initiatives/", include("danvan.initiatives.urls")),
    path("evaluation/", include("danvan.evaluation.urls")),
    path("feedback/", include("danvan.feedback.urls")),
    path("captcha/", include("danvan.feedback.captcha_urls")),
    path("api/v1/", include("danvan.api")),
    path("admin/", admin.site.urls),
]
