from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationConfig(AppConfig):
    name = "danvan.evaluation"
    label = "evaluation"
    verbose_name = _("Evaluation")

    def ready(self) -> None:
        from danvan.evaluation import reminders

        reminders.register()  # the self-scoring deadline of each open round, with the deadline engine
