"""URLs of the feedback app: staff pages under /feedback/, public pages under /feedback/public/."""

from django.urls import path

from danvan.feedback import public_views, views

app_name = "feedback"

urlpatterns = [
    path("", views.item_list, name="list"),
    path("new/", views.item_create, name="create"),
    path("<int:pk>/", views.item_detail, name="detail"),
    path("<int:pk>/accept/", views.item_accept, name="accept"),
    path("<int:pk>/start/", views.item_start, name="start"),
    path("<int:pk>/transfer/", views.item_transfer, name="transfer"),
    path("<int:pk>/extend/", views.item_extend, name="extend"),
    path("<int:pk>/merge/", views.item_merge, name="merge"),
    path("<int:pk>/answer/", views.item_answer, name="answer"),
    path("<int:pk>/close/", views.item_close, name="close"),
    path("<int:pk>/publish/", views.item_publish, name="publish"),
    path("<int:pk>/letter.docx", views.item_letter, name="letter"),
    path("<int:pk>/answer-file/", views.answer_file_download, name="answer-file"),
    path("attachments/<int:pk>/", views.attachment_download, name="attachment"),
    path("reception/", views.reception, name="reception"),
    path("reception/<int:pk>/sessions/", views.session_add, name="session-add"),
    path("dialogues/", views.dialogue_list, name="dialogue-list"),
    path("dialogues/<int:pk>/", views.dialogue_detail, name="dialogue-detail"),
    path("dialogues/<int:pk>/commitments/", views.commitment_add, name="commitment-add"),
    path("dialogues/<int:pk>/minutes/", views.dialogue_minutes, name="dialogue-minutes"),
    # Public (no login)
    path("public/", public_views.public_form, name="public-form"),
    path("public/sent/<str:code>/", public_views.public_sent, name="public-sent"),
    path("public/track/", public_views.public_lookup, name="public-lookup"),
    path("public/track/<str:code>/", public_views.public_status, name="public-status"),
    path("public/statistics/", public_views.public_statistics, name="public-statistics"),
    path("public/answers/", public_views.public_published, name="public-published"),
    path("public/dialogues/", public_views.public_dialogues, name="public-dialogues"),
]
