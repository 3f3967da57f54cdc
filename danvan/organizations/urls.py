from django.urls import path

from danvan.organizations import views

app_name = "organizations"
urlpatterns = [
    path("", views.organization_list, name="list"),
    path("province/", views.switch_province, name="switch-province"),
    path("<int:pk>/", views.organization_detail, name="detail"),
    path("<int:pk>/children/", views.organization_children, name="children"),
    path("<int:pk>/edit/", views.organization_edit, name="edit"),
    path("<int:pk>/history/", views.organization_history, name="history"),
    path("<int:pk>/units/new/", views.organization_add_child, name="add-child"),
    path("<int:pk>/close/", views.organization_close, name="close"),
    path("<int:pk>/members/new/", views.member_add, name="member-add"),
    path("<int:pk>/members/<int:membership_pk>/revoke/", views.member_revoke, name="member-revoke"),
]
