from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InitiativesConfig(AppConfig):
    name = "danvan.initiatives"
    label = "initiatives"
    verbose_name = _("Models and commitments")

    def ready(self) -> None:
        from danvan.initiatives import measures, reminders

        measures.register()  # models_registered and commitments_signed, with core.measures
        reminders.register()  # registration call deadlines, with the deadline engine
