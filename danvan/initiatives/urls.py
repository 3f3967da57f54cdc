from django.urls import path

from danvan.initiatives import views

app_name = "initiatives"
urlpatterns = [
    path("", views.initiative_list, name="list"),
    path("register/", views.initiative_register, name="register"),
    path("import/", views.import_registrations, name="import"),
    path("<int:pk>/", views.initiative_detail, name="detail"),
    path("<int:pk>/edit/", views.initiative_edit, name="edit"),
    path("<int:pk>/advance/", views.initiative_advance, name="advance"),
    path("<int:pk>/recognise/", views.initiative_recognise, name="recognise"),
    path("<int:pk>/updates/new/", views.initiative_update_add, name="update-add"),
    path("<int:pk>/history/", views.initiative_history, name="history"),
    path("files/<int:pk>/", views.initiative_file_download, name="file-download"),
    path("files/<int:pk>/remove/", views.initiative_file_remove, name="file-remove"),
    path("calls/", views.campaign_list, name="campaign-list"),
    path("calls/new/", views.campaign_create, name="campaign-create"),
    path("calls/<int:pk>/", views.campaign_detail, name="campaign-detail"),
    path("calls/<int:pk>/close/", views.campaign_close, name="campaign-close"),
    path("commitments/", views.commitment_list, name="commitment-list"),
    path("commitments/<int:pk>/<int:year>/", views.commitment_edit, name="commitment-edit"),
    path("commitments/files/<int:pk>/", views.commitment_file_download, name="commitment-file-download"),
    path("proposal/", views.proposal, name="proposal"),
    path("proposal/<str:fmt>/", views.proposal_export, name="proposal-export"),
    path("public/", views.public_models, name="public"),
]
