from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "danvan.feedback"
    label = "feedback"
    verbose_name = _("Citizen feedback")

    def ready(self) -> None:
        from danvan.feedback import measures, reminders

        reminders.register()  # answer deadlines, with the deadline engine
        measures.register()  # feedback_on_time, with core.measures
