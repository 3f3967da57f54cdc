"""gunicorn settings of a danvan app server (`gunicorn danvan.wsgi -c deploy/gunicorn.conf.py`).

Processes come from WEB_CONCURRENCY (the variable the system check danvan.E003 also reads); the address from
GUNICORN_BIND. The access log goes to standard error with the request id the application sends back in
X-Request-ID, so an access line and the application's lines of one request share it.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# A request may parse an upload (PARSE_REQUEST_SECONDS, 20 s) or build an export; longer work is a background job.
timeout = 60
graceful_timeout = 30
# Restart each process now and then: a slow leak in a library cannot grow forever.
max_requests = 2000
max_requests_jitter = 200
# Only nginx on this machine may set X-Forwarded-For / X-Forwarded-Proto.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms request_id=%({x-request-id}o)s'
