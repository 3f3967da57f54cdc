"""The captcha image of the public feedback form (django-simple-captcha), public like the form itself.

The widget reverses the un-namespaced name "captcha-image", so this module is included without a namespace;
only the image is served (no audio: it needs flite; no refresh: it needs JavaScript — a new page gives a new
picture).
"""

from captcha.views import captcha_image
from django.contrib.auth.decorators import login_not_required
from django.urls import re_path

urlpatterns = [
    re_path(
        r"image/(?P<key>\w+)/$",
        login_not_required(captcha_image),
        name="captcha-image",
        kwargs={"scale": 1},
    ),
]
