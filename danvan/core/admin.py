from typing import Any

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from danvan.core import actions, workdays
from danvan.core.models import AuditEvent, CalendarDay, TimeLimit


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin[AuditEvent]):
    list_display = ["created_at", "actor_label", "action", "target_label", "ip_address"]
    list_filter = ["action"]
    search_fields = ["actor_label", "target_label"]
    readonly_fields = [f.name for f in AuditEvent._meta.fields]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False


class YearFilter(admin.SimpleListFilter):
    """The table is edited a year at a time (one announcement per holiday, each year)."""

    title = _("year")
    parameter_name = "year"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        years = CalendarDay.objects.dates("date", "year", order="DESC")
        return [(str(d.year), str(d.year)) for d in years]

    def queryset(self, request: HttpRequest, queryset: Any) -> Any:
        return queryset.filter(date__year=self.value()) if self.value() else queryset


@admin.register(CalendarDay)
class CalendarDayAdmin(SimpleHistoryAdmin):  # type: ignore[misc]
    """The Government's swapped and compensating days; saving goes through the core actions (audited)."""

    list_display = ["date", "kind", "name", "source"]
    list_filter = [YearFilter, "kind"]
    search_fields = ["name", "source"]
    date_hierarchy = "date"

    def get_urls(self) -> list[URLPattern]:
        year = path(
            "year/<int:year>/", self.admin_site.admin_view(self.year_view), name="core_calendarday_year"
        )
        return [year, *super().get_urls()]

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        return super().changelist_view(  # type: ignore[no-any-return]
            request, {**(extra_context or {}), "current_year": timezone.localdate().year}
        )

    def year_view(self, request: HttpRequest, year: int) -> HttpResponse:
        """The whole year as state bodies live it: the package's holidays and the table's moved days."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        if not 1995 <= year <= 2100:  # the Labour Code's calendar; beyond it the lunar tables end
            raise Http404
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Working-day calendar %(year)s") % {"year": year},
            "year": year,
            "previous": year - 1,
            "next": year + 1,
            "days": workdays.year_overview(year),
        }
        return TemplateResponse(request, "admin/core/calendarday/year.html", context)

    def save_model(self, request: HttpRequest, obj: CalendarDay, form: Any, change: bool) -> None:
        if change and "date" in form.changed_data:
            old = CalendarDay.objects.get(pk=obj.pk)
            actions.delete_calendar_day(actor=request.user, day=old, request=request)  # type: ignore[arg-type]
        saved = actions.save_calendar_day(
            actor=request.user,  # type: ignore[arg-type]
            date=obj.date,
            kind=obj.kind,
            name=obj.name,
            source=obj.source,
            request=request,
        )
        obj.pk = saved.pk

    def delete_model(self, request: HttpRequest, obj: CalendarDay) -> None:
        actions.delete_calendar_day(actor=request.user, day=obj, request=request)  # type: ignore[arg-type]


@admin.register(TimeLimit)
class TimeLimitAdmin(SimpleHistoryAdmin):  # type: ignore[misc]
    """Versions of legal time limits. A version in force is never edited: a law that changes a limit adds a
    version with its effective date (so the fields are read-only once saved)."""

    list_display = ["code", "amount", "unit", "effective_from", "legal_basis"]
    list_filter = ["unit", "effective_from"]
    search_fields = ["code", "name", "legal_basis"]

    def get_readonly_fields(self, request: HttpRequest, obj: TimeLimit | None = None) -> list[str]:
        if obj is None:
            return []
        return ["code", "name", "amount", "unit", "effective_from", "legal_basis"]

    def save_model(self, request: HttpRequest, obj: TimeLimit, form: Any, change: bool) -> None:
        if change:  # only the note can change on an existing version
            TimeLimit.objects.filter(pk=obj.pk).update(note=obj.note)
            return
        saved = actions.add_time_limit(
            actor=request.user,  # type: ignore[arg-type]
            code=obj.code,
            name=obj.name,
            amount=obj.amount,
            unit=obj.unit,
            effective_from=obj.effective_from,
            legal_basis=obj.legal_basis,
            note=obj.note,
            request=request,
        )
        obj.pk = saved.pk

    def has_delete_permission(self, request: HttpRequest, obj: TimeLimit | None = None) -> bool:
        return False
