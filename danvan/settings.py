"""The one settings module of danvan.

Every variable read here is listed, with its default, in docs/configuration.md. Defaults are for a
developer's machine (SQLite under var/, console e-mail); production sets DEBUG=false and the rest.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import django_stubs_ext
import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

# Lets forms.ModelForm[Model] and QuerySet[Model] be written at run time as in the type stubs.
django_stubs_ext.monkeypatch()


def env_str(name: str, default: str) -> str:
    """A string variable, `default` when unset."""
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    """A boolean variable: 1/true/yes/on or 0/false/no/off (any case)."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ValueError(f"{name} must be a boolean (true/false), got {raw!r}")


def env_int(name: str, default: int) -> int:
    """An integer variable, `default` when unset."""
    raw = os.environ.get(name)
    return default if raw is None or raw.strip() == "" else int(raw)


def env_list(name: str, default: list[str]) -> list[str]:
    """A comma-separated list variable."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


# The development key; system check danvan.E001 refuses it when DEBUG is off.
INSECURE_SECRET_KEY = "django-insecure-danvan-development-key-do-not-use-in-production"

# Core
DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY", INSECURE_SECRET_KEY)
# Former keys, still accepted for existing sessions and reset links while a new SECRET_KEY is rolled out.
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS", [])
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_NAME = env_str("SITE_NAME", "danvan")
# Number of worker processes the deployment runs; SQLite with more than one is refused (danvan.E003).
WEB_CONCURRENCY = env_int("WEB_CONCURRENCY", 1)
# Number of machines that run app servers or background workers against the one database. Above 1, files must
# be in shared object storage (danvan.E008 refuses local FileSystemStorage) and the database PostgreSQL
# (danvan.E003).
APP_SERVERS = env_int("APP_SERVERS", 1)
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "ninja",  # serves the Swagger UI assets locally (without it the docs page loads them from a CDN)
    "simple_history",
    "axes",
    # danvan.core before django_tasks_db: its `db_worker` command (the worker plus the stale-job sweep) wins.
    "danvan.core",
    "django_tasks",
    "django_tasks_db",
    "danvan.accounts",
    "danvan.organizations",
    "danvan.plans",
    "danvan.documents",
    "danvan.reporting",
    "danvan.search",
    "danvan.initiatives",
    "danvan.evaluation",
    "captcha",  # django-simple-captcha: the public feedback form's offline image captcha
    "danvan.feedback",
]

MIDDLEWARE = [
    # First: the request id (X-Request-ID) every log line of the request and its response carry.
    "danvan.core.logs.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Query and form values with a NUL byte read as U+FFFD, as the API reads them (PostgreSQL stores no NUL).
    "danvan.core.middleware.ReadableInputMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # A person with roles in several provinces works in one at a time (the province switcher).
    "danvan.organizations.middleware.ActiveProvinceMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Content-Security-Policy on every response (CONTENT_SECURITY_POLICY below).
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Every page needs a login unless its view is marked @login_not_required (the public allow-list).
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    # Nothing shown to a signed-in person is kept by the browser or a proxy (Cache-Control: no-store).
    "danvan.core.middleware.NoStoreWhenSignedInMiddleware",
    # AxesMiddleware must be last: it turns a lock-out into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "danvan.urls"
WSGI_APPLICATION = "danvan.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "danvan" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "danvan.core.context_processors.navigation",
                "danvan.core.context_processors.unread_notifications",
                "danvan.core.context_processors.province_switcher",
            ],
        },
    },
]

# Database: SQLite under var/ by default, PostgreSQL with DB=postgres.
DB = env_str("DB", "sqlite")
DATABASES: dict[str, dict[str, Any]]
if DB == "postgres":
    _pg = environ.Env.db_url_config(
        env_str("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/danvan"),
    )
    _pg["CONN_MAX_AGE"] = env_int("DB_CONN_MAX_AGE", 60)
    _pg["CONN_HEALTH_CHECKS"] = True
    DATABASES = {"default": _pg}
elif DB == "sqlite":
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env_str("SQLITE_PATH", str(VAR_DIR / "danvan.sqlite3")),
            "OPTIONS": {
                # Writers take the lock at BEGIN, so two writers queue instead of failing mid-transaction.
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }
else:
    raise ValueError(f"DB must be 'sqlite' or 'postgres', got {DB!r}")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "accounts:login"
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_TIMEOUT", 3 * 3600)

# Login throttling (django-axes): lock a username+IP pair after AXES_FAILURE_LIMIT failures.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_ENABLED = env_bool("AXES_ENABLED", True)
# Behind a proxy the client address is in X-Forwarded-For; only trust it when told so.
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if env_bool("BEHIND_PROXY", False) else ["REMOTE_ADDR"]
)

# Sessions and cookies
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SECURE_COOKIES = env_bool("SECURE_COOKIES", not DEBUG)
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
# The monitoring may probe an app server directly over plain HTTP (127.0.0.1:8001/healthz).
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# HSTS: one year by default in production (DEBUG=false); danvan.W006 warns when it is off there.
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = False
# The browsers' HSTS preload list takes registrable domains (haiphong.gov.vn): whoever runs that domain decides it
# for all its sites, not this application, so Django's reminder about it (security.W021) is silenced.
SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp): scripts, styles, fonts and images from this site only (all vendored),
# no inline script or style attribute, no eval, no framing, forms post back to this site. `data:` images are
# for the icons of the Swagger UI's stylesheet. danvan.W007 warns when the policy is missing or weakened.
CONTENT_SECURITY_POLICY: dict[str, Any] = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
if env_bool("BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Language and time. The interface is Vietnamese whatever the browser asks for (no LocaleMiddleware);
# English msgids are the source strings of the catalogue.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "danvan" / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

# Static and uploaded files
STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "danvan" / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
# Where `manage.py backup` writes a backup when no --output is given (docs/operations.md §Back up and restore).
BACKUP_DIR = Path(env_str("BACKUP_DIR", str(VAR_DIR / "backups")))
# Uploaded and generated files: a local folder (MEDIA_ROOT) by default, for the demo, the tests and one server;
# STORAGE=s3 keeps them in an S3-compatible bucket (MinIO, Ceph, a cloud bucket) that every app server and
# worker shares (django-storages; docs/configuration.md §Files). The code reads and writes files only through
# the storage API (open, save, delete, listdir), never through a local path.
STORAGE = env_str("STORAGE", "local")
DEFAULT_STORAGE: dict[str, Any]
if STORAGE == "local":
    DEFAULT_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
elif STORAGE == "s3":
    if not os.environ.get("S3_BUCKET"):
        raise ValueError("STORAGE=s3 needs S3_BUCKET (and usually S3_ENDPOINT_URL and the access keys)")
    S3_ADDRESSING_STYLE = env_str("S3_ADDRESSING_STYLE", "path")
    if S3_ADDRESSING_STYLE not in ("path", "virtual", "auto"):
        raise ValueError(f"S3_ADDRESSING_STYLE must be path, virtual or auto, got {S3_ADDRESSING_STYLE!r}")
    DEFAULT_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["S3_BUCKET"],
            # Empty: the provider's AWS endpoint; MinIO or Ceph need theirs (https://s3.example.gov.vn).
            "endpoint_url": env_str("S3_ENDPOINT_URL", "") or None,
            "region_name": env_str("S3_REGION", "") or None,
            # Empty keys: boto3's own chain (AWS_* variables, ~/.aws, an instance role).
            "access_key": env_str("S3_ACCESS_KEY_ID", "") or None,
            "secret_key": env_str("S3_SECRET_ACCESS_KEY", "") or None,
            "addressing_style": S3_ADDRESSING_STYLE,
            "signature_version": "s3v4",
            # A folder inside the bucket, when the bucket is shared with other applications.
            "location": env_str("S3_PREFIX", ""),
            # Two uploads with the same name never overwrite each other (as on the local disk).
            "file_overwrite": False,
            # Objects stay private: the bucket policy decides; files are served only through scoped views.
            "default_acl": None,
            "querystring_auth": True,
            # A file read from the bucket is held in memory up to this size, then in a temporary file.
            "max_memory_size": env_int("S3_MAX_MEMORY_MB", 10) * 1024 * 1024,
            # A CA bundle for a bucket behind a private certificate authority; "false" turns checking off.
            "verify": {"": None, "false": False}.get(env_str("S3_VERIFY", ""), env_str("S3_VERIFY", "")),
        },
    }
else:
    raise ValueError(f"STORAGE must be 'local' or 's3', got {STORAGE!r}")
STORAGES = {
    "default": DEFAULT_STORAGE,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# E-mail: console by default; SMTP in production (EMAIL_URL=smtp://user:pass@host:587/?tls=True).
_email = environ.Env.email_url_config(env_str("EMAIL_URL", "consolemail://"))
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email.get("EMAIL_HOST") or "localhost"
EMAIL_PORT = int(_email.get("EMAIL_PORT") or 25)
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER") or ""
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD") or ""
EMAIL_USE_TLS = bool(_email.get("EMAIL_USE_TLS", False))
EMAIL_USE_SSL = bool(_email.get("EMAIL_USE_SSL", False))
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "danvan <noreply@danvan.local>")

# Logs go to standard error (journald, docker): text by default, one JSON object per line with LOG_FORMAT=json.
# Every line carries the request id (danvan.core.logs); queries slower than SLOW_QUERY_MS (0: off) are logged
# on `danvan.slow_query`; Django logs every 5xx on `django.request`.
LOG_FORMAT = env_str("LOG_FORMAT", "text")
if LOG_FORMAT not in {"text", "json"}:
    raise ValueError(f"LOG_FORMAT must be 'text' or 'json', got {LOG_FORMAT!r}")
SLOW_QUERY_MS = env_int("SLOW_QUERY_MS", 500)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "danvan.core.logs.RequestIdFilter"}},
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT, "filters": ["request_id"]},
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}

# Optional error reporting to Sentry (or a Sentry-compatible server such as GlitchTip) when SENTRY_DSN is set.
SENTRY_DSN = env_str("SENTRY_DSN", "")
if SENTRY_DSN:
    import sentry_sdk

    # The official SDK; its Django integration turns on by itself. No personal data is sent: no user, no request
    # bodies (citizens' letters), no query parameters' data, no local variables of the frames.
    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=env_str("SENTRY_ENVIRONMENT", "") or None,
        release=env_str("SENTRY_RELEASE", "") or None,
        traces_sample_rate=float(env_str("SENTRY_TRACES_SAMPLE_RATE", "0")),
        data_collection={
            "user_info": False,
            "http_bodies": [],
            "database_query_data": False,
            "stack_frame_variables": False,
        },
    )

# /healthz (danvan.core.health): fails when no db_worker beat within HEALTH_WORKER_SECONDS, or when a task has
# waited longer than HEALTH_QUEUE_SECONDS for a worker.
HEALTH_WORKER_SECONDS = env_int("HEALTH_WORKER_SECONDS", 120)
HEALTH_QUEUE_SECONDS = env_int("HEALTH_QUEUE_SECONDS", 600)

# Background work (django-tasks): jobs are rows claimed by `manage.py db_worker`; "immediate" runs them
# inside the request (tests, or a single-process demo without a worker).
TASKS_BACKEND = env_str("TASKS_BACKEND", "database")
TASKS = {
    "default": {
        "BACKEND": {
            "database": "django_tasks_db.DatabaseBackend",
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
        }[TASKS_BACKEND],
    }
}
# Working days before a deadline (any kind registered with the deadline engine) when the people responsible
# get a reminder, e.g. "7,3". They are also reminded on the day; escalation follows the first working day after.
REMINDER_DAYS_BEFORE = [int(day) for day in env_list("REMINDER_DAYS_BEFORE", ["7", "3"])]
# How many working days back a missed escalation is still sent (a pass that did not run over a holiday).
REMINDER_ESCALATION_WINDOW = env_int("REMINDER_ESCALATION_WINDOW", 7)
# Address of the site as people reach it, for links in e-mails sent without a request (reminders).
SITE_URL = env_str("SITE_URL", "")
MAX_UPLOAD_BYTES = env_int("MAX_UPLOAD_MB", 20) * 1024 * 1024
# Largest evidence file (progress, models, feedback attachments), in MB.
MAX_EVIDENCE_MB = env_int("MAX_EVIDENCE_MB", 10)

# The public feedback form's captcha (django-simple-captcha, drawn offline with Pillow and its bundled font): a
# citizen writing a long letter has half an hour; only the plain image is served (danvan/feedback/captcha_urls.py).
CAPTCHA_TIMEOUT = 30  # minutes
CAPTCHA_2X_IMAGE = False
CAPTCHA_LENGTH = 5
# Parsing an upload runs in a child process (danvan.documents.parsing) with these limits; docs/operations.md.
# Wall seconds of one parse without OCR in the background job, and inside a web request (POST /api/v1/parse).
PARSE_TIMEOUT_SECONDS = env_int("PARSE_TIMEOUT_SECONDS", 120)
PARSE_REQUEST_SECONDS = env_int("PARSE_REQUEST_SECONDS", 20)
# Address space of the parsing process (and of the OCR processes it starts), in MB.
PARSE_MEMORY_MB = env_int("PARSE_MEMORY_MB", 1536)
# OCR of scanned PDFs (background job only): pages and seconds of one document, and of one person per 24 hours.
OCR_MAX_PAGES = env_int("OCR_MAX_PAGES", 60)
OCR_MAX_SECONDS = env_int("OCR_MAX_SECONDS", 900)
OCR_USER_PAGES_PER_DAY = env_int("OCR_USER_PAGES_PER_DAY", 300)
OCR_USER_SECONDS_PER_DAY = env_int("OCR_USER_SECONDS_PER_DAY", 3600)
# Background jobs: a running import whose heartbeat is older than this is stale (its worker died); it is run
# again up to JOB_MAX_ATTEMPTS times in all, then failed with a message.
JOB_STALE_SECONDS = env_int("JOB_STALE_SECONDS", 120)
JOB_MAX_ATTEMPTS = env_int("JOB_MAX_ATTEMPTS", 2)
# How often each worker sweeps for stale jobs (seconds).
JOB_SWEEP_SECONDS = env_int("JOB_SWEEP_SECONDS", 30)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# simple-history records who made a change from the request; history rows never store passwords.
SIMPLE_HISTORY_HISTORY_ID_USE_UUID = False
SIMPLE_HISTORY_REVERT_DISABLED = True
AXES_VERBOSE = False
