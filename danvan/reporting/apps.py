from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportingConfig(AppConfig):
    name = "danvan.reporting"
    label = "reporting"
    verbose_name = _("Reporting")

    def ready(self) -> None:
        from danvan.reporting import measures, reminders

        reminders.register()  # task deadlines and report due dates, with the deadline engine
        measures.register()  # tasks done on time and reports submitted on time, for core.measures
