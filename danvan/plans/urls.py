from django.urls import path

from danvan.plans import export_views, views

app_name = "plans"
urlpatterns = [
    path("", views.plan_list, name="list"),
    path("inbox/", views.inbox, name="inbox"),
    path("import/", views.import_upload, name="import"),
    path("import/<int:pk>/", views.import_job, name="import-job"),
    path("<int:pk>/", views.plan_detail, name="plan-detail"),
    path("<int:pk>/review/", views.plan_review, name="plan-review"),
    path("<int:pk>/reimport/", views.plan_reimport, name="plan-reimport"),
    path("<int:pk>/document/", views.document_update, name="document-update"),
    path("<int:pk>/history/", views.plan_history, name="plan-history"),
    path("<int:pk>/tasks/new/", views.task_add, name="task-add"),
    path("<int:pk>/rollup/", views.plan_rollup, name="plan-rollup"),
    path("<int:pk>/targets/new/", views.target_add, name="target-add"),
    path("<int:pk>/targets/<int:target_pk>/remove/", views.target_remove, name="target-remove"),
    path("<int:pk>/targets/<int:target_pk>/measure/", views.target_measure, name="target-measure"),
    path("<int:pk>/reports/new/", views.obligation_add, name="obligation-add"),
    path("<int:pk>/reports/<int:obligation_pk>/remove/", views.obligation_remove, name="obligation-remove"),
    path("<int:pk>/start/", views.start_from_catalog, name="start-from-catalog"),
    path("<int:pk>/submit/", views.plan_submit, name="plan-submit"),
    path("<int:pk>/approve/", views.plan_approve, name="plan-approve"),
    path("<int:pk>/return/", views.plan_return, name="plan-return"),
    path("<int:pk>/issue/", views.plan_issue, name="plan-issue"),
    path("<int:pk>/publish/", views.plan_publish, name="plan-publish"),
    path("tasks/<int:pk>/", views.task_detail, name="task-detail"),
    path("tasks/<int:pk>/edit/", views.task_update, name="task-update"),
    path("tasks/<int:pk>/inline/", views.task_inline, name="task-inline"),
    path("tasks/<int:pk>/delete/", views.task_delete, name="task-delete"),
    path("tasks/<int:pk>/assign/", views.task_assign, name="task-assign"),
    path("tasks/<int:pk>/link/", views.task_link, name="task-link"),
    path("assignments/<int:pk>/resolve/", views.assignment_resolve, name="assignment-resolve"),
    path("assignments/<int:pk>/external/", views.assignment_external, name="assignment-external"),
    path("assignments/<int:pk>/select/", views.assignment_select, name="assignment-select"),
    path("assignments/<int:pk>/remove/", views.assignment_remove, name="assignment-remove"),
    path("assignments/<int:pk>/members/", views.assignment_members, name="assignment-members"),
]
urlpatterns += [
    path("<int:pk>/export/<str:fmt>/", export_views.plan_export, name="plan-export"),
    path("exports/<int:pk>/", export_views.export_job, name="export-job"),
    path("exports/<int:pk>/download/", export_views.export_download, name="export-download"),
]
