from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from danvan.organizations.models import Membership, Organization


@admin.register(Organization)
class OrganizationAdmin(SimpleHistoryAdmin):  # type: ignore[misc]
    list_display = ["name", "kind", "code", "parent", "valid_from", "valid_until"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name", "abbreviation", "code", "search_key"]
    raw_id_fields = ["parent", "successor"]
    readonly_fields = ["path", "depth"]


@admin.register(Membership)
class MembershipAdmin(SimpleHistoryAdmin):  # type: ignore[misc]
    list_display = ["user", "organization", "role", "is_active"]
    list_filter = ["role", "is_active"]
    search_fields = ["user__username", "user__full_name", "organization__name"]
    raw_id_fields = ["user", "organization"]
