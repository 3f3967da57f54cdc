"""The provinces side by side (national observer). Figures from `danvan.reporting.queries.provinces`."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path
from django.views.decorators.http import require_GET

from danvan.plans.models import Plan
from danvan.reporting.queries.provinces import province_comparison


@require_GET
def provinces(request: HttpRequest) -> HttpResponse:
    columns = province_comparison(request.user)
    statuses = [(value, label) for value, label in Plan.Status.choices]
    rows = [
        {"label": label, "values": [column.plans.get(value, 0) for column in columns]}
        for value, label in statuses
    ]
    return render(request, "reporting/province_comparison.html", {"columns": columns, "plan_rows": rows})


urlpatterns = [path("provinces/", provinces, name="province-comparison")]
