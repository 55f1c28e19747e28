"""Every default of the SDK, in one place so a reader sees them at a glance."""

from __future__ import annotations

DEFAULT_BASE_URL = "https://api.cloudcockpit.com"

# Timeouts in seconds. `timeout` bounds the whole call (all attempts and backoff sleeps);
# connecting gets a shorter budget because a slow connect is almost always a dead host.
DEFAULT_TIMEOUT = 30.0
DEFAULT_CONNECT_TIMEOUT = 5.0

# Retries (see retries.RetryPolicy): attempts after the first one, and full-jitter backoff.
DEFAULT_MAX_RETRIES = 2
DEFAULT_BACKOFF_BASE = 0.5
DEFAULT_BACKOFF_CAP = 8.0
# A Retry-After longer than this is not waited for: the error is raised instead.
DEFAULT_MAX_RETRY_AFTER = 60.0

# Connection pool (httpx.Limits): httpx's own defaults. Sizing for bulk jobs: README "Performance".
DEFAULT_MAX_CONNECTIONS = 100
DEFAULT_MAX_KEEPALIVE_CONNECTIONS = 20
DEFAULT_KEEPALIVE_EXPIRY = 5.0

# OAuth2 client credentials against the Microsoft identity platform (documented by CloudCockpit).
DEFAULT_TOKEN_URL = "https://login.microsoftonline.com/4e806121-ff28-4286-ab4e-3be0a08f9ce0/oauth2/v2.0/token"  # noqa: S105
DEFAULT_SCOPE = "api://b92a36a4-feb8-4f47-a69c-29a180aa6d0a/.default"
# A cached token is refreshed this many seconds before it expires.
TOKEN_REFRESH_MARGIN = 300.0
# Used when the token endpoint does not say how long its token lives.
DEFAULT_TOKEN_LIFETIME = 3600.0

LOGGER_NAME = "cloudcockpit_client"

# wait_for_provider_customer: how long to wait in total, the first pause between two reads of the
# customer, how much each pause grows, and the longest pause. A Retry-After on a read is honoured.
DEFAULT_WAIT_TIMEOUT = 300.0
DEFAULT_WAIT_INTERVAL = 2.0
WAIT_INTERVAL_GROWTH = 1.5
MAX_WAIT_INTERVAL = 30.0
