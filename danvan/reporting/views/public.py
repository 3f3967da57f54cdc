"""The catalog's public progress, for anyone without login (`queries.public.public_catalog_progress`).

Statuses and percentages only, never a person's name or a result text; cacheable like the feedback app's public
pages."""

from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from danvan.reporting.queries.public import public_catalog_progress, public_provinces

# Fresh enough for citizens, cheap for the server (as the feedback public pages).
PUBLIC_CACHE_SECONDS = 300


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and len(value) < 10 else None


@login_not_required
@require_GET
@cache_control(public=True, max_age=PUBLIC_CACHE_SECONDS)
def public_progress(request: HttpRequest) -> HttpResponse:
    provinces = public_provinces()
    province_id = _int(request.GET.get("province"))
    if province_id not in {pk for pk, _name in provinces}:
        province_id = provinces[0][0] if provinces else None
    progress = (
        public_catalog_progress(
            province_id, catalog_id=_int(request.GET.get("catalog")), on=timezone.localdate()
        )
        if province_id is not None
        else None
    )
    return render(
        request,
        "reporting/public_progress.html",
        {"provinces": provinces, "province_id": province_id, "progress": progress},
    )


urlpatterns = [path("public/progress/", public_progress, name="public-progress")]
