from django.urls import path

from danvan.organizations import views

app_name = "organizations"
urlpatterns = [
    path("", views.organization_list, name="list"),
    path("<int:pk>/", views.organization_detail, name="detail"),
    path("<int:pk>/children/", views.organization_children, name="children"),
    path("<int:pk>/edit/", views.organization_edit, name="edit"),
    path("<int:pk>/history/", views.organization_history, name="history"),
]
